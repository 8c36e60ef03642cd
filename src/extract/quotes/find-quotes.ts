/**
 * Finds the quotes of an article paragraph by paragraph: collects the cues, works out each one's
 * content and speaker, and skips cues inside quoted words (the speaker's own "I said").
 */
import { isBodyToken, type ArticleText, type Sentence } from "../article-text.ts";
import { fold } from "../normalize.ts";
import type { PersonRef } from "../persons/index.ts";
import { skipSpaces, tokenIndexAt, type Token } from "../tokens.ts";
import type { Language } from "../types.ts";
import { carriedQuotation, colonEndsParagraph, contentEnd, continuedQuotation, trimContent } from "./content-end.ts";
import type { Cue, QuotePeople, SpeakerContext } from "./cue.ts";
import { chainStart, findPronoun, listener, roleSubjectBefore, surnameAt, titleChainStart, titlePhraseBefore } from "./cue-subject.ts";
import { openingSubject } from "./implied-subject.ts";
import { lexicon, TITLE_WORDS } from "./cue-lexicon.ts";
import { findCues } from "./find-cues.ts";
import { CLOSING_OF, isShortQuote, OPENING, quotationSpans } from "./marks.ts";
import { previousSubject, relativeSaying, resolveSpeaker, type SpeakerRule } from "./resolve-speaker.ts";

/**
 * How a quote's speaker was found: a rule of resolveSpeaker for a cue, or one of the quotes with no cue of their own (a
 * quotation that fills the next paragraph goes on with the speaker before it; a post's author line names its author).
 */
export type QuoteRule = SpeakerRule | "next-paragraph" | "post-author";

/** A quote before offsets are mapped back: folded range of the quoted words and the speaker key. */
export interface QuoteFinding {
  speaker: string;
  rule: QuoteRule;
  start: number;
  end: number;
  direct: boolean;
  /** Sentence of the attribution (for linking quotes to meetings). */
  sentence: number;
}

/** Finds every quote in the body of an article. */
export function findQuotes(article: ArticleText, people: QuotePeople, language: Language): QuoteFinding[] {
  const { tokens } = article;
  const text = article.folded.text;
  const found: QuoteFinding[] = [];
  let lastSpeaker: string | null = null;
  // Where the last quote given to a named speaker ends: a sentence after it opened by another person turns to them.
  let lastQuoteEnd = -1;
  // Whether the last attribution was to someone the text does not name: a pronoun after it is not the last named speaker.
  let unnamedLast = false;
  // The gender of the Arabic verb whose subject, an outlet or an office, made the last attribution unnamed ("وذكرت الوكالة").
  let outletGender: Gender | null = null;
  // A verb of the other gender cannot go on with that outlet ("وذكرت الوكالة أن … . وأضاف أن …": the last person named speaks).
  const goesOnUnnamed = (c: Cue) => unnamedLast && !(outletGender !== null && arabicVerbGender(article, c) !== null && arabicVerbGender(article, c) !== outletGender);
  const bodyRefs = people.refs.filter((r) => isBodyToken(article, r.first));
  const genders = language === "ar" ? titleGenders(article, bodyRefs) : new Map<string, Gender>();
  // A quote does not run on into a sentence that opens with a person or a title (another third-person subject).
  const refStarts = new Set([...bodyRefs.map((r) => r.first), ...people.titles.map((t) => t.first)]);
  const byLine = new Map<number, Sentence[]>();
  for (const s of article.sentences) byLine.set(s.line, [...(byLine.get(s.line) ?? []), s]);
  const lines = [...byLine.values()];
  // Quoted words carried over into later paragraphs; cues before this offset are the speaker's own words.
  let consumedUntil = -1;
  // The speaker of a direct quote ending the paragraph before, if one did.
  let lastDirect: DirectEnd | null = null;
  for (let li = 0; li < lines.length; li++) {
    const sentences = lines[li];
    const paraEnd = sentences.at(-1)!.fEnd;
    const quotations = quotationSpans(text, tokens, sentences[0].fStart, paraEnd);
    const cues = findCues(article, sentences, language, bodyRefs, people.titles).filter((c) => c.start >= consumedUntil);
    const inQuotation = (c: Cue, [open, close]: [number, number]) => open < c.start && c.end <= close;
    const before = found.length;
    // A paragraph that is one quotation, with no attribution, right after a paragraph ending in a direct quote: the same
    // speaker goes on ("“…,” said X at a briefing. ¶ “We will …”").
    const previous = lastDirect as DirectEnd | null;
    const alone = previous && cues.length === 0 && previous.paragraph === li - 1 && sentences[0].fStart >= consumedUntil ? wholeQuotation(text, tokens, sentences[0].fStart, paraEnd) : null;
    // When nothing followed that quote in its paragraph, the quotation reopened goes on with it (one entry, R-one-cue).
    if (alone && previous?.closesParagraph) found[previous.index] = { ...found[previous.index], end: alone.end };
    else if (alone && previous) found.push({ speaker: previous.speaker, rule: "next-paragraph", start: alone.start, end: alone.end, direct: true, sentence: sentences[0].index });
    // "Had a good meeting today with … ¶ — Enrique A. Manalo (@SecManalo) March 6, 2023": an embedded post and its author line.
    const post = li > 0 ? embeddedPost(article, lines[li - 1], sentences, bodyRefs) : null;
    if (post && !found.some((f) => f.start < post.end && f.end > post.start)) found.push({ ...post, rule: "post-author", direct: true, sentence: lines[li - 1][0].index });
    // A speech verb inside a quotation is the speaker's own words ("I have said that …"), not an attribution.
    readCues(cues.filter((c) => !quotations.some((q) => inQuotation(c, q))), paraEnd);
    // A quotation given to no one ("the readout: “Kerry reiterated that …”", "“Lavrov stated that …,” the ministry
    // said") reports named people's words: the cues inside it with a person as subject count, up to its closing mark.
    for (const q of quotations) {
      if (found.some((f) => f.start < q[1] && f.end > q[0])) continue;
      const inner = cues.filter((c) => inQuotation(c, q) && bodyRefs.some((r) => r.start >= c.sentence.fStart && (r.end <= c.start || (c.lang === "ar" && r.first === c.after))));
      if (inner.length > 0) readCues(inner, q[1]);
    }
    const last = found.length > before ? found[found.length - 1] : null;
    lastDirect = last?.direct ? { speaker: last.speaker, paragraph: li, index: found.length - 1, closesParagraph: /^[\s«»“”"'.,!?؟]*$/.test(text.slice(last.end, paraEnd)) } : alone && previous ? { ...previous, paragraph: li } : null;

    /** Reads the quotes of a paragraph's cues, their content ending by `limit` at the latest. */
    function readCues(lineCues: Cue[], limit: number): void {
      let quotedUntil = -1;
      // A nominal statement inside a reported clause is reported with it ("X said that Y called the report balanced"): one entry, the outer speaker's.
      let reportedUntil = -1;
      let reportedCue: Cue | null = null;
      let previousSpeaker: string | null = null;
      let previousSentence = -1;
      let sentenceCue: { sentence: number; speaker: string | null } | null = null;
      const enclosed = enclosedByTrailing(article, bodyRefs, lineCues);
      for (let c = 0; c < lineCues.length; c++) {
        const cue = lineCues[c];
        if (enclosed.has(cue)) continue;
        const insideAccording = reportedCue?.according === true && cue.sentence.index === reportedCue.sentence.index && cue.start >= reportedCue.contentStart;
        if (cue.start < quotedUntil || ((cue.type === "nominal" || insideAccording || nounSubject(article, bodyRefs, cue) || relativeSaying(article, cue) || (reportedCue !== null && (opensReportedClause(article, bodyRefs, reportedCue, cue) || reportedSubjectAgain(article, bodyRefs, reportedCue, cue)))) && cue.start < reportedUntil)) continue;
        // "Kovind said that the pandemic posed a challenge, and the crisis called for cooperation": a nominal statement, or
        // an English verb whose subject is a thing, inside a reported clause is part of it.
        // Not after a Persian framing's clause closed by a comma ("با بیان اینکه X، خواستار Y شد"): that statement is the main clause's.
        const nested = (l: Cue) => (cue.according === true && l.sentence.index === cue.sentence.index && l.start >= cue.contentStart) || (l.type === "nominal" || nounSubject(article, bodyRefs, l) || relativeSaying(article, l) || opensReportedClause(article, bodyRefs, cue, l) || reportedSubjectAgain(article, bodyRefs, cue, l)) && cue.type !== "nominal" && l.sentence.index === cue.sentence.index && l.start >= cue.contentStart && !framingClosedBefore(text, cue, l);
        let end = Math.min(limit, contentEnd(article, cue, lineCues.slice(c + 1).filter((l) => !nested(l)), paraEnd, refStarts));
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
        const context = (c: Cue): SpeakerContext => ({
          people: { ...people, refs: bodyRefs },
          lastSpeaker: goesOnUnnamed(c) ? null : ((lastSpeaker && !goesOnWithLastSpeaker(article, c) ? subjectSince(article, bodyRefs, c.sentence, lastQuoteEnd, language) : null) ?? lastSpeaker ?? previousSubject(article, language, c.sentence, bodyRefs)),
          previousInLine: previousSpeaker,
          previousInSentence: previousSentence === c.sentence.index,
          sentenceCue: sentenceCue?.sentence === c.sentence.index ? sentenceCue : null,
        });
        const laterContext = later ? context(later) : null;
        const cueContext = context(cue);
        const laterChoice = later ? resolveSpeaker(article, later, { start: later.contentStart, end: later.sentence.fEnd }, laterContext!) : null;
        const choice = laterChoice && laterChoice.speaker !== null ? laterChoice : resolveSpeaker(article, cue, span, cueContext);
        const { rule } = choice;
        const speaker = agreeingSpeaker(article, bodyRefs, cue, choice.speaker, rule, genders);
        if (speaker) unnamedLast = false;
        else if (cue.lang === "ar" && OUTLET_RULES.has(rule)) [unnamedLast, outletGender] = [true, arabicVerbGender(article, cue)];
        else if (laterContext?.unnamed || cueContext.unnamed) [unnamedLast, outletGender] = [true, null];
        sentenceCue = { sentence: cue.sentence.index, speaker };
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
        // Words reported for no named speaker ("وأفاد بيان أن الرئيس أعرب …") leave the named people in them their own cues.
        if (cue.type !== "nominal" && span.end > cue.contentStart) { reportedUntil = span.end; reportedCue = speaker ? cue : null; }
      if (!speaker) continue;
        found.push({ speaker, rule, start: span.start, end: span.end, direct: cue.direct, sentence: cue.sentence.index });
        lastSpeaker = speaker;
        lastQuoteEnd = Math.max(lastQuoteEnd, span.end);
        previousSpeaker = speaker;
        previousSentence = cue.sentence.index;
        const more = cue.direct && cue.fixedEnd !== null ? continuedQuotation(article, cue, lineCues.slice(c + 1), paraEnd) : null;
        if (more) {
          found.push({ speaker, rule, start: more.start, end: more.end, direct: true, sentence: cue.sentence.index });
          quotedUntil = more.end;
        }
      }
    }
  }
  return found;
}

/**
 * "وقالت السفارة في بيان إن … . وأوضحت أن …": an Arabic verb whose subject is left unwritten goes on with the subject before
 * it, an outlet or an office as much as a person; after one of those it is no named speaker's.
 */
const OUTLET_RULES = new Set<QuoteRule>(["outlet-subject", "institution-subject"]);

type Gender = "f" | "m";

/** The prefix of a masculine Arabic present verb (يقول), folded as the text is. */
const PRESENT_MASCULINE = fold("ي");

/**
 * The gender of an Arabic speech verb, from its agreement with its subject: a past verb with the feminine ت whose bare form
 * is a verb too (أضافت: أضاف), a present one with ت for ي (تقول: يقول); null for any other cue or word.
 */
function arabicVerbGender(article: ArticleText, cue: Cue): Gender | null {
  if (cue.lang !== "ar" || cue.type !== "verb") return null;
  const verbs = lexicon("ar").verbWords;
  const asVerb = (word: string) => verbs.has(word) ? word : /^[وف]/.test(word) && verbs.has(word.slice(1)) ? word.slice(1) : null;
  // The verb ends a one-word cue and opens a phrase ("رحبت ب", "أعربت عن").
  const bare = asVerb(article.tokens[cue.after - 1].text) ?? asVerb(article.tokens[cue.first].text);
  if (bare === null) return null;
  if (bare.endsWith("ت") && verbs.has(bare.slice(0, -1))) return "f";
  if (bare.startsWith("ت") && verbs.has(PRESENT_MASCULINE + bare.slice(1))) return "f";
  if (verbs.has(bare + "ت") || (bare.startsWith(PRESENT_MASCULINE) && verbs.has("ت" + bare.slice(1)))) return "m";
  return null;
}

/** Rules that give a cue a speaker its clause does not write: the one told before goes on. */
const GOES_ON_RULES = new Set<QuoteRule>(["last-speaker", "goes-on-in-sentence", "after-opener", "pronoun", "participle-goes-on", "statement-maker"]);

/**
 * The gender of each person written with an Arabic title that shows it (feminineTitles: السفيرة is a woman, السفير a
 * man), taken from the words of their references; a person with both is left out.
 */
function titleGenders(article: ArticleText, refs: PersonRef[]): Map<string, Gender> {
  const feminine = lexicon("ar").feminineTitles;
  const found = new Map<string, Set<Gender>>();
  for (const r of refs) {
    for (let k = r.first; k < r.after; k++) {
      const word = article.tokens[k].text.replace(/^و(?=ال)/, "");
      const gender: Gender | null = feminine.has(word) ? "f" : [...feminine].some((f) => f.slice(0, -1) === word) ? "m" : null;
      if (gender) found.set(r.key, (found.get(r.key) ?? new Set<Gender>()).add(gender));
    }
  }
  return new Map([...found].filter(([, g]) => g.size === 1).map(([key, g]) => [key, [...g][0]]));
}

/** Whether an Arabic cue opens with the feminine past of a governed verb (رحبت ب: رحب), both forms listed in one rule. */
function governedFeminine(article: ArticleText, cue: Cue): boolean {
  if (cue.lang !== "ar") return false;
  const word = article.tokens[cue.first].text.replace(/^[وف](?=...)/, "");
  return word.endsWith("ت") && lexicon("ar").governed.some((rule) => rule.verbs.has(word) && rule.verbs.has(word.slice(0, -1)));
}

/**
 * "استقبل الوزير X السفيرة Y … . ورحبت ب…": a feminine Arabic verb with no subject written does not go on with a man
 * (by his title); it is the last woman named before it, or nobody named when there is none. Any other choice stands.
 */
function agreeingSpeaker(article: ArticleText, refs: PersonRef[], cue: Cue, speaker: string | null, rule: QuoteRule, genders: Map<string, Gender>): string | null {
  if (speaker === null || !GOES_ON_RULES.has(rule) || genders.get(speaker) === "f" || !(arabicVerbGender(article, cue) === "f" || governedFeminine(article, cue))) return speaker;
  const woman = refs.filter((r) => r.end <= cue.start && genders.get(r.key) === "f").at(-1);
  return woman?.key ?? (genders.get(speaker) === "m" ? null : speaker);
}

/**
 * "وقال بوريطة إن … . من جهته، جدد السيد تانغارا دعم بلاده … . وقال إن …": the person opening, as its subject, the latest
 * sentence between the last quote and a cue's sentence, when that sentence gave no quote (a ritual, a position in a
 * noun phrase): a verb with no subject of its own goes on with that person, not with the last speaker. Null when no
 * sentence there opens with a person.
 */
function subjectSince(article: ArticleText, refs: PersonRef[], sentence: Sentence, since: number, language: Language): string | null {
  for (let k = sentence.index - 1; k >= 0 && article.sentences[k].fStart >= since; k--) {
    const subject = openingSubject(article, refs, k, language);
    if (subject === null) continue;
    const first = refs.find((r) => r.key === subject && r.first >= article.sentences[k].first);
    return first && !listener(article, first) ? subject : null;
  }
  return null;
}

/** Whether a cue's verb goes on with the last speaker's words whoever opened the sentences since ("he added", "وی افزود", "وأضاف"). */
function goesOnWithLastSpeaker(article: ArticleText, cue: Cue): boolean {
  const words = article.folded.text.slice(cue.start, cue.end).replace(/^(?:also|further|later|then) /, "");
  const verbs = lexicon(cue.lang).continuationVerbs;
  return verbs.has(words) || (cue.lang === "ar" && /^[وف]/.test(words) && verbs.has(words.slice(1)));
}

/** A direct quote that ended a paragraph: whose it was, where it is among the quotes found, and whether nothing followed it. */
interface DirectEnd {
  speaker: string;
  paragraph: number;
  index: number;
  closesParagraph: boolean;
}

/** The quoted words of a paragraph that is one quotation (opening at its start, closing at its end), or null. */
function wholeQuotation(text: string, tokens: Token[], from: number, to: number): { start: number; end: number } | null {
  const open = skipSpaces(text, from);
  if (!OPENING.has(text[open] ?? "") || isShortQuote(text, tokens, open)) return null;
  const close = text.indexOf(CLOSING_OF[text[open]], open + 1);
  if (close < 0 || close > to || text.slice(close + 1, to).replace(/[\s.,!?؟]/g, "") !== "") return null;
  return trimContent(text, open, close + 1, true);
}

/**
 * Whether an English verb's subject is a common noun right before it ("the crisis called for"): a lower-case word that is
 * no person, pronoun, title, role noun, coordinator or adverb, with no mark between.
 */
/**
 * "وأضاف أن الوزيرة الإندونيسية أكدت …", "وقال إن بلاده ترحب بالمبادرة": an Arabic speech verb whose subject, a
 * person named or a thing, opens the clause another cue reports (right after its أن) is part of those reported words, one entry for the
 * outer speaker (conventions: one cue, one entry). Arabic main clauses put the subject after the verb, so a subject
 * before it is the clause's.
 */
function opensReportedClause(article: ArticleText, refs: PersonRef[], outer: Cue, cue: Cue): boolean {
  if (cue.type !== "verb" || outer.type !== "verb" || cue.sentence.index !== outer.sentence.index || cue.start <= outer.contentStart) return false;
  if (cue.lang === "en") return englishReportedSubject(article, refs, outer, cue);
  if (cue.lang === "fa") return persianReportedSubject(article, refs, outer, cue);
  if (cue.lang !== "ar") return false;
  const { tokens } = article;
  const subject = refs.find((r) => r.after === cue.first && /^[\s،,]*$/.test(article.folded.text.slice(r.end, cue.start)));
  if (subject) return subject.start >= outer.contentStart && tokenCount(tokens, outer.contentStart, subject.start) <= REPORTED_OPENERS;
  // A subject that is a thing ("بلاده", "الحكومة"), not a title or role noun standing for someone ("إن الوزير أكد").
  const before = tokenCount(tokens, outer.contentStart, cue.start);
  const thing = !TITLE_WORDS.has(tokens[cue.first - 1].text) && roleSubjectBefore(article, "ar", cue.first) === null;
  return thing && before >= 1 && before <= REPORTED_OPENERS + 1 && /^\s+$/.test(article.folded.text.slice(tokens[cue.first - 1].end, cue.start));
}

/**
 * A Persian speech verb inside another's words in one sentence reports a third person's words in the outer speaker's
 * (R-nested: one entry, the outer speaker's): anywhere in a colon quote ("گفت: آقای بری در این دیدار گفت که …",
 * "اظهار داشت: … و وزیر به ما گفت «…»"), and in a reported clause whose own subject, a person or a title, opens it
 * ("نوشت که آقای متقی در این نشست گفته است «…»"). The verb comes last in Persian, so the subject need not touch it.
 */
function persianReportedSubject(article: ArticleText, refs: PersonRef[], outer: Cue, cue: Cue): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  if (outer.direct && outer.fixedEnd === null && !OPENING.has(text[skipSpaces(text, outer.contentStart)])) return true;
  const first = tokenIndexAt(tokens, skipSpaces(text, outer.contentStart));
  if (first >= cue.first) return false;
  return refs.some((r) => r.start >= outer.contentStart && r.end <= cue.start && tokenCount(tokens, outer.contentStart, r.start) <= REPORTED_OPENERS) || TITLE_WORDS.has(tokens[first].text);
}

/**
 * "وقال السفير إن الرئيس X أشار إلى …، كما عبر الرئيس X عن …": an Arabic verb later in a reported clause whose subject is
 * the person who opens that clause (right after its أن) reports that person's words too, inside the outer speaker's
 * (R-nested: one entry, the outer speaker's).
 */
function reportedSubjectAgain(article: ArticleText, refs: PersonRef[], outer: Cue, cue: Cue): boolean {
  if (cue.lang !== "ar" || cue.type !== "verb" || outer.type !== "verb" || cue.sentence.index !== outer.sentence.index || cue.start <= outer.contentStart) return false;
  const { tokens } = article;
  const opener = refs.find((r) => r.start >= outer.contentStart && r.end <= cue.start && tokenCount(tokens, outer.contentStart, r.start) <= REPORTED_OPENERS);
  const subject = refs.find((r) => r.first === cue.after && !listener(article, r));
  return opener !== undefined && subject !== undefined && subject.key === opener.key;
}

/**
 * "با بیان اینکه X، خواستار Y شد", "با تاکید بر اینکه X، Y را ضروری دانست": a Persian framing's clause closes at a comma, and a
 * statement after it is the main clause's, said by the subject of the sentence, not a part of the framed words.
 */
function framingClosedBefore(text: string, framing: Cue, later: Cue): boolean {
  if (framing.type !== "framing" || framing.lang !== "fa" || later.type === "framing") return false;
  const laterStart = later.contentStart < later.start ? later.contentStart : later.start;
  return laterStart > framing.contentStart && /[،,]/.test(text.slice(framing.contentStart, laterStart));
}

/** Most words between a reported clause's start and its own subject (أن، بأن). */
const REPORTED_OPENERS = 1;

/**
 * "Spokesperson X said (that) Ruto called for …", "… said the President urged …": an English speech verb whose subject, a
 * person named or a title or role noun standing for one, opens the clause another verb reports (R-nested: one entry, the
 * outer speaker's). The subject must start where the reported clause starts.
 */
function englishReportedSubject(article: ArticleText, refs: PersonRef[], outer: Cue, cue: Cue): boolean {
  if (outer.lang !== "en" || outer.contentStart < outer.end) return false;
  const { tokens } = article;
  const text = article.folded.text;
  const named = refs.find((r) => r.after === cue.first && !/[^\s]/.test(text.slice(r.end, cue.start)));
  const first = named ? titleChainStart(article, "en", chainStart(article, refs, named.first)) : roleSubjectBefore(article, "en", cue.first) ?? titlePhraseBefore(article, cue.first);
  if (first === null) return false;
  // "said the Kenyan President X urged": an article and a country word may open the clause before the title.
  const opening = tokenIndexAt(tokens, outer.contentStart);
  return first >= opening && first - opening <= REPORTED_SUBJECT_WORDS && !/[^\s]/.test(text.slice(tokens[opening].start, tokens[first].start).replace(/[\p{L}\p{N}'’\s-]/gu, ""));
}

/** Words an English reported clause may have before its subject's title ("said the Kenyan President …"). */
const REPORTED_SUBJECT_WORDS = 2;

function nounSubject(article: ArticleText, refs: PersonRef[], cue: Cue): boolean {
  const { tokens } = article;
  if (cue.lang !== "en" || cue.type !== "verb" || cue.first <= cue.sentence.first) return false;
  const k = cue.first - 1;
  const word = tokens[k].text;
  const lex = lexicon("en");
  if (/[^\s]/.test(article.folded.text.slice(tokens[k].end, tokens[cue.first].start)) || refs.some((r) => r.after === cue.first)) return false;
  if (!/^\p{Ll}/u.test(article.source[article.folded.origin[tokens[k].start]] ?? "")) return false;
  if (lex.pronouns.has(word) || lex.subjectPronouns.has(word) || lex.predicateCoordinators.has(word) || lex.adverbials.has(word) || lex.beforeVerb.has(word)) return false;
  return !TITLE_WORDS.has(word) && roleSubjectBefore(article, "en", cue.first) === null;
}

/**
 * "Blinken underscored the need for calm, spokesman Matthew Miller said.", "Ruto called for …, according to spokesperson
 * X.": an English cue inside the clause that a later attribution of a named person gives (R-nested: one entry, the outer
 * speaker's). An attribution to an office or an outlet ("…, the ministry said") leaves the named person's cue alone.
 */
function enclosedByTrailing(article: ArticleText, refs: PersonRef[], cues: Cue[]): Set<Cue> {
  const out = new Set<Cue>();
  for (const outer of cues) {
    if (outer.lang !== "en" || outer.direct || outer.contentStart >= outer.start) continue;
    // Named right before the verb, in full or by the surname alone ("…, Miller added.").
    const before = outer.first - 1;
    const adjacent = before > outer.sentence.first && article.tokens[before].start > outer.contentStart && !/[^\s]/.test(article.folded.text.slice(article.tokens[before].end, outer.start));
    const named = outer.speaker !== undefined || (outer.type === "verb" && (refs.some((r) => r.after === outer.first && r.start > outer.contentStart) || (adjacent && surnameAt(article, refs, before) !== null)));
    if (!named) continue;
    for (const inner of cues) if (inner !== outer && inner.sentence.index === outer.sentence.index && inner.start >= outer.contentStart && inner.end <= outer.start && !inner.direct) out.add(inner);
  }
  return out;
}

/** Words an author line may have before the author's name ("— Secretary Enrique A. Manalo (@SecManalo)"). */
const AUTHOR_WORDS = 3;

/**
 * A post embedded in an article (a tweet): a paragraph followed by its author line, which opens with a dash and names a
 * person with a handle ("— Enrique A. Manalo (@SecManalo) March 6, 2023"). The post's words, without a trailing picture
 * link, are the author's; null when the paragraph after is no author line.
 */
function embeddedPost(article: ArticleText, postLine: Sentence[], authorLine: Sentence[], refs: PersonRef[]): { speaker: string; start: number; end: number } | null {
  const text = article.folded.text;
  const from = skipSpaces(text, authorLine[0].fStart);
  const lineEnd = authorLine.at(-1)!.fEnd;
  if (!/[—–]/.test(text[from] ?? "") || !text.slice(from, lineEnd).includes("(@")) return null;
  const author = refs.find((r) => r.first >= authorLine[0].first && r.first < authorLine[0].first + AUTHOR_WORDS + 1 && r.start < lineEnd);
  if (!author) return null;
  const start = postLine[0].fStart;
  let end = postLine.at(-1)!.fEnd;
  const link = text.slice(start, end).search(/pic\.twitter\.com|https?:\/\//);
  if (link > 0) end = start + link;
  const span = trimContent(text, start, end, true);
  return span && tokenCount(article.tokens, span.start, span.end) >= 3 ? { speaker: author.key, ...span } : null;
}

/** Whether a person or pronoun stands before a cue in its sentence. */
function hasSubjectBefore(refs: PersonRef[], tokens: Token[], cue: Cue): boolean {
  if (refs.some((r) => r.first >= cue.sentence.first && r.first < cue.first)) return true;
  return findPronoun(tokens, cue.lang, cue.sentence.fStart, cue.start) !== null;
}

/** Number of tokens between two folded offsets, counting one the start falls inside ("بالجهود" after its ب). */
function tokenCount(tokens: Token[], start: number, end: number): number {
  const first = tokenIndexAt(tokens, start);
  return tokenIndexAt(tokens, end) - (first > 0 && tokens[first - 1].end > start ? first - 1 : first);
}
