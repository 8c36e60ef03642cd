/**
 * Finding the cues of a paragraph: speech verbs, participles, framings and governed verbs matched
 * word by word (each with where its content starts), nominal statements, "according to X" and
 * English characterizations ("called the talks “…”"). Ritual and not-speech phrases block a cue.
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import type { PersonRef } from "../persons/index.ts";
import type { PhraseMatch } from "../phrase-matcher.ts";
import type { TitleMention } from "../titles.ts";
import { range, skipSpaces, tokenIndexAt, type Token } from "../tokens.ts";
import type { Language } from "../types.ts";
import { complementizerSoon } from "./content-after-cue.ts";
import { afterDateline, continuesClause, parentheticalHead } from "./content-before-cue.ts";
import type { Cue, CueType } from "./cue.ts";
import { lexicon, TITLE_WORDS, verbClitic, verbWordAt } from "./cue-lexicon.ts";
import { invertedSubjectEnd } from "./cue-subject.ts";
import { CLOSING_OF, OPENING, OPENING_OF } from "./marks.ts";
import { nominalCues } from "./nominal-cues.ts";
import { startContent } from "./start-content.ts";

/** "گفت و گوهایی", "گفت وگوهای": a cue word that is part of a compound noun ("talks") in any inflection, not a verb. */
function inNounCompound(tokens: Token[], after: number, language: Language): boolean {
  const next = tokens[after]?.text;
  if (!next) return false;
  return lexicon(language).nounCompounds.some((c) => next.startsWith(c.joined) || (next === c.first && (tokens[after + 1]?.text.startsWith(c.second) ?? false)));
}

/** Collects the cues of one paragraph, in text order, each with where its content starts. */
export function findCues(article: ArticleText, sentences: Sentence[], language: Language, refs: PersonRef[], titles: TitleMention[] = []): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: Cue[] = [];
  const lex = lexicon(language);
  for (const sentence of sentences) {
    const blocked = lex.blocked.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics });
    const isBlocked = (m: PhraseMatch<unknown>) => blocked.some((b) => b.first <= m.first && m.after <= b.after);
    for (let i = sentence.first; i < sentence.after; i++) {
      if (!lex.cueWords.matchAt(tokens, text, i, { clitics: article.clitics }) || insideName(refs, i)) continue;
      const verb = lex.verbs.matchAt(tokens, text, i, { clitics: article.clitics }) ?? bareParticipleAt(article, sentence, i) ?? clauseOnlyVerbAt(article, sentence, i);
      const participle = verb ? null : lex.participles.matchAt(tokens, text, i, { clitics: article.clitics });
      const framing = verb || participle ? null : lex.framings.matchAt(tokens, text, i, { clitics: article.clitics });
      const governed = verb || participle || framing ? null : lex.governedVerbs.matchAt(tokens, text, i, { clitics: article.clitics });
      const m = verb ?? participle ?? framing ?? governed;
      if (!m || m.after > sentence.after || isBlocked(m) || inNounCompound(tokens, m.after, language)) continue;
      // An Arabic verb takes only و or ف written onto it: "بحث" is not ب + حث, "كيري" not ك + يرى.
      if ((verb || governed) && !verbClitic(article, m)) continue;
      // "می خواست", "نمی گفت": a Persian past stem after the imperfective prefix is another tense (wanted, used to say).
      if (verb && m.first > 0 && lex.imperfective.has(tokens[m.first - 1].text)) continue;
      // "Zarif is said to have brought …", "Lavrov was told that …": a passive speech verb attributes nothing to its subject.
      if (verb && m.first > 0 && lex.passiveAuxiliaries.has(tokens[m.first - 1].text)) continue;
      const type: CueType = verb || governed ? "verb" : participle ? "participle" : "framing";
      const cueWords = type === "verb" ? withWordsBefore(article, sentence, m, lex.beforeVerb) : m;
      const cue = startContent(article, sentence, cueWords, type, language, refs);
      if (cue && (cue.direct || !lex.quoteOnlyVerbs.has(m.phrase))) out.push(cue);
      // "Contacts with X, he added, were resumed": the words before an attribution set off inside its clause are said too.
      const head = cue && type === "verb" && language === "en" && !cue.runsOn ? parentheticalHead(article, sentence, cueWords, refs) : null;
      if (cue && head) out.push({ ...cue, ...head, direct: false });
      i = m.after - 1;
    }
    out.push(...nominalCues(article, sentence, language, refs, titles));
    out.push(...sayingCues(article, sentence, language, refs));
    out.push(...accordingCues(article, sentence, language, refs));
    out.push(...afterQuoteCues(article, sentence, language));
    out.push(...characterizationCues(article, sentence, language));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "Ahmed Said met …": a cue word read as part of a person's name (a surname that is also a verb) is the name's, not a cue. */
function insideName(refs: PersonRef[], i: number): boolean {
  return refs.some((r) => r.kind === "name" && r.first <= i && i < r.after);
}

/**
 * "او گفته که …", "نوشته:": a Persian perfect written without its auxiliary, a cue only with a complementizer or a colon
 * right after it; otherwise the word is read as a noun ("به گفته وی") or a passive ("گفته شده").
 */
function bareParticipleAt(article: ArticleText, sentence: Sentence, i: number): PhraseMatch<true> | null {
  const { tokens } = article;
  const lex = lexicon("fa");
  const m = lex.bareParticiples.matchAt(tokens, article.folded.text, i);
  if (!m || m.after >= sentence.after) return null;
  const colon = /^\s*:/.test(article.folded.text.slice(m.end, tokens[m.after].start));
  return colon || lex.complementizers.matchAt(tokens, article.folded.text, m.after) ? m : null;
}

/** Most words of a verb's object between a named subject and "بالقول" ("واختتم X تصريحاته الصحفية بالقول"). */
const SAYING_OBJECT_WORDS = 2;

/**
 * "واختتم شكري تصريحاته بالقول إن …": a phrase "by saying" after any verb gives the words after it to the person named
 * right before it as the verb's subject (the object between aside). A speech verb there reads the words itself.
 */
function sayingCues(article: ArticleText, sentence: Sentence, language: Language, refs: PersonRef[]): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon(language);
  const out: Cue[] = [];
  for (const m of lex.sayingPhrases.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics })) {
    const subject = refs.find((r) => r.first >= sentence.first && r.after <= m.first && m.first - r.after <= SAYING_OBJECT_WORDS && !/[.,،;:!?؟«»“”"()]/.test(text.slice(r.end, m.start)));
    // "ورد فخامته بالقول إن …": an honorific pronoun as the verb's subject is read as after a speech verb ("وقال فخامته").
    const pronoun = !subject && language === "ar" ? honorificSubjectBefore(article, sentence, m.first) : -1;
    if (pronoun >= 0) {
      const cue = startContent(article, sentence, m, "participle", language, refs);
      if (cue) out.push({ ...cue, type: "verb", first: pronoun - 1, start: tokens[pronoun - 1].start, after: pronoun, subjectAfter: true });
      continue;
    }
    if (!subject || (subject.first > 0 && verbWordAt(article, lex.verbs, subject.first - 1))) continue;
    const cue = startContent(article, sentence, m, "participle", language, refs);
    if (cue) out.push({ ...cue, speaker: subject.key });
  }
  return out;
}

/** The token of an honorific pronoun standing as the subject of the verb right before it, within a few words before "بالقول"; -1 if none. */
function honorificSubjectBefore(article: ArticleText, sentence: Sentence, before: number): number {
  const lex = lexicon("ar");
  for (let k = before - 1; k > sentence.first && k >= before - 1 - SAYING_OBJECT_WORDS; k--) {
    if (/[.,،;:!?؟«»“”"()]/.test(article.folded.text.slice(article.tokens[k].end, article.tokens[k + 1].start))) return -1;
    if (lex.honorificPronouns.has(article.tokens[k].text)) return k;
  }
  return -1;
}

/**
 * "وبيّن الوزير أن …": a verb whose bare letters are also a common word (بين: between), a cue only opening its sentence or
 * a clause after a comma, with a complementizer soon after it. It stays out of the verb list, which other cues' content
 * stops at ("التعاون بين البلدين").
 */
function clauseOnlyVerbAt(article: ArticleText, sentence: Sentence, i: number): PhraseMatch<true> | null {
  if (!article.clitics) return null;
  const { tokens } = article;
  const m = lexicon("ar").clauseOnlyVerbs.matchAt(tokens, article.folded.text, i, { clitics: true });
  if (!m || m.after >= sentence.after) return null;
  if (m.first > sentence.first && !/[,،]/.test(article.folded.text.slice(tokens[m.first - 1].end, tokens[m.first].start))) return null;
  return complementizerSoon(article, sentence, "ar", m.after) ? m : null;
}

/** A verb match taken back over the auxiliaries and adverbs before it ("has said", "also stressed"), so its subject stands right before it. */
function withWordsBefore<T>(article: ArticleText, sentence: Sentence, m: PhraseMatch<T>, words: Set<string>): PhraseMatch<T> {
  const { tokens } = article;
  let first = m.first;
  while (first > sentence.first && words.has(tokens[first - 1].text) && !/[,،;:]/.test(article.folded.text.slice(tokens[first - 1].end, tokens[first].start))) first--;
  return first === m.first ? m : { ...m, first, start: tokens[first].start };
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
  for (const m of lexicon(language).according.findIn(tokens, text, sentence.first, sentence.after, clitics)) {
    // "According to the top diplomat, …": a bare role noun stands for the last speaker (no speaker of its own here).
    // "According to U.N. spokesman X, …", "According to the deputy minister, …": English title words before the name, or a
    // title phrase with no name (its holder speaks).
    const titled = language === "en" && !refs.some((r) => r.first === m.after) ? invertedSubjectEnd(article, refs, m.after) : null;
    const titledRef = titled !== null ? refs.find((r) => r.after === titled && r.first >= m.after) : undefined;
    // A phrase naming a body ("according to the Kenyan Ministry of Foreign Affairs") is no person's title.
    const body = titled !== null && range(m.after, titled).some((k) => lexicon(language).agencies.has(tokens[k].text));
    const phrase = titled !== null && !titledRef && !body ? { first: m.after, after: titled, end: tokens[titled - 1].end } : null;
    const role = language === "en" ? roleAfter(article, m.after) ?? phrase : null;
    const first = refs.find((r) => r.first === m.after) ?? titledRef;
    const named = first ? withApposedTitle(article, language, refs, first) : undefined;
    // "According to him, …", "به گفته وی، …": a pronoun stands for the last speaker.
    const pronoun = !named && !role && tokens[m.after] && lexicon(language).objectPronouns.has(tokens[m.after].text) ? { first: m.after, after: m.after + 1, end: tokens[m.after].end } : null;
    const ref = named ?? role ?? pronoun;
    if (!ref || ref.after > sentence.after) continue;
    const base = { type: "framing" as const, lang: language, start: m.start, end: ref.end, first: m.first, after: ref.after, sentence, direct: false, subjectAfter: false, speaker: named?.key, pronounSpeaker: pronoun !== null, roleSpeaker: !named && role ? { first: role.first, after: role.after } : undefined };
    let rest = ref.after;
    while (rest < sentence.after && lexicon(language).adverbials.has(tokens[rest].text)) rest++;
    if (rest >= sentence.after) {
      const comma = m.first > sentence.first ? text.slice(tokens[m.first - 1].end, tokens[m.first].start).search(/[,،]/) : -1;
      if (comma < 0 || m.first - sentence.first < 3) continue;
      out.push({ ...base, contentStart: afterDateline(article, sentence.fStart, tokens[m.first - 1].end), fixedEnd: tokens[m.first - 1].end + comma, runsOn: false });
      continue;
    }
    const comp = lexicon(language).complementizers.matchAt(tokens, text, ref.after, clitics);
    const gap = text.slice(ref.end, tokens[ref.after].start);
    // With its title beside it and no comma after, where the name's phrase ends and the content starts is not clear.
    if (!comp && !/[,،]/.test(gap) && (named !== first || !persianBareContent(tokens, language, ref.after))) continue;
    const at = comp ? skipSpaces(text, comp.end) : tokens[ref.after].start;
    out.push({ ...base, contentStart: at, fixedEnd: null, runsOn: false, according: true });
    // "The talks, according to Motegi, were useful": the words before the phrase set off inside the clause are said too.
    const head = language === "en" && !comp && m.first - sentence.first >= PARENTHETICAL_HEAD && continuesClause(article, ref.after) ? text.slice(tokens[m.first - 1].end, m.start).search(/[,،]/) : -1;
    if (head >= 0 && !/["“”«»]/.test(text.slice(sentence.fStart, m.start))) out.push({ ...base, contentStart: skipSpaces(text, sentence.fStart), fixedEnd: tokens[m.first - 1].end + head, runsOn: false });
  }
  return out;
}

/**
 * "به گفته ظریف وزیر خارجه، …", "According to Foreign Minister Zarif, …", "according to Zarif, the Iranian foreign
 * minister, …": a name and the title written beside it (set off by a comma and an article, or not), both references to
 * one person, are read as one.
 */
function withApposedTitle(article: ArticleText, language: Language, refs: PersonRef[], ref: PersonRef): PersonRef {
  const { tokens } = article;
  const text = article.folded.text;
  const articles = lexicon(language).appositionArticles;
  // Set off by an article, the title must close with a comma or the sentence ("according to X, the minister is expected …" is content).
  const closed = (r: PersonRef) => !tokens[r.after] || /[,،.!?؟]/.test(text.slice(r.end, tokens[r.after].start));
  const beside = (at: number) => refs.find((r) => r.key === ref.key && (r.first === at || (r.first === at + 1 && articles.has(tokens[at].text) && closed(r))));
  let last = ref;
  for (let next = beside(last.after); next && !/[.!?؟:;؛]/.test(text.slice(last.end, next.start)); next = beside(last.after)) last = next;
  return last === ref ? ref : { ...ref, after: last.after, end: last.end };
}

/**
 * "به گفته آقای بلخی دو طرف …": Persian often writes no comma after the name; the content starts right after it unless
 * a title follows the name (its apposition: "به گفته ظریف وزیر خارجه …").
 */
function persianBareContent(tokens: Token[], language: Language, at: number): boolean {
  return language === "fa" && tokens[at] !== undefined && !TITLE_WORDS.has(tokens[at].text);
}

/**
 * "«…» على حد تعبيره", "“…,” as he put it": a phrase right after a quotation that gives its words to the subject of the
 * sentence (R-quoted-words). The cue is a participle: its speaker is the sentence's.
 */
function afterQuoteCues(article: ArticleText, sentence: Sentence, language: Language): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: Cue[] = [];
  if (!/["”»]/.test(text.slice(sentence.fStart, sentence.fEnd))) return out;
  for (const m of lexicon(language).afterQuote.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics })) {
    if (m.first === 0) continue;
    const gap = text.slice(tokens[m.first - 1].end, m.start);
    const closeAt = gap.search(/["”»]/);
    if (closeAt < 0 || !/^[\s.,،]*["”»][\s.,،]*$/.test(gap)) continue;
    const close = tokens[m.first - 1].end + closeAt;
    const open = text.lastIndexOf(OPENING_OF[text[close]], close - 1);
    if (open < sentence.fStart) continue;
    out.push({ type: "participle", lang: language, start: m.start, end: m.end, first: m.first, after: m.after, sentence, contentStart: open, fixedEnd: close + 1, runsOn: false, direct: true, subjectAfter: false });
  }
  return out;
}

/** Words the clause before a phrase set off inside it must have to be said of its own ("The talks, according to X, …"). */
const PARENTHETICAL_HEAD = 3;

/** A bare role noun ("the top diplomat", "the spokesman") starting at token i, with an optional "the". */
function roleAfter(article: ArticleText, i: number): { first: number; after: number; end: number } | null {
  const { tokens } = article;
  const options = { clitics: article.clitics };
  const roles = lexicon("en").roleSubjects;
  const m = roles.matchAt(tokens, article.folded.text, i, options) ?? (tokens[i]?.text === "the" ? roles.matchAt(tokens, article.folded.text, i + 1, options) : null);
  return m ? { first: i, after: m.after, end: m.end } : null;
}

/** Words between a characterizing verb and the quotation naming its object ("called the talks with Iran “…”"). */
const CHARACTERIZATION_GAP = 6;

/**
 * "Zarif called the talks “constructive”", "describing the negotiations as “exploratory”": the object and the
 * quoted words naming it are the content, up to the closing mark. A quotation must open within a few words.
 */
function characterizationCues(article: ArticleText, sentence: Sentence, language: Language): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: Cue[] = [];
  if (language !== "en") return [];
  const lex = lexicon(language);
  for (const m of lex.characterizations.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics })) {
    // "so-called" is an adjective, not a statement.
    if (m.first > 0 && /-\s*$/.test(text.slice(tokens[m.first - 1].end, m.start))) continue;
    let open = -1;
    for (let k = m.after; k < sentence.after && k <= m.after + CHARACTERIZATION_GAP; k++) {
      const gap = text.slice(tokens[k - 1].end, tokens[k].start);
      const at = [...gap].findIndex((ch) => OPENING.has(ch));
      if (at >= 0) { open = tokens[k - 1].end + at; break; }
      if (/[.,،;:!?؟]/.test(gap) || lex.characterizationStops.has(tokens[k].text)) break;
    }
    if (open < 0) continue;
    const close = text.indexOf(CLOSING_OF[text[open]], open + 1);
    if (close < 0 || close > sentence.fEnd) continue;
    // "calling “very intensive” his talks with Kishida": with the quoted words first, they alone are the content (the object after them is narrative).
    const first = tokenIndexAt(tokens, open) === m.after;
    out.push({ type: m.values[0], lang: language, start: m.start, end: m.end, first: m.first, after: m.after, sentence, contentStart: first ? open : tokens[m.after].start, fixedEnd: close, runsOn: false, direct: false, subjectAfter: false });
  }
  return out;
}
