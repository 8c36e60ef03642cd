/**
 * Quotes: direct ones (« », “ ”, "…", and a colon after a speech verb) and reported speech
 * (گفت که، قال إن، said that), framings whose clause is reported ("با اشاره به اینکه …،") and
 * nominal statements of a position ("خواستار X شد", "أكد على ضرورة X"). The speaker is the
 * subject of the cue (before the verb in Persian and English, after it in Arabic), a pronoun or
 * an implied subject resolving to the last named speaker. A quote runs to its closing mark; a colon
 * quote over following sentences until one with its own attribution; reported speech to the end of
 * its sentence. Arabic verbs with a preposition of their own (دعا إلى، طالب بـ، وصف X بأنه) are
 * "governed" cues. Cue words are in data/speech.json.
 */
import languageData from "./data/language.json" with { type: "json" };
import data from "./data/speech.json" with { type: "json" };
import titleData from "./data/titles.json" with { type: "json" };
import { checkLanguageLists, checkObject, checkStrings, type LanguageLists } from "./data-check.ts";
import { isBodyToken, type ArticleText, type Sentence } from "./article-text.ts";
import { COORDINATORS } from "./morphology.ts";
import { fold } from "./normalize.ts";
import type { PersonRef } from "./persons.ts";
import { PhraseMatcher, type PhraseMatch } from "./phrase-matcher.ts";
import { tokenIndexAt, type Token } from "./tokens.ts";
import type { Language } from "./types.ts";

/** A quote before offsets are mapped back: folded range of the quoted words and the speaker key. */
export interface QuoteFinding {
  speaker: string;
  start: number;
  end: number;
  direct: boolean;
  /** Sentence of the attribution (for linking quotes to meetings). */
  sentence: number;
}

type CueType = "verb" | "participle" | "framing" | "nominal";

interface Cue {
  type: CueType;
  /** Language of the cue words: English subjects stand before the verb even when "that" follows it. */
  lang: Language;
  /** Folded offset where the cue words start (the verb, the framing, the nominal's open words). */
  start: number;
  /** Folded offset where the cue words end. */
  end: number;
  /** Token range of the cue words. */
  first: number;
  after: number;
  sentence: Sentence;
  /** Where the quoted words start, once known. */
  contentStart: number;
  /** A fixed end for nominal cues (the close words). */
  fixedEnd: number | null;
  /** Whether the quote may run on past its sentence (verb cues) or ends with it (nominal cues). */
  runsOn: boolean;
  direct: boolean;
  /** Arabic-style subject after the verb. */
  subjectAfter: boolean;
  /** The speaker the cue names itself ("بحسب لافروف", "according to Motegi"). */
  speaker?: string;
}

interface NominalRule {
  open: string[][];
  object: string | null;
  close: PhraseMatcher<true>;
  maxGap: number;
  /** Whether the object marker stands right before the close (X را محکوم کرد) rather than a gap away (X را Y خواند). */
  adjacent: boolean;
  openDrop: number;
  keepOpen: boolean;
  keepClose: boolean;
  extend: boolean;
}

const cues = loadSpeech(data);

/** Speech verbs, pronouns and prepositions, for the meeting finder (loaded once, here). */
export const speechWords = { verbs: cues.verbs, pronouns: cues.pronouns, prepositions: cues.prepositions };

/**
 * Words of office titles and honorifics: a subject after an Arabic verb may run through a chain of
 * them before the name ("أكد نائب رئيس الوزراء ووزير الخارجية أيمن الصفدي أن").
 */
const TITLE_WORDS = new Set(
  [...(checkObject(titleData, "titles.json").titles as { fa?: string[]; ar?: string[]; en?: string[] }[]).flatMap((t) => [...(t.fa ?? []), ...(t.ar ?? []), ...(t.en ?? [])]), ...checkLanguageLists(checkObject(languageData, "language.json").honorifics, "language.json honorifics").ar]
    .flatMap((phrase) => fold(phrase).split(" ")),
);

function loadSpeech(raw: unknown) {
  const record = checkObject(raw, "speech.json");
  const lists = (key: string): LanguageLists => checkLanguageLists(record[key], `speech.json ${key}`);
  const matcherOf = <T>(l: LanguageLists, value: (lang: Language) => T) => {
    const m = new PhraseMatcher<T>();
    for (const lang of ["fa", "ar", "en"] as const) for (const w of l[lang]) m.add(w, value(lang));
    return m;
  };
  const setOf = (l: LanguageLists) => new Set([...l.fa, ...l.ar, ...l.en].map(fold));
  const nominal = (Array.isArray(record.nominal) ? record.nominal : []).map((value: unknown, i: number) => loadNominal(value, i));
  return {
    verbs: matcherOf(lists("verbs"), (lang) => lang),
    participles: matcherOf(lists("participles"), (lang) => lang),
    framings: matcherOf(lists("framings"), (lang) => lang),
    complementizers: matcherOf(lists("complementizers"), () => true as const),
    weakComplementizers: matcherOf(lists("weakComplementizers"), () => true as const),
    blocked: matcherOf({ fa: [...lists("ritual").fa, ...lists("notSpeech").fa], ar: [...lists("ritual").ar, ...lists("notSpeech").ar], en: [...lists("ritual").en, ...lists("notSpeech").en] }, () => true as const),
    pronouns: setOf(lists("pronouns")),
    prepositions: setOf(lists("prepositions")),
    pluralSubjects: matcherOf(lists("pluralSubjects"), () => true as const),
    roleSubjects: matcherOf(lists("roleSubjects"), () => true as const),
    relatives: setOf(lists("relatives")),
    speechNouns: setOf(lists("speechNouns")),
    listenerVerbs: matcherOf(lists("listenerVerbs"), () => true as const),
    adverbials: setOf(lists("adverbials")),
    occasions: setOf(lists("occasions")),
    characterizations: (() => {
      const c = checkObject(record.characterizations, "speech.json characterizations");
      const m = new PhraseMatcher<CueType>();
      for (const [key, type] of [["verbs", "verb"], ["participles", "participle"]] as const) {
        const l = checkLanguageLists(c[key], `speech.json characterizations ${key}`);
        for (const lang of ["fa", "ar", "en"] as const) for (const w of l[lang]) m.add(w, type);
      }
      return m;
    })(),
    // Words that may follow a verb whose subject is implied (وأضاف أن، وأفاد بأن): function words and complementizers.
    functionWords: new Set([...setOf(checkLanguageLists(checkObject(languageData, "language.json").notName, "language.json notName")), ...setOf(lists("complementizers")), ...setOf(lists("weakComplementizers"))]),
    agencies: setOf(lists("agencies")),
    according: matcherOf(lists("according"), (lang) => lang),
    institutions: setOf(lists("institutions")),
    nominal,
    nominalVerbs: matcherOf(lists("nominalVerbs"), () => true as const),
    framingNouns: setOf(record.framingNouns ? lists("framingNouns") : { fa: [], ar: [], en: [] }),
    governed: (Array.isArray(record.governed) ? record.governed : []).map((value: unknown, i: number) => loadGoverned(value, i)),
  };
}

/** An Arabic verb whose content follows a preposition of its own (دعا إلى، طالب بـ، وصف X بأنه). */
interface GovernedRule {
  lang: Language;
  verbs: Set<string>;
  /** Folded words of each preposition; a last word ending in "-" is written onto the next word (بوقف). */
  preps: { words: string[]; attached: boolean }[];
  gap: number;
  personObject: boolean;
  notAfter: Set<string>;
  keepObject: boolean;
}

function loadGoverned(value: unknown, i: number): GovernedRule {
  const item = checkObject(value, `speech.json governed[${i}]`);
  return {
    lang: item.lang as Language,
    verbs: new Set(checkStrings(item.verbs, `governed[${i}].verbs`).map(fold)),
    preps: checkStrings(item.preps, `governed[${i}].preps`).map((w) => ({ words: fold(w.replace(/-$/, "")).split(" "), attached: w.endsWith("-") })),
    gap: Number(item.gap ?? 3),
    personObject: item.personObject === true,
    notAfter: new Set(checkStrings(item.notAfter ?? [], `governed[${i}].notAfter`).map(fold)),
    keepObject: item.keepObject === true,
  };
}

/** Verbs that are cues only through a governed rule (not listed as speech verbs themselves). */
const governedVerbs = (() => {
  const m = new PhraseMatcher<Language>();
  for (const rule of cues.governed) for (const verb of rule.verbs) m.add(verb, rule.lang);
  return m;
})();

function loadNominal(value: unknown, i: number): NominalRule & { lang: Language } {
  const item = checkObject(value, `speech.json nominal[${i}]`);
  const close = new PhraseMatcher<true>();
  checkStrings(item.close, `nominal[${i}].close`).forEach((w) => close.add(w, true));
  return {
    lang: item.lang as Language,
    open: checkStrings(item.open ?? [], `nominal[${i}].open`).map((w) => fold(w).split(" ")),
    object: typeof item.object === "string" ? fold(item.object) : null,
    close,
    maxGap: Number(item.maxGap ?? 4),
    adjacent: item.adjacent === true,
    openDrop: Number(item.openDrop ?? 0),
    keepOpen: item.keepOpen !== false,
    keepClose: item.keepClose !== false,
    extend: item.extend === true,
  };
}

const OPENING = new Set(["«", "“", '"', "„", "‹"]);
const CLOSING_OF: Record<string, string> = { "«": "»", "“": "”", '"': '"', "„": "“", "‹": "›" };
/** Punctuation that closes a clause when scanning back from a cue. */
const CLAUSE_MARKS = /[،,:;؛«»“”"()]/;

/**
 * Finds every quote in the body of an article. `refs` are person references in text order;
 * `narrativeStarts` are tokens where other third-person subjects start (titles), so a quote
 * does not run on into a sentence that opens with one.
 */
export function findQuotes(article: ArticleText, refs: PersonRef[], language: Language, narrativeStarts: number[] = []): QuoteFinding[] {
  const { tokens } = article;
  const text = article.folded.text;
  const found: QuoteFinding[] = [];
  let lastSpeaker: string | null = null;
  const bodyRefs = refs.filter((r) => isBodyToken(article, r.first));
  const refStarts = new Set([...bodyRefs.map((r) => r.first), ...narrativeStarts]);
  const byLine = new Map<number, Sentence[]>();
  for (const s of article.sentences) byLine.set(s.line, [...(byLine.get(s.line) ?? []), s]);
  const lines = [...byLine.values()];
  // Quoted words carried over into later paragraphs; cues before this offset are the speaker's own words.
  let consumedUntil = -1;
  for (let li = 0; li < lines.length; li++) {
    const sentences = lines[li];
    const paraEnd = sentences.at(-1)!.fEnd;
    const quotations = quotationSpans(text, tokens, sentences[0].fStart, paraEnd);
    // A speech verb inside a quotation is the speaker's own words ("I have said that …"), not an attribution.
    const lineCues = collectCues(article, sentences, language, bodyRefs).filter((c) => c.start >= consumedUntil && !quotations.some(([open, close]) => open < c.start && c.end <= close));
    let quotedUntil = -1;
    let previousSpeaker: string | null = null;
    let previousSentence = -1;
    for (let c = 0; c < lineCues.length; c++) {
      const cue = lineCues[c];
      if (cue.start < quotedUntil) continue;
      let end = contentEnd(article, cue, lineCues.slice(c + 1), paraEnd, refStarts);
      let span = trimContent(text, cue.contentStart, end, cue.direct);
      // "… گفت:" closing its paragraph: the quoted words are the next paragraph.
      if (!span && cue.direct && colonEndsParagraph(text, cue.contentStart, paraEnd) && li + 1 < lines.length && !refStarts.has(lines[li + 1][0].first)) {
        end = lines[li + 1].at(-1)!.fEnd;
        span = trimContent(text, lines[li + 1][0].fStart, end, true);
        if (span) consumedUntil = end;
      }
      if (!span || tokenCount(tokens, span.start, span.end) < 2) continue;
      // "با بیان اینکه X، ظریف افزود": a framing opening its sentence belongs to the subject of the verb after it.
      const later = cue.type === "framing" && !hasSubjectBefore(bodyRefs, tokens, cue) ? lineCues.slice(c + 1).find((l) => l.type === "verb" && l.sentence.index === cue.sentence.index && l.start >= span!.end) : undefined;
      const speaker: string | null = (later ? resolveSpeaker(article, later, bodyRefs, lastSpeaker ?? previousSubject(article, later.sentence, bodyRefs), previousSpeaker, { start: later.contentStart, end: later.sentence.fEnd }, previousSentence === later.sentence.index) : null)
        ?? resolveSpeaker(article, cue, bodyRefs, lastSpeaker ?? previousSubject(article, cue.sentence, bodyRefs), previousSpeaker, span, previousSentence === cue.sentence.index);
      if (cue.direct && text[cue.contentStart] && OPENING.has(text[cue.contentStart])) {
        // «… left open at the paragraph's end goes on in the next paragraph opening with « (one quote).
        const carried = end >= paraEnd ? carriedQuotation(text, lines, li, text[cue.contentStart]) : null;
        if (carried !== null) {
          end = carried;
          span = trimContent(text, cue.contentStart, end, true) ?? span;
          consumedUntil = end;
        }
        quotedUntil = end;
      }
      if (!speaker) continue;
      found.push({ speaker, start: span.start, end: span.end, direct: cue.direct, sentence: cue.sentence.index });
      lastSpeaker = speaker;
      previousSpeaker = speaker;
      previousSentence = cue.sentence.index;
      const more = cue.direct && cue.fixedEnd !== null ? continuedQuotation(article, cue, lineCues.slice(c + 1), paraEnd) : null;
      if (more) {
        found.push({ speaker, start: more.start, end: more.end, direct: true, sentence: cue.sentence.index });
        quotedUntil = more.end;
      }
    }
  }
  return found;
}

/** Whether only a colon (and spaces) stands between the content start and the paragraph's end: "… گفت:". */
function colonEndsParagraph(text: string, contentStart: number, paraEnd: number): boolean {
  if (text.slice(contentStart, paraEnd).trim() !== "") return false;
  let k = Math.min(contentStart, paraEnd) - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  return text[k] === ":" || text[k] === "：";
}

/**
 * A quotation opened in paragraph `li` and not closed there goes on through the following paragraphs that open
 * with the same mark (news convention), up to its closing mark; the end offset, or null when none follows.
 */
function carriedQuotation(text: string, lines: Sentence[][], li: number, open: string): number | null {
  const close = CLOSING_OF[open];
  const start = lines[li][0].fStart;
  const paraEnd = lines[li].at(-1)!.fEnd;
  const opened = text.lastIndexOf(open, paraEnd);
  if (opened < start || text.slice(opened + 1, paraEnd).includes(close)) return null;
  let end: number | null = null;
  for (let k = li + 1; k < lines.length; k++) {
    const from = skipSpaces(text, lines[k][0].fStart);
    if (text[from] !== open) break;
    const to = lines[k].at(-1)!.fEnd;
    const closeAt = text.indexOf(close, from + 1);
    if (closeAt >= 0 && closeAt <= to) return closeAt + 1;
    end = to;
  }
  return end;
}

/** Whether a person or pronoun stands before a cue in its sentence. */
function hasSubjectBefore(refs: PersonRef[], tokens: Token[], cue: Cue): boolean {
  if (refs.some((r) => r.first >= cue.sentence.first && r.first < cue.first)) return true;
  return findPronoun(tokens, cue.sentence.fStart, cue.start) !== null;
}

const TALKS_AND = fold("و");
const TALKS_HEAD = fold("گو");
const TALKS_JOINED = fold("وگو");

/** "گفت و گوهایی", "گفت وگوهای": the compound noun "talks" in any inflection, not the verb "گفت". */
function talksCompound(tokens: Token[], after: number): boolean {
  const next = tokens[after]?.text;
  if (!next) return false;
  if (next.startsWith(TALKS_JOINED)) return true;
  return next === TALKS_AND && (tokens[after + 1]?.text.startsWith(TALKS_HEAD) ?? false);
}

/** Collects the cues of one paragraph, in text order, each with where its content starts. */
function collectCues(article: ArticleText, sentences: Sentence[], language: Language, refs: PersonRef[]): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: Cue[] = [];
  for (const sentence of sentences) {
    const blocked = cues.blocked.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics });
    const isBlocked = (m: PhraseMatch<unknown>) => blocked.some((b) => b.first <= m.first && m.after <= b.after);
    for (let i = sentence.first; i < sentence.after; i++) {
      const verb = cues.verbs.matchAt(tokens, text, i, { clitics: article.clitics });
      const participle = verb ? null : cues.participles.matchAt(tokens, text, i, { clitics: article.clitics });
      const framing = verb || participle ? null : cues.framings.matchAt(tokens, text, i, { clitics: article.clitics });
      const governed = verb || participle || framing ? null : governedVerbs.matchAt(tokens, text, i, { clitics: article.clitics });
      const m = verb ?? participle ?? framing ?? governed;
      if (!m || m.after > sentence.after || isBlocked(m) || talksCompound(tokens, m.after)) continue;
      // A cue word of another language is an ordinary word here: Arabic ذكر in Persian "شایان ذکر است که".
      if (!m.values.includes(language)) continue;
      const lang = m.values[0];
      const type: CueType = verb || governed ? "verb" : participle ? "participle" : "framing";
      const cue = startContent(article, sentence, m, type, lang, refs);
      if (cue) out.push(cue);
      i = m.after - 1;
    }
    out.push(...nominalCues(article, sentence, language, refs));
    out.push(...accordingCues(article, sentence, language, refs));
    out.push(...characterizationCues(article, sentence, language));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "بحسب لافروف، فإن …", "وفقا لكيري، …", "According to Motegi, today's talks …": the person named right
 * after the phrase speaks, and the content follows the name (after a comma or a complementizer); or, with the
 * phrase ending the sentence ("…, according to Motegi."), the content is the clause before it.
 */
function accordingCues(article: ArticleText, sentence: Sentence, language: Language, refs: PersonRef[]): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const clitics = { clitics: article.clitics };
  const out: Cue[] = [];
  for (const m of cues.according.findIn(tokens, text, sentence.first, sentence.after, clitics)) {
    if (!m.values.includes(language)) continue;
    // "According to the top diplomat, …": a bare role noun stands for the last speaker (no speaker of its own here).
    const role = language === "en" ? roleAfter(article, m.after) : null;
    const named = refs.find((r) => r.first === m.after);
    const ref = named ?? role;
    if (!ref || ref.after > sentence.after) continue;
    const base = { type: "framing" as const, lang: language, start: m.start, end: ref.end, first: m.first, after: ref.after, sentence, direct: false, subjectAfter: false, speaker: named?.key };
    let rest = ref.after;
    while (rest < sentence.after && cues.adverbials.has(tokens[rest].text)) rest++;
    if (rest >= sentence.after) {
      const comma = m.first > sentence.first ? text.slice(tokens[m.first - 1].end, tokens[m.first].start).search(/[,،]/) : -1;
      if (comma < 0 || m.first - sentence.first < 3) continue;
      out.push({ ...base, contentStart: skipSpaces(text, sentence.fStart), fixedEnd: tokens[m.first - 1].end + comma, runsOn: false });
      continue;
    }
    const comp = cues.complementizers.matchAt(tokens, text, ref.after, clitics);
    const gap = text.slice(ref.end, tokens[ref.after].start);
    if (!comp && !/[,،]/.test(gap)) continue;
    const at = comp ? skipSpaces(text, comp.end) : tokens[ref.after].start;
    out.push({ ...base, contentStart: at, fixedEnd: null, runsOn: false });
  }
  return out;
}

/** A bare role noun ("the top diplomat", "the spokesman") starting at token i, with an optional "the". */
function roleAfter(article: ArticleText, i: number): { first: number; after: number; end: number } | null {
  const { tokens } = article;
  const options = { clitics: article.clitics };
  const m = cues.roleSubjects.matchAt(tokens, article.folded.text, i, options) ?? (tokens[i]?.text === "the" ? cues.roleSubjects.matchAt(tokens, article.folded.text, i + 1, options) : null);
  return m ? { first: i, after: m.after, end: m.end } : null;
}

/** Words between a characterizing verb and the quotation naming its object ("called the talks with Iran “…”"). */
const CHARACTERIZATION_GAP = 6;
/** Words that end the object of a characterizing verb before any quotation: the quotation is then about something else. */
const CHARACTERIZATION_STOPS = new Set(["to", "about", "for", "with", "over", "on", "regarding", "and", "that"]);

/**
 * "Zarif called the talks “constructive”", "describing the negotiations as “exploratory”": the object and the
 * quoted words naming it are the content, up to the closing mark. A quotation must open within a few words.
 */
function characterizationCues(article: ArticleText, sentence: Sentence, language: Language): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: Cue[] = [];
  for (const m of cues.characterizations.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics })) {
    // "so-called" is an adjective, not a statement.
    if (m.first > 0 && /-\s*$/.test(text.slice(tokens[m.first - 1].end, m.start))) continue;
    let open = -1;
    for (let k = m.after; k < sentence.after && k <= m.after + CHARACTERIZATION_GAP; k++) {
      const gap = text.slice(tokens[k - 1].end, tokens[k].start);
      const at = [...gap].findIndex((ch) => OPENING.has(ch));
      if (at >= 0) { open = tokens[k - 1].end + at; break; }
      if (/[.,،;:!?؟]/.test(gap) || CHARACTERIZATION_STOPS.has(tokens[k].text)) break;
    }
    if (open < 0) continue;
    const close = text.indexOf(CLOSING_OF[text[open]], open + 1);
    if (close < 0 || close > sentence.fEnd) continue;
    // "calling “very intensive” his talks with Kishida": with the quoted words first, they alone are the content (the object after them is narrative).
    const first = tokenIndexAt(tokens, open) === m.after;
    out.push({ type: m.values[0], lang: language, start: m.start, end: m.end, first: m.first, after: m.after, sentence, contentStart: first ? open : tokens[m.after].start, fixedEnd: close, runsOn: false, direct: false, subjectAfter: false });
  }
  return out.filter((c) => c.lang === "en" && language === "en");
}

/** Words an Arabic or English verb may be separated from its reported clause by (subject, adverbials). */
const ARABIC_LOOKAHEAD = 20;
/** Words the listener of an English "told" may have ("told the Financial Times that"). */
const LISTENER_WORDS = 3;
/** Words a phrase of occasion or medium may have after its preposition ("said in a video shared on Twitter, “…”"). */
const OCCASION_WORDS = 6;

/** Works out where a verb, participle or framing cue's content begins; null when it has none. */
function startContent(article: ArticleText, sentence: Sentence, m: PhraseMatch<Language>, type: CueType, lang: Language, refs: PersonRef[]): Cue | null {
  const { tokens } = article;
  const text = article.folded.text;
  const clitics = { clitics: article.clitics };
  const base = { type, lang, start: m.start, end: m.end, first: m.first, after: m.after, sentence, fixedEnd: null, runsOn: true, subjectAfter: false };
  // "ضمن تاکید بر ضرورت X": a framing ending in a position noun keeps that noun in its content.
  if (type === "framing" && cues.framingNouns.has(tokens[m.after - 1].text)) return { ...base, contentStart: tokens[m.after - 1].start, direct: false };
  if (type === "framing") return { ...base, contentStart: skipSpaces(text, m.end), direct: false };
  // "داعيا إلى X": a participle listed with its preposition states its content right after it.
  if (type === "participle" && lang === "ar" && m.phrase.includes(" ")) return { ...base, contentStart: skipSpaces(text, m.end), direct: false };
  if (lang === "fa") {
    // Persian: the content follows the verb, after a colon, a comma or که.
    let at = skipSpaces(text, m.end);
    if (text[at] === ":" || text[at] === "：") return { ...base, contentStart: skipSpaces(text, at + 1), direct: true };
    if (text[at] === "،" || text[at] === ",") at = skipSpaces(text, at + 1);
    const next = tokenIndexAt(tokens, at);
    const comp = next < sentence.after ? cues.complementizers.matchAt(tokens, text, next, clitics) : null;
    if (comp && comp.start === at) at = skipSpaces(text, comp.end);
    if (at >= sentence.fEnd || /[.!?؟]/.test(text[at] ?? "")) return null;
    return { ...base, contentStart: at, direct: OPENING.has(text[at]) && !isShortQuote(text, tokens, at) };
  }
  // Arabic and English: the subject and adverbials may stand between the verb and the content.
  const before = quoteBefore(article, sentence, m, refs) ?? (lang === "en" ? clauseBefore(article, sentence, m, refs) : null);
  if (before) return { ...base, ...before };
  const subjectEnd = subjectChainEnd(refs, m.after);
  const rule = type === "verb" ? cues.governed.find((r) => r.lang === lang && r.verbs.has(m.phrase)) : undefined;
  if (rule) {
    const at = governedContent(article, sentence, rule, subjectEnd, refs);
    if (at !== null) return { ...base, contentStart: at, direct: false, subjectAfter: true, runsOn: false };
    // A verb that is a cue only with its preposition ("جدد الأسد إدانة …") has no content otherwise.
    if (!cues.verbs.matchAt(tokens, text, m.first, clitics)) return null;
  }
  const closes = closingMarks(text, sentence);
  // English content starts right after the verb, its adverbials and the listener of "told"; a later "that" or
  // quotation belongs to the content ("said he was pleased that Zarif “put possibilities on the table”").
  let nearVerb = true;
  const listener = lang === "en" && cues.listenerVerbs.matchAt(tokens, text, m.first, clitics) ? LISTENER_WORDS : 0;
  let nearUntil = m.after + listener;
  for (let i = m.after; i < sentence.after && i < m.after + ARABIC_LOOKAHEAD; i++) {
    const gapStart = tokens[i - 1].end;
    const gap = text.slice(gapStart, tokens[i].start);
    const passed = i - 1;
    // "said in a statement that", "wrote on Twitter that": a phrase of occasion near the verb is passed over too.
    if (lang === "en" && nearVerb && passed >= m.after && cues.occasions.has(tokens[passed].text)) nearUntil = Math.max(nearUntil, passed + 1 + OCCASION_WORDS);
    if (lang === "en" && passed >= m.after && passed >= subjectEnd && passed >= nearUntil && !cues.adverbials.has(tokens[passed].text)) nearVerb = false;
    const markAt = firstContentMark(text, tokens, gapStart, tokens[i].start, closes);
    if (markAt === null && /(?<!\.)[.!?؟](?!\.)/.test(gap)) break;
    if (markAt !== null && (nearVerb || text[markAt] === ":")) {
      const colon = text[markAt] === ":";
      return { ...base, contentStart: colon ? skipSpaces(text, markAt + 1) : markAt, direct: true, subjectAfter: true };
    }
    if (!nearVerb) continue;
    const comp = cues.complementizers.matchAt(tokens, text, i, clitics);
    if (comp) {
      const at = skipSpaces(text, comp.end);
      return { ...base, contentStart: at, direct: OPENING.has(text[at] ?? "") && !isShortQuote(text, tokens, at), subjectAfter: true };
    }
    const weak = i === m.after || i === subjectEnd ? cues.weakComplementizers.matchAt(tokens, text, i, clitics) : null;
    if (weak && !complementizerSoon(article, sentence, weak.after)) return { ...base, contentStart: skipSpaces(text, weak.end), direct: false, subjectAfter: true };
  }
  if (lang === "ar" && cues.nominalVerbs.matchAt(tokens, text, m.first, clitics)) {
    const at = arabicNominalContent(article, sentence, subjectEnd, m.after);
    if (at !== null) return { ...base, contentStart: at, direct: false, subjectAfter: true, runsOn: false };
  }
  // "…discussion," Kaifu said at a press briefing: a quotation closed right before the subject is the content, even when it opened on an earlier line.
  const subjectStart = refs.find((r) => r.after === m.first)?.first ?? m.first;
  if (lang === "en" && subjectStart > 0 && /["”»]\s*$/.test(text.slice(tokens[subjectStart - 1].end, tokens[subjectStart].start))) return null;
  if (lang === "en") return englishBareContent(article, sentence, base, Math.max(m.after, subjectEnd));
  return null;
}

/**
 * The content of a governed verb: after its preposition, found within a few words after the subject (adverbials such
 * as "خلال الاتصال", or an object) with no clause mark between. Null when the preposition opens a complementizer
 * (على أن، إلى أن: the general rule reads those), or the object or the content's first word says it is something else.
 */
function governedContent(article: ArticleText, sentence: Sentence, rule: GovernedRule, subjectEnd: number, refs: PersonRef[]): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  const clitics = { clitics: article.clitics };
  for (let k = subjectEnd; k < sentence.after && k <= subjectEnd + rule.gap; k++) {
    if (k > subjectEnd && /[.,،;:!?؟«»“”"]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return null;
    if (!rule.personObject && refs.some((r) => r.first === k)) return null;
    for (const prep of rule.preps) {
      const n = prep.words.length;
      if (k + n > sentence.after) continue;
      const whole = prep.words.slice(0, prep.attached ? -1 : n).every((w, j) => tokens[k + j].text === w);
      if (!whole) continue;
      let at: number;
      let next: number;
      if (prep.attached) {
        const last = tokens[k + n - 1];
        const head = prep.words[n - 1];
        if (!last.text.startsWith(head) || last.text.length - head.length < 2) continue;
        at = last.start + head.length;
        next = k + n - 1;
      } else {
        next = k + n;
        if (next >= sentence.after) continue;
        at = tokens[next].start;
      }
      if (cues.complementizers.matchAt(tokens, text, next, clitics) && !prep.attached) return null;
      const word = prep.attached ? tokens[next].text.slice(prep.words[n - 1].length) : tokens[next].text;
      if (rule.notAfter.has(word)) return null;
      if (rule.keepObject) return k > subjectEnd ? tokens[subjectEnd].start : null;
      return at;
    }
  }
  return null;
}

/** Words within which a later إن/أن still opens the verb's content rather than على: "قالت X على قناة Y إن …". */
const WEAK_WINDOW = 8;

/** Whether a complementizer follows within a few words, with no clause mark before it. */
function complementizerSoon(article: ArticleText, sentence: Sentence, from: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = from; k < sentence.after && k < from + WEAK_WINDOW; k++) {
    if (k > from && /[.!?؟:«“"]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (cues.complementizers.matchAt(tokens, text, k, { clitics: article.clitics })) return true;
  }
  return false;
}

/**
 * A position stated as a noun phrase after "أكد"/"شدد" and a named subject: "وأكد الوزير خلال الاتصال
 * دعم بلاده للحل" → "دعم بلاده للحل". Prepositions of time or occasion (خلال X) are skipped.
 */
function arabicNominalContent(article: ArticleText, sentence: Sentence, subjectEnd: number, verbAfter: number): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  if (subjectEnd === verbAfter) return null;
  let k = subjectEnd;
  while (k + 1 < sentence.after && cues.adverbials.has(tokens[k].text)) k += 2;
  if (sentence.after - k < 3 || /[,،:]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return null;
  if (cues.complementizers.matchAt(tokens, text, k, { clitics: article.clitics })) return null;
  return tokens[k].start;
}

/** English reported speech without "that": "X said on Monday he had talks…" — after the verb, its subject and time adverbials. */
function englishBareContent(article: ArticleText, sentence: Sentence, base: Omit<Cue, "contentStart" | "direct">, from: number): Cue | null {
  const { tokens } = article;
  let i = from;
  while (i < sentence.after && cues.adverbials.has(tokens[i].text)) i++;
  if (sentence.after - i < 3) return null;
  // "said in a Twitter post on Friday", "said after talks with Kishida": a phrase of occasion is not reported speech.
  if ((i > from && cues.occasions.has(tokens[i - 1].text)) || cues.occasions.has(tokens[i].text)) return null;
  const gap = article.folded.text.slice(tokens[i - 1].end, tokens[i].start);
  if (/[,،;:]/.test(gap)) return null;
  return { ...base, contentStart: tokens[i].start, direct: false, subjectAfter: true };
}

/**
 * A quotation closed right before its attribution: "“…,” Lavrov said", "“…” said Lavrov",
 * "«…»، وی گفت". The verb must end its clause (nothing but its subject after it).
 */
function quoteBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<Language>, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens } = article;
  const text = article.folded.text;
  const after = subjectChainEnd(refs, m.after);
  const rest = tokens[after] ? text.slice(tokens[after - 1].end, tokens[after].start) : "";
  const runsOn = tokens[after] && article.sentenceOfToken[after] === sentence.index && !/[.,،;:]/.test(rest);
  // Attributions go on after the verb without content of their own: "“…,” Kerry said in remarks on Monday",
  // "«…»، قال لافروف للصحفيين".
  if (runsOn && (m.values[0] === "fa" || hasOwnContent(article, sentence, after))) return null;
  const subjectStart = refs.find((r) => r.after === m.first)?.first ?? roleSubjectBefore(article, m.first) ?? subjectBeforeClause(article, refs, m.first) ?? m.first;
  const pronounBefore = tokens[subjectStart - 1] && cues.pronouns.has(tokens[subjectStart - 1].text) ? subjectStart - 1 : subjectStart;
  const gapFrom = tokens[pronounBefore - 1]?.end ?? 0;
  const gap = text.slice(gapFrom, tokens[pronounBefore].start);
  const closeAt = Math.max(gap.lastIndexOf("”"), gap.lastIndexOf('"'), gap.lastIndexOf("»"));
  if (closeAt < 0 || !/^[\s.,،!?؟…]*["”»][\s,،]*$/.test(gap)) return null;
  const close = gapFrom + closeAt;
  const openChar = text[close] === "”" ? "“" : text[close] === "»" ? "«" : '"';
  const open = text.lastIndexOf(openChar, close - 1);
  const lineStart = article.sentences.find((s) => s.line === sentence.line)?.fStart ?? sentence.fStart;
  if (open < 0 || open < lineStart || isShortQuote(text, tokens, open)) return null;
  // "“…,” said Lavrov": no subject before the verb, so it comes after it.
  return { contentStart: open, fixedEnd: close + 1, direct: true, subjectAfter: pronounBefore === m.first };
}

/** Whether a verb's clause has content of its own after token `from`: a complementizer, a colon or an opening quotation mark. */
function hasOwnContent(article: ArticleText, sentence: Sentence, from: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  // "“…,” Lavrov said, adding that …": what follows a participle is the participle's own content.
  let until = sentence.after;
  for (let k = from; k < sentence.after; k++) if (cues.participles.matchAt(tokens, text, k, { clitics: article.clitics })) { until = k; break; }
  for (let k = from; k < until; k++) if (cues.complementizers.matchAt(tokens, text, k, { clitics: article.clitics })) return true;
  const rest = text.slice(tokens[from]?.start ?? sentence.fEnd, until < sentence.after ? tokens[until].start : sentence.fEnd);
  return /:/.test(rest) || [...rest].some((ch) => OPENING.has(ch));
}

/** Start of a bare role noun standing as the subject right before token i ("the minister said"), or null. */
function roleSubjectBefore(article: ArticleText, i: number): number | null {
  // The longest phrase first: "the spokesman" rather than "spokesman".
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const m = cues.roleSubjects.matchAt(article.tokens, article.folded.text, k, { clitics: article.clitics });
    if (m && m.after === i) return k;
  }
  return null;
}

/** Most tokens of a relative or appositive clause between an English subject and its verb. */
const SUBJECT_CLAUSE = 12;

/**
 * Start of a subject set off from its verb (token i) by a clause: "Zarif, who arrived on Monday, said",
 * "Kaifu, the ministry's spokesperson, said". The clause has no quotation or sentence marks.
 */
function subjectBeforeClause(article: ArticleText, refs: PersonRef[], i: number): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  if (i < 1) return null;
  for (const r of refs) {
    if (r.after >= i || i - r.after > SUBJECT_CLAUSE || !tokens[r.after]) continue;
    if (/[.!?؟«»“”"]/.test(text.slice(r.end, tokens[i].start))) continue;
    const relative = cues.relatives.has(tokens[r.after].text);
    const appositive = /^\s*,/.test(text.slice(r.end, tokens[r.after].start)) && /,\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
    if (relative || appositive) return r.first;
  }
  return null;
}

/** Whether a bare role noun is the subject of a cue: before an English verb, after an Arabic one ("وأضافت المتحدثة:"). */
function hasRoleSubject(article: ArticleText, cue: Cue): boolean {
  if (cue.lang === "en") return roleSubjectBefore(article, cue.first) !== null;
  if (cue.lang !== "ar" || !cue.subjectAfter || cue.after >= article.tokens.length) return false;
  const m = cues.roleSubjects.matchAt(article.tokens, article.folded.text, cue.after, { clitics: article.clitics });
  // Bare: the content (or its complementizer) follows at once; "المتحدث الرسمي باسم الرئاسة" is someone else, unnamed.
  return m !== null && m.start < cue.contentStart && tokenIndexAt(article.tokens, cue.contentStart) - m.after <= 1;
}

/**
 * English reported speech before its attribution: "Moscow backs the plan, Lavrov said on Friday."
 * The verb ends its sentence (bar time adverbials) and its subject is set off by a comma.
 */
function clauseBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<Language>, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = m.after; k < sentence.after; k++) {
    if (cues.adverbials.has(tokens[k].text)) continue;
    // "…, Lavrov said after talks with Kishida.": a phrase of occasion may end the sentence.
    if (cues.occasions.has(tokens[k].text) && sentence.after - k <= OCCASION_WORDS + 1 && !/[,،;:«»“”"]/.test(text.slice(tokens[k].start, sentence.fEnd))) break;
    return null;
  }
  let start = m.first;
  for (let ref = refs.find((r) => r.after === start); ref; ref = refs.find((r) => r.after === start)) start = ref.first;
  if (start === m.first) start = roleSubjectBefore(article, m.first) ?? subjectBeforeClause(article, refs, m.first) ?? m.first;
  // "…, he added.": a pronoun subject right before the verb stands for the last speaker.
  if (start === m.first && m.first > 0 && cues.pronouns.has(tokens[m.first - 1].text)) start = m.first - 1;
  if (start === m.first) return null;
  // "…, ministry spokesman Anurag Srivastava said": title words before the named subject belong to it.
  for (let k = 0; k < TITLE_CHAIN && start - 1 > sentence.first && TITLE_WORDS.has(tokens[start - 1].text) && !/[,،]/.test(text.slice(tokens[start - 1].end, tokens[start].start)); k++) start--;
  if (start - sentence.first < 3) return null;
  const gapFrom = tokens[start - 1].end;
  const comma = text.slice(gapFrom, tokens[start].start).search(/[,،]/);
  if (comma < 0) return null;
  // A dateline opening the sentence ("MOSCOW (UrduPoint News / Sputnik - 19th December, 2019)") is not reported speech.
  const dateline = DATELINE.exec(text.slice(sentence.fStart, gapFrom));
  const contentStart = skipSpaces(text, sentence.fStart + (dateline ? dateline[0].length : 0));
  if (OPENING.has(text[contentStart] ?? "")) return null;
  return { contentStart, fixedEnd: gapFrom + comma, direct: false, subjectAfter: false };
}

/** A wire dateline at a sentence's start: a place, then the outlet and date in parentheses, maybe a dash. */
const DATELINE = /^[^()]{0,40}\([^()]{1,80}\)\s*[-–—]?\s*/;

/**
 * A quotation that follows the sentence attributing the one before it, with no attribution of its
 * own: "“…,” Kerry said. “…”" — the same speaker goes on.
 */
function continuedQuotation(article: ArticleText, cue: Cue, later: Cue[], paraEnd: number): { start: number; end: number } | null {
  const { tokens } = article;
  const text = article.folded.text;
  const at = skipSpaces(text, cue.sentence.fEnd);
  if (at >= paraEnd || !OPENING.has(text[at])) return null;
  const close = text.indexOf(CLOSING_OF[text[at]], at + 1);
  if (close < 0 || close > paraEnd || isShortQuote(text, tokens, at)) return null;
  const closing = article.sentences[article.sentenceOfToken[tokenIndexAt(tokens, close)]];
  const limit = Math.max(close, closing?.fEnd ?? close);
  if (later.some((l) => l.start > close && l.start < limit)) return null;
  return trimContent(text, at, close + 1, true);
}

/** Token index just after the person references that follow token i directly (the verb's subject), or i. */
function subjectChainEnd(refs: PersonRef[], i: number): number {
  let end = i;
  for (let ref = refs.find((r) => r.first === end); ref; ref = refs.find((r) => r.first === end)) end = ref.after;
  return end;
}

/** Words a quotation mark may enclose and still be a name or a term in quotes («شكري», "constructive") rather than a quote. */
const SHORT_QUOTE_WORDS = 3;

/** Whether the quotation opening at `at` closes again within a few words. */
function isShortQuote(text: string, tokens: Token[], at: number): boolean {
  const close = text.indexOf(CLOSING_OF[text[at]] ?? "", at + 1);
  if (close < 0) return false;
  return tokenIndexAt(tokens, close) - tokenIndexAt(tokens, at) <= SHORT_QUOTE_WORDS;
}

/** Opening and closing offsets of the quotations (longer than a term in quotes) between two offsets. */
function quotationSpans(text: string, tokens: Token[], from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = from; k < to; k++) {
    if (!OPENING.has(text[k])) continue;
    const close = text.indexOf(CLOSING_OF[text[k]], k + 1);
    if (close < 0 || close > to) break;
    if (!isShortQuote(text, tokens, k)) spans.push([k, close]);
    k = close;
  }
  return spans;
}

/** Offsets of the marks that close quotations in a sentence, pairing marks left to right, so a closing " is never taken for an opening one. */
function closingMarks(text: string, sentence: Sentence): Set<number> {
  const closes = new Set<number>();
  for (let k = sentence.fStart; k < sentence.fEnd; k++) {
    if (!OPENING.has(text[k])) continue;
    const close = text.indexOf(CLOSING_OF[text[k]], k + 1);
    if (close < 0) break;
    closes.add(close);
    k = close;
  }
  return closes;
}

/** The first colon or opening quotation mark between two offsets that starts real content, or null. */
function firstContentMark(text: string, tokens: Token[], from: number, to: number, closes: Set<number>): number | null {
  for (let k = from; k < to; k++) {
    if (text[k] === ":") return k;
    if (OPENING.has(text[k]) && !closes.has(k) && !isShortQuote(text, tokens, k)) return k;
  }
  return null;
}

/** Persian nominal statements: خواستار X شد، به لزوم X اشاره کرد، از X ابراز رضایت کرد، X را Y خواند. */
function nominalCues(article: ArticleText, sentence: Sentence, language: Language, refs: PersonRef[]): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: Cue[] = [];
  for (const rule of cues.nominal) {
    if (rule.lang !== language) continue;
    for (let i = sentence.first; i < sentence.after; i++) {
      const close = rule.close.matchAt(tokens, text, i, { clitics: article.clitics });
      if (!close || close.after > sentence.after) continue;
      let clauseStart = clauseStartBefore(article, sentence, close.first);
      let contentStart: number | null = null;
      let cueStart = close.start;
      if (rule.object) {
        const marker = findObjectMarker(tokens, rule.object, close.first, rule.maxGap, sentence.first);
        if (marker === null || (marker === close.first - 1) !== rule.adjacent) { i = close.after - 1; continue; }
        // "اظهاراتی را … عنوان کرد": remarks made, with nothing of what they said.
        if (marker > 0 && cues.speechNouns.has(tokens[marker - 1].text)) { i = close.after - 1; continue; }
        // The object's clause: a comma may stand between the object and its verb ("X را در …، ضروری دانست").
        clauseStart = coordinatedClauseStart(article, clauseStartBefore(article, sentence, marker), marker);
        // "لاوروف نیز X را Y دانست": the subject opening the clause is the speaker, not part of the quote.
        contentStart = tokens[afterSubject(tokens, refs, clauseStart.token, marker)].start;
      } else {
        // Persian news often puts a comma right before the verb ("بر ضرورت X، تاکید کرد"): then the open words are in the clause before.
        const open = findOpen(tokens, rule.open, clauseStart.token, close.first) ?? (clauseStart.token > sentence.first ? findOpen(tokens, rule.open, clauseStartBefore(article, sentence, clauseStart.token - 1).token, clauseStart.token) : null);
        if (!open) { i = close.after - 1; continue; }
        cueStart = tokens[open.first].start;
        contentStart = rule.keepOpen ? tokens[open.first + rule.openDrop].start : tokens[open.after].start;
      }
      const fixedEnd = rule.extend ? null : rule.keepClose ? close.end : tokens[close.first - 1]?.end ?? close.start;
      out.push({ type: "nominal", lang: rule.lang, start: cueStart, end: close.end, first: tokenIndexAt(tokens, cueStart), after: close.after, sentence, contentStart, fixedEnd, runsOn: false, direct: false, subjectAfter: false });
      i = close.after - 1;
    }
  }
  return out;
}

/** Token index after the subject at the start of a clause (person references, pronouns, adverbs such as نیز), stopping at `limit`. */
function afterSubject(tokens: Token[], refs: PersonRef[], from: number, limit: number): number {
  let k = from;
  for (;;) {
    const ref = refs.find((r) => r.first === k && r.after <= limit);
    if (ref) k = ref.after;
    else if (k < limit && (cues.pronouns.has(tokens[k].text) || cues.adverbials.has(tokens[k].text))) k++;
    else return k;
  }
}

function findObjectMarker(tokens: Token[], marker: string, before: number, maxGap: number, notBefore: number): number | null {
  // The marker may be written joined to a demonstrative: "آنرا", "اینرا".
  for (let k = before - 1; k >= notBefore && k >= before - 1 - maxGap; k--) if (tokens[k].text === marker || tokens[k].text === `${fold("آن")}${marker}` || tokens[k].text === `${fold("این")}${marker}`) return k;
  return null;
}

/** Last words of Persian finite verbs: "… انتقاد کرد و آن را Y خواند" starts a second clause after "و". */
const FINITE_ENDS = new Set(["کرد", "کردند", "شد", "شدند", "نمود", "داد", "دانست", "خواند", "است", "گفت"]);

/** The start of an object's clause, moved past "و" when it follows a finite verb (a second coordinated clause). */
function coordinatedClauseStart(article: ArticleText, start: { offset: number; token: number }, marker: number): { offset: number; token: number } {
  const { tokens } = article;
  for (let k = marker - 1; k > start.token; k--) {
    if (COORDINATORS.has(tokens[k].text) && FINITE_ENDS.has(tokens[k - 1].text)) return { offset: tokens[k + 1].start, token: k + 1 };
  }
  return start;
}

function findOpen(tokens: Token[], opens: string[][], from: number, to: number): { first: number; after: number } | null {
  for (let k = from; k < to; k++) {
    for (const words of opens) {
      if (k + words.length > to) continue;
      if (words.every((w, j) => tokens[k + j].text === w)) return { first: k, after: k + words.length };
    }
  }
  return null;
}

/** The start of the clause a token is in: after the last comma-like mark or conjunction before it, within the sentence. */
function clauseStartBefore(article: ArticleText, sentence: Sentence, token: number): { offset: number; token: number } {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = token; k > sentence.first; k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (CLAUSE_MARKS.test(gap)) return { offset: tokens[k].start, token: k };
  }
  return { offset: sentence.fStart, token: sentence.first };
}

/** Where a cue's content ends: its closing mark, its fixed end, or where the next attribution begins. */
function contentEnd(article: ArticleText, cue: Cue, later: Cue[], paraEnd: number, refStarts: Set<number>): number {
  const text = article.folded.text;
  if (cue.fixedEnd !== null) return cue.fixedEnd;
  const open = text[cue.contentStart];
  if (cue.direct && OPENING.has(open)) {
    const close = text.indexOf(CLOSING_OF[open], cue.contentStart + 1);
    if (close >= 0 && close <= paraEnd) return close + 1;
  }
  // One cue gives one entry over several sentences only for quoted words (a colon quote); reported speech ends with
  // its sentence ("قال إن X. جاءت …", "گفت که X. هر دو مقام …"), or with a quotation still open in it.
  let end = cue.runsOn && cue.direct ? paraEnd : cue.runsOn ? reportedEnd(article, cue, paraEnd) : cue.sentence.fEnd;
  const next = later.find((l) => l.start >= cue.contentStart);
  if (next) end = Math.min(end, cutPoint(article, next, cue.contentStart));
  if (cue.lang === "ar" && !cue.direct) end = Math.min(end, arabicClauseStop(article, cue.contentStart, end));
  // A following sentence that opens with a person is narrative again, not more of the quote.
  for (let k = cue.sentence.index + 1; k < article.sentences.length; k++) {
    const s = article.sentences[k];
    if (s.line !== cue.sentence.line || s.fStart >= end) break;
    if (refStarts.has(s.first)) return s.fStart;
  }
  return end;
}

/** The end of a reported clause: its sentence's end, or that of the sentence closing a quotation opened in it. */
function reportedEnd(article: ArticleText, cue: Cue, paraEnd: number): number {
  const text = article.folded.text;
  let end = cue.sentence.fEnd;
  for (let k = cue.contentStart; k < end; k++) {
    if (!OPENING.has(text[k])) continue;
    const close = text.indexOf(CLOSING_OF[text[k]], k + 1);
    if (close < 0 || close >= paraEnd) break;
    if (close >= end) end = article.sentences[article.sentenceOfToken[tokenIndexAt(article.tokens, close)]]?.fEnd ?? end;
    k = close;
  }
  return Math.min(end, paraEnd);
}

/** Words that open an Arabic clause with a subject of its own after a comma ("، ومن جانبه أشاد …", "، بدوره أكد …"). */
const OWN_SUBJECT_OPENERS = new Set(["جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها"].map(fold));

/**
 * Where Arabic reported speech stops before its sentence ends: at a comma before a speech participle, with or
 * without a content clause ("…مفيدة، مشيراً إلى الأزمة"), or before a clause with its own subject ("…، ومن جانبه").
 */
function arabicClauseStop(article: ArticleText, from: number, end: number): number {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = tokenIndexAt(tokens, from) + 1; k < tokens.length && tokens[k].end <= end; k++) {
    if (!/[،,]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) continue;
    const word = tokens[k].text.startsWith("و") ? tokens[k].text.slice(1) : tokens[k].text;
    const opener = OWN_SUBJECT_OPENERS.has(word) || (word === "من" && OWN_SUBJECT_OPENERS.has(tokens[k + 1]?.text ?? ""));
    if (opener || cues.participles.matchAt(tokens, text, k, { clitics: article.clitics })?.values.includes("ar")) return tokens[k - 1].end;
  }
  return end;
}

/** Where text before a later cue stops belonging to an earlier quote. */
function cutPoint(article: ArticleText, next: Cue, notBefore: number): number {
  const { tokens } = article;
  const text = article.folded.text;
  const containing = article.sentences[article.sentenceOfToken[next.first]];
  if (containing && containing.fStart > notBefore) return containing.fStart;
  for (let k = next.first; k > 0 && tokens[k].start > notBefore; k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (CLAUSE_MARKS.test(gap) && !/^[«“"]\s*$/.test(gap.trim())) return tokens[k - 1].end;
    if (COORDINATORS.has(tokens[k - 1].text) && k - 1 >= 0 && tokens[k - 1].start > notBefore) return tokens[k - 1].start;
    if (next.type === "verb" && !next.subjectAfter && k < next.first - 6) break;
  }
  return next.start;
}

/** Trims quotation marks, spaces and the final full stop; null when nothing is left. */
function trimContent(text: string, start: number, end: number, direct: boolean): { start: number; end: number } | null {
  let s = start;
  let e = Math.min(end, text.length);
  const strip = /[\s«»“”"„‹›.،,:;؛!?؟…\-–—]/;
  while (s < e && (text[s] === " " || (direct && OPENING.has(text[s])))) s++;
  while (e > s && strip.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && text[at] === " ") at++;
  return at;
}

function tokenCount(tokens: Token[], start: number, end: number): number {
  return tokenIndexAt(tokens, end) - tokenIndexAt(tokens, start);
}

/**
 * The speaker of a cue: a person named or titled as its subject, a pronoun or an implied subject
 * (the last speaker). Subjects that are outlets ("روزنامه الاهرام نوشت") give no speaker.
 */
function resolveSpeaker(article: ArticleText, cue: Cue, refs: PersonRef[], lastSpeaker: string | null, previousInLine: string | null, content: { start: number; end: number }, previousInSentence = false): string | null {
  const { tokens } = article;
  const outside = (r: PersonRef) => r.end <= content.start || r.start >= content.end;
  const regionStart = cue.sentence.fStart;
  if (cue.speaker) return cue.speaker;
  // "Putin and Obama said …": two people joined as the subject of an English verb are nobody in particular.
  if (cue.lang === "en" && cue.type === "verb" && coordinatedSubject(article, refs, cue.first)) return null;
  if (cue.type === "participle") {
    const subject = participleSubject(article, cue, refs, outside, previousInSentence ? previousInLine : null);
    if (subject !== undefined) return subject;
    return cue.lang === "en" && findPronoun(tokens, regionStart, cue.start) === null ? null : previousInLine ?? lastSpeaker;
  }
  if (cue.subjectAfter) {
    // "«…»، قال لافروف": with the quotation before the verb, the subject after it ends the sentence's clause.
    const limit = content.end <= cue.start ? cue.sentence.fEnd : content.start;
    const after = refs.find((r) => r.first >= cue.after && r.first <= cue.after + 1 && r.end <= limit) ?? titledSubject(article, cue, refs, limit);
    if (after) return after.key;
    // "وأوضحت الوزارة أن", "وأضاف البيان أن": an outlet or office stands where the Arabic subject goes.
    if (cue.lang === "ar" && tokens[cue.after] && (cues.agencies.has(tokens[cue.after].text) || cues.institutions.has(tokens[cue.after].text))) return null;
  }
  // "سخنگوی وزارت امور خارجه در ادامه افزود": the title set after a person named earlier stands for that person.
  const byTitle = cue.lang === "fa" && !cue.subjectAfter && !refs.some((r) => r.start >= regionStart && r.end <= cue.start) ? titleCoreference(article, refs, regionStart, cue.first) : null;
  if (byTitle) return byTitle;
  // "the minister said", "وأضافت المتحدثة": a bare role noun stands for the person last named.
  if (hasRoleSubject(article, cue)) return lastSpeaker;
  // "the foreign ministry said", "the White House said": an English subject's head stands right before its verb.
  // "Kaifu, the spokesperson for the Foreign Ministry, said": the person set off before the appositive speaks.
  const apposed = cue.lang === "en" ? subjectBeforeClause(article, refs, cue.first) : null;
  const apposedRef = apposed !== null ? refs.find((r) => r.first === apposed && outside(r)) : undefined;
  if (apposedRef) return apposedRef.key;
  if (cue.lang === "en" && tokens[cue.first - 1] && cues.agencies.has(tokens[cue.first - 1].text)) return null;
  // "“…,” bin Farhan told the FT": with the quote before its attribution, the name right before the verb speaks.
  const adjacent = content.end <= cue.start ? refs.find((r) => r.after === cue.first && outside(r)) : undefined;
  if (adjacent) return adjacent.key;
  // "در ارتباط با آزادی «X» …، گفت": a person inside an opening prepositional phrase is its object, not who speaks.
  const opening = cue.lang === "fa" && !cue.subjectAfter ? openingPhrase(article, regionStart, cue.first) : null;
  const inOpening = (first: number) => opening !== null && first >= opening.first && first < opening.after;
  // Before the verb, a person after a preposition ("با همتای روس خود") is an object, not who speaks.
  const region = refs.filter((r) => r.start >= regionStart && r.end <= cue.start && outside(r) && !inOpening(r.first) && (cue.subjectAfter || !afterPreposition(tokens, r.first)));
  // English subjects stand before the verb even when "that" follows it: "They added that …" is nobody in particular.
  // A quotation before its attribution is not where the subject stands ("“… between the two countries …,” Zarif said").
  const subjectFrom = content.end <= cue.start ? Math.max(regionStart, content.end) : regionStart;
  const pluralBefore = cue.lang === "en" ? pluralSubjectAt(article, subjectFrom, cue.start) : null;
  if (pluralBefore !== null && pluralBefore > (region.at(-1)?.start ?? -1)) return null;
  const pronoun = findPronoun(tokens, regionStart, cue.start);
  // "الرئيس الأسد خلال المحادثات مع الرئيس الإيراني إبراهيم رئيسي أكد أن": a person after a preposition is not the subject before the verb.
  const firstRef = cue.subjectAfter ? (region.filter((r) => !afterPreposition(tokens, chainStart(refs, r.first))).at(-1) ?? region.at(-1)) : region[0];
  // "کاخ سفید … اعلام کرد", "کرملین … گفت": an institution heads the subject, even with a person named later in the clause.
  if (cue.lang === "fa" && !cue.subjectAfter && institutionSubject(article, regionStart, cue, firstRef)) return null;
  // A plural subject (الوزيران، دو طرف, both sides) before any named one: nobody in particular speaks.
  const plural = cue.subjectAfter ? pluralSubjectAt(article, cue.end, content.start) : pluralSubjectAt(article, subjectFrom, cue.start);
  if (plural !== null && (cue.subjectAfter || plural < (firstRef?.start ?? Infinity))) return null;
  if (pronoun !== null && (!firstRef || pronoun < firstRef.start)) return lastSpeaker;
  if (firstRef) return firstRef.key;
  if (hasAgencySubject(article, regionStart, cue.start, inOpening, cue.lang === "fa")) return null;
  // An implied subject (وأضاف أن، افزود:) continues the last speaker; an unknown written subject does not.
  if (cue.subjectAfter && tokens[cue.after] && tokens[cue.after].start < content.start && !cues.functionWords.has(tokens[cue.after].text)) return null;
  return lastSpeaker;
}

/** Whether the English subject right before token i is two people joined by "and" ("Putin and US President Obama said"). */
function coordinatedSubject(article: ArticleText, refs: PersonRef[], i: number): boolean {
  const { tokens } = article;
  if (!refs.some((r) => r.after === i)) return false;
  const start = chainStart(refs, i);
  return start >= 2 && tokens[start - 1].text === "and" && refs.some((r) => r.after === start - 1);
}

/**
 * Who a participle (مؤكدا أن، مشددا على، adding that) continues: the speaker of a quote earlier in its sentence,
 * else the first person of its sentence not governed by a clitic preposition ("حيث استعرض الرئيس …، مشدداً على").
 */
function participleSubject(article: ArticleText, cue: Cue, refs: PersonRef[], outside: (r: PersonRef) => boolean, inSentence: string | null): string | null | undefined {
  const { tokens } = article;
  // The clause the participle hangs on opens at the last "حيث"/"where" before it, else with the sentence.
  let from = cue.sentence.fStart;
  let opened = false;
  for (let k = cue.sentence.first; k < cue.first; k++) if (CLAUSE_OPENERS.has(tokens[k].text)) { from = tokens[k].start; opened = true; }
  const subject = refs.find((r) => r.start >= from && r.end <= cue.start && outside(r) && r.start === tokens[r.first].start && !afterPreposition(tokens, r.first));
  // "…، ومن جانبها ثمنت رئيسة المجر …، داعية إلى": a clause opened after the earlier quote has its own subject.
  if (opened && subject) return subject.key;
  if (inSentence) return inSentence;
  // A clause of its own with no person in it ("حيث استعرض الرئيس" with the title unresolved) has a subject we cannot name.
  return subject?.key ?? (opened ? null : undefined);
}

/** Words opening a clause with its own subject inside a sentence ("…، حيث استعرض الرئيس …، مشدداً"). */
const CLAUSE_OPENERS = new Set(["حيث", "بينما", "جانبه", "جانبها", "بدوره", "بدورها", "where", "while"].map(fold));

/** Most title and honorific words before the name in an Arabic subject. */
const TITLE_CHAIN = 8;

/** The first person after a verb reached through title and honorific words only ("أكد نائب رئيس الوزراء ووزير الخارجية … أيمن الصفدي"). */
/** Words that may follow a title subject before its verb: "سخنگوی وزارت امور خارجه در ادامه افزود". */
const AFTER_TITLE = new Set(["در", "نیز", "همچنین", "هم", "روز", "ضمن", "با", "به", "که", "امروز", "دیروز", "طی", "پس", "بعد", "سپس"].map(fold));
const TITLE_MIN = 2;

/**
 * "ناصر کنعانی سخنگوی وزارت امور خارجه … سخنگوی وزارت امور خارجه در ادامه افزود": a subject that repeats in full
 * the title set after a person named earlier in the article is that person (the most recent one on a tie).
 */
function titleCoreference(article: ArticleText, refs: PersonRef[], regionStart: number, verbFirst: number): string | null {
  const { tokens } = article;
  const text = article.folded.text;
  const s = tokenIndexAt(tokens, regionStart);
  if (s >= verbFirst || !TITLE_WORDS.has(tokens[s].text)) return null;
  const endsAt = (k: number, limit: number) => k >= limit || AFTER_TITLE.has(tokens[k].text) || /[،,.:؛()]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  // The earlier title may also end right at its verb: "ناصر کنعانی سخنگوی دولت گفت".
  const earlierEndsAt = (k: number) => endsAt(k, tokens.length) || FINITE_ENDS.has(tokens[k].text) || cues.verbs.matchAt(tokens, text, k, { clitics: article.clitics }) !== null;
  let best: { key: string; len: number } | null = null;
  for (const r of refs) {
    if (r.end > regionStart || r.after >= tokens.length) continue;
    let len = 0;
    while (s + len < verbFirst && r.after + len < tokens.length && tokens[r.after + len].text === tokens[s + len].text && !AFTER_TITLE.has(tokens[s + len].text) && (len === 0 || !/[،,.:؛()«»]/.test(text.slice(tokens[r.after + len - 1].end, tokens[r.after + len].start)))) len++;
    if (len < TITLE_MIN || !endsAt(s + len, verbFirst) || !earlierEndsAt(r.after + len)) continue;
    if (/[،,.:؛()«»]/.test(text.slice(r.end, tokens[r.after].start))) continue;
    if (!best || len >= best.len) best = { key: r.key, len };
  }
  return best?.key ?? null;
}

function titledSubject(article: ArticleText, cue: Cue, refs: PersonRef[], contentStart: number): PersonRef | undefined {
  const { tokens } = article;
  const ref = refs.find((r) => r.first > cue.after && r.end <= contentStart);
  if (!ref || ref.first - cue.after > TITLE_CHAIN) return undefined;
  for (let k = cue.after; k < ref.first; k++) {
    const word = tokens[k].text;
    if (!TITLE_WORDS.has(word) && !(word.startsWith("و") && TITLE_WORDS.has(word.slice(1)))) return undefined;
  }
  return ref;
}

/**
 * The subject of the closest earlier sentence that names someone: who a first pronoun refers to. A person after a
 * preposition (با لاوروف) or only inside the words quoted (after a colon, within «») is not that subject.
 */
function previousSubject(article: ArticleText, sentence: Sentence, refs: PersonRef[]): string | null {
  const text = article.folded.text;
  for (let k = sentence.index - 1; k >= 0; k--) {
    const s = article.sentences[k];
    const quoted = quotationSpans(text, article.tokens, s.fStart, s.fEnd);
    const colon = text.slice(s.fStart, s.fEnd).indexOf(":");
    const contentFrom = colon < 0 ? s.fEnd : s.fStart + colon;
    const first = refs.find((r) => r.start >= s.fStart && r.end <= s.fEnd && r.start < contentFrom && !afterPreposition(article.tokens, r.first) && !quoted.some(([open, close]) => open < r.start && r.end <= close));
    if (first) return first.key;
  }
  return null;
}

/** Separators after a byline or dateline at the start of a sentence ("خبرگزاری X؛ نام نویسنده - کرملین …"). */
const LEAD_SEPARATOR = /[؛|–—]|\s-\s/;
/** Most words a byline or a lead-in ("به گزارش …،", "پایگاه X نوشت،") may take before the subject. */
const LEAD_WORDS = 10;

/**
 * Whether a Persian subject is an institution (کاخ سفید، کرملین، دولت، وزارت خارجه): its first word, after a lead-in
 * ("به گزارش X،") or byline, is an institution or outlet word and comes before any person named as the subject.
 */
function institutionSubject(article: ArticleText, regionStart: number, cue: Cue, firstRef: PersonRef | undefined): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  let s = tokenIndexAt(tokens, regionStart);
  const limit = Math.min(cue.first, s + LEAD_WORDS);
  for (let k = s + 1; k < limit; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    // A lead-in ending in a comma: "به گزارش X،", or an outlet's own attribution "روزنامه الاهرام نوشت،".
    const leadIn = /[،,]/.test(gap) && (/^به (گزارش|نقل)/.test(text.slice(tokens[s].start, tokens[k].start)) || cues.verbs.findIn(tokens, text, s, k, { clitics: article.clitics }).length > 0);
    if (LEAD_SEPARATOR.test(gap) || leadIn) s = k;
  }
  if (s < tokens.length && COORDINATORS.has(tokens[s].text)) s++;
  if (s >= cue.first || (firstRef && firstRef.first <= s)) return false;
  return cues.institutions.has(tokens[s].text) || cues.agencies.has(tokens[s].text);
}

/** Start of the first plural-subject phrase between two offsets, or null. */
function pluralSubjectAt(article: ArticleText, from: number, to: number): number | null {
  const { tokens } = article;
  const m = cues.pluralSubjects.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics }).find((p) => p.end <= to);
  return m ? m.start : null;
}

function findPronoun(tokens: Token[], from: number, to: number): number | null {
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) if (cues.pronouns.has(tokens[k].text) && !afterPreposition(tokens, k)) return tokens[k].start;
  return null;
}

/** Token index where the run of person references ending at token k's reference starts ("مع الرئيس الإيراني إبراهيم رئيسي"). */
function chainStart(refs: PersonRef[], k: number): number {
  for (let ref = refs.find((r) => r.after === k); ref; ref = refs.find((r) => r.after === k)) k = ref.first;
  return k;
}

/** Whether the word before token k is a preposition (از وی، با همتای خود): what follows is an object. */
function afterPreposition(tokens: Token[], k: number): boolean {
  return k > 0 && cues.prepositions.has(tokens[k - 1].text);
}

/**
 * Whether an outlet or document word (خبرگزاری، بیانیه) stands as the subject before the verb. Not one asked a
 * question in an opening phrase ("در پاسخ به سوال خبرنگار یک رسانه غربی") nor one inside a framing or participle
 * and its clause ("با بیان اینکه …،": Persian بیان is not Arabic بيان "statement").
 */
function hasAgencySubject(article: ArticleText, from: number, to: number, inOpening: (k: number) => boolean, persian: boolean): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) {
    const framed = persian ? (cues.framings.matchAt(tokens, text, k, options) ?? cues.participles.matchAt(tokens, text, k, options)) : null;
    if (framed) {
      // Skip the framing and its clause, up to the next comma before the verb.
      k = framed.after - 1;
      while (k + 1 < tokens.length && tokens[k + 1].end <= to && !/[،,]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) k++;
      continue;
    }
    if (cues.agencies.has(tokens[k].text) && !inOpening(k)) return true;
  }
  return false;
}

/** Persian phrases that open a sentence with its topic or occasion, not its subject ("در پاسخ به …", "در ارتباط با …", "درباره …"). */
const OPENING_PHRASES = ["در پاسخ به", "در واکنش به", "در ارتباط با", "در رابطه با", "در خصوص", "در مورد", "درباره", "در باره", "پیرامون", "راجع به"].map((p) => fold(p).split(" "));

/**
 * The opening prepositional phrase of a Persian clause, from its first word to the first comma (or the verb):
 * "در پاسخ به سوالی در ارتباط با آزادی «X» …، گفت". Null when the clause opens otherwise.
 */
function openingPhrase(article: ArticleText, regionStart: number, verb: number): { first: number; after: number } | null {
  const { tokens } = article;
  const text = article.folded.text;
  let first = tokenIndexAt(tokens, regionStart);
  if (tokens[first] && COORDINATORS.has(tokens[first].text)) first++;
  const opens = OPENING_PHRASES.some((words) => words.every((w, j) => tokens[first + j]?.text === w));
  if (!opens) return null;
  let after = first + 1;
  while (after < verb && !/[،,:]/.test(text.slice(tokens[after - 1].end, tokens[after].start))) after++;
  return { first, after };
}

/**
 * One entry per quote: the same words said twice (a repeated lead, a reprinted paragraph) count once. Meetings
 * still see every copy, so a meeting told inside the second copy stays inside its quote.
 */
export function dedupeQuotes(found: QuoteFinding[], text: string): QuoteFinding[] {
  const seen = new Set<string>();
  return found.filter((q) => {
    const key = `${q.speaker}|${text.slice(q.start, q.end).replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
