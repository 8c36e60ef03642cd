/**
 * Where a quote ends: its closing mark or fixed end; a colon quote at its paragraph's end (or the
 * next paragraph's, when the colon closes its own); reported speech with its sentence, before the
 * next attribution or a clause with a subject of its own. Also the quotation carried over into
 * following paragraphs and the one following its attributed sentence with no attribution of its own.
 */
import { isCapitalizedAt, type ArticleText, type Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import { skipSpaces, tokenIndexAt } from "../tokens.ts";
import type { Cue } from "./cue.ts";
import { lexicon } from "./cue-lexicon.ts";
import { CLAUSE_MARKS, CLOSING_OF, isShortQuote, OPENING, resumedQuotation } from "./marks.ts";

/** Where a cue's content ends: its closing mark, its fixed end, or where the next attribution begins. */
export function contentEnd(article: ArticleText, cue: Cue, later: Cue[], paraEnd: number, refStarts: Set<number>): number {
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
  if (cue.lang === "en" && !cue.direct) end = Math.min(end, englishClauseStop(article, cue.contentStart, end));
  // A following sentence that opens with a person is narrative again, not more of the quote; so is an Arabic one whose
  // first word, its verb, has a person right after it as subject ("قال X: … . وكان X قد وصل …").
  for (let k = cue.sentence.index + 1; k < article.sentences.length; k++) {
    const s = article.sentences[k];
    if (s.line !== cue.sentence.line || s.fStart >= end) break;
    if (refStarts.has(s.first) || (cue.lang === "ar" && s.first + 1 < s.after && refStarts.has(s.first + 1))) return s.fStart;
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

/**
 * Where Arabic reported speech stops before its sentence ends: at a comma before a speech participle, with or
 * without a content clause ("…مفيدة، مشيراً إلى الأزمة"), or before a clause with its own subject ("…، ومن جانبه").
 */
function arabicClauseStop(article: ArticleText, from: number, end: number): number {
  const { tokens } = article;
  const ar = lexicon("ar");
  const text = article.folded.text;
  for (let k = tokenIndexAt(tokens, from) + 1; k < tokens.length && tokens[k].end <= end; k++) {
    if (!/[،,]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) continue;
    const word = tokens[k].text.startsWith("و") ? tokens[k].text.slice(1) : tokens[k].text;
    const opener = ar.ownSubjectOpeners.has(word) || (ar.ownSubjectPrepositions.has(word) && ar.ownSubjectOpeners.has(tokens[k + 1]?.text ?? ""));
    if (opener || ar.participles.matchAt(tokens, text, k, { clitics: article.clitics })) return tokens[k - 1].end;
  }
  return end;
}

/**
 * Where English reported speech stops before its sentence ends: at "and"/"but" opening a second predicate of the
 * speaker's, a speech act of its own with or without a subject ("… and noted …", "… and she wished …",
 * "… and thanked him …"). Quoted words are passed over.
 */
function englishClauseStop(article: ArticleText, from: number, end: number): number {
  const { tokens } = article;
  const text = article.folded.text;
  const en = lexicon("en");
  const options = { clitics: false };
  let quotedUntil = -1;
  // "… said that X on arrival held a meeting with …": while the words so far are only a name, the clause has no predicate
  // yet, and a phrase of occasion after them is the subject's, inside the clause.
  const first = tokenIndexAt(tokens, from);
  let nameOnly = first < tokens.length && isCapitalizedAt(article, first);
  for (let k = first + 1; k + 1 < tokens.length && tokens[k + 1].end <= end; k++) {
    // An opening mark stands after a space; a straight mark written onto the word before closes a quotation.
    const open = text.slice(tokens[k - 1].end, tokens[k].start).search(/(?<=[\s(])[“"«]/);
    if (open >= 0) quotedUntil = text.indexOf(CLOSING_OF[text[tokens[k - 1].end + open]], tokens[k].start);
    if (tokens[k].start >= quotedUntil && !nameOnly && occasionAt(article, k)) return tokens[k - 1].end;
    nameOnly &&= isCapitalizedAt(article, k);
    if (tokens[k].start >= quotedUntil && trailingAttributionAt(article, k, end)) return tokens[k - 1].end;
    if (tokens[k].start < quotedUntil || !en.predicateCoordinators.has(tokens[k].text)) continue;
    if (en.subjectPronouns.has(tokens[k + 1].text)) return tokens[k - 1].end;
    let next = k + 1;
    while (next < tokens.length && en.adverbials.has(tokens[next].text)) next++;
    if (next >= tokens.length) break;
    if (en.verbs.matchAt(tokens, text, next, options) || en.blocked.matchAt(tokens, text, next, options)) return tokens[k - 1].end;
  }
  return end;
}

/** Most words of the subject of an attribution closing a sentence ("…, the foreign ministry said."). */
const TRAILING_SUBJECT_WORDS = 5;

/**
 * Whether token k, after a comma, opens an attribution that closes the sentence: a subject of a few words and a speech
 * verb, then nothing or a phrase of occasion ("…, the ministry said in a statement.", "…, State House said."), or
 * "according to …" ("…, according to the statement."). Reported words stop before it.
 */
function trailingAttributionAt(article: ArticleText, k: number, end: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  if (!/^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
  const en = lexicon("en");
  const options = { clitics: false };
  if (en.according.matchAt(tokens, text, k, options)) return !/[,;:]/.test(text.slice(tokens[k].start, end).replace(/[,;:]\s*$/, ""));
  for (let j = k + 1; j <= k + TRAILING_SUBJECT_WORDS && j < tokens.length && tokens[j].end <= end; j++) {
    if (/[^\s]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return false;
    const verb = en.verbs.matchAt(tokens, text, j, options);
    if (!verb) continue;
    const rest = verb.after < tokens.length ? tokens[verb.after] : undefined;
    return !rest || rest.start >= end || /[.!?]/.test(text.slice(verb.end, rest.start)) || en.occasions.has(rest.text);
  }
  return false;
}

/** Words a preposition of occasion may take before its noun ("during his first official meeting with"). */
const OCCASION_NOUN_WORDS = 4;

/** Whether an English phrase of occasion starts at token k: a preposition, then an occasion noun and "with" or "of" ("during a meeting with X"). */
function occasionAt(article: ArticleText, k: number): boolean {
  const { tokens } = article;
  const en = lexicon("en");
  if (!en.occasions.has(tokens[k].text)) return false;
  for (let j = k + 1; j + 1 < tokens.length && j <= k + OCCASION_NOUN_WORDS; j++) {
    if (/[.,;:!?"“”«»()]/.test(article.folded.text.slice(tokens[j - 1].end, tokens[j].start))) return false;
    if (en.occasionNouns.has(tokens[j].text)) return tokens[j + 1].text === "with" || tokens[j + 1].text === "of";
  }
  return false;
}

/** Where text before a later cue stops belonging to an earlier quote. */
function cutPoint(article: ArticleText, next: Cue, notBefore: number): number {
  const { tokens } = article;
  const text = article.folded.text;
  const containing = article.sentences[article.sentenceOfToken[next.first]];
  if (containing && containing.fStart > notBefore) return containing.fStart;
  // "X را Y دانست و Z را [many words] W عنوان کرد": a statement whose words stand before its verb begins at its object, so
  // the cut is looked for from there, not from the verb (a "و" inside the object is no boundary).
  const first = next.type === "nominal" && next.contentStart < next.start && next.contentStart > notBefore ? tokenIndexAt(tokens, next.contentStart) : next.first;
  for (let k = first; k > 0 && tokens[k].start > notBefore; k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (CLAUSE_MARKS.test(gap) && !/^[«“"]\s*$/.test(gap.trim())) return tokens[k - 1].end;
    if (COORDINATORS.has(tokens[k - 1].text) && k - 1 >= 0 && tokens[k - 1].start > notBefore) return tokens[k - 1].start;
    if (next.type === "verb" && !next.subjectAfter && k < next.first - 6) break;
  }
  return next.start;
}

/** Trims quotation marks, spaces and the final full stop; null when nothing is left. */
export function trimContent(text: string, start: number, end: number, direct: boolean): { start: number; end: number } | null {
  let s = start;
  let e = Math.min(end, text.length);
  const strip = /[\s«»“”"„‹›.،,:;؛!?؟…\-–—]/;
  // "indicated that, the government …": a comma after the complementizer is no part of the words.
  while (s < e && (text[s] === " " || text[s] === "," || text[s] === "،" || (direct && OPENING.has(text[s])))) s++;
  while (e > s && strip.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Whether only a colon (and spaces) stands between the content start and the paragraph's end: "… گفت:". */
export function colonEndsParagraph(text: string, contentStart: number, paraEnd: number): boolean {
  if (text.slice(contentStart, paraEnd).trim() !== "") return false;
  let k = Math.min(contentStart, paraEnd) - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  return text[k] === ":" || text[k] === "：";
}

/**
 * A quotation opened in paragraph `li` and not closed there goes on through the following paragraphs that open
 * with the same mark (news convention), up to its closing mark; the end offset, or null when none follows.
 */
export function carriedQuotation(text: string, lines: Sentence[][], li: number, open: string): number | null {
  const close = CLOSING_OF[open];
  const start = lines[li][0].fStart;
  const paraEnd = lines[li].at(-1)!.fEnd;
  const opened = text.lastIndexOf(open, paraEnd);
  if (opened < start || text.slice(opened + 1, paraEnd).includes(close)) return null;
  let end: number | null = null;
  for (let k = li + 1; k < lines.length; k++) {
    const from = skipSpaces(text, lines[k][0].fStart);
    const to = lines[k].at(-1)!.fEnd;
    // "وتابع: «العراق عانى كثيرا. ¶ ويجب أن نطوي الصفحة».": a paragraph break inside the quotation, not reopened.
    if (text[from] !== open) return k === li + 1 ? closedWithoutOpening(text, from, to, open, close) ?? end : end;
    const closeAt = text.indexOf(close, from + 1);
    if (closeAt >= 0 && closeAt <= to) return closeAt + 1;
    end = to;
  }
  return end;
}

/** The end of a quotation closed in a paragraph that never opens one before (for marks that are their own closing, an odd count), or null. */
function closedWithoutOpening(text: string, from: number, to: number, open: string, close: string): number | null {
  const closeAt = text.indexOf(close, from);
  if (closeAt < 0 || closeAt > to) return null;
  if (open !== close) return text.slice(from, closeAt).includes(open) ? null : closeAt + 1;
  return (text.slice(from, to).split(close).length - 1) % 2 === 1 ? closeAt + 1 : null;
}

/**
 * A quotation that follows the sentence attributing the one before it, with no attribution of its
 * own: "“…,” Kerry said. “…”" — the same speaker goes on.
 */
export function continuedQuotation(article: ArticleText, cue: Cue, later: Cue[], paraEnd: number): { start: number; end: number } | null {
  const { tokens } = article;
  const text = article.folded.text;
  // "“…,” Zarif said, “and lift all sanctions.”", "“…,” said Ambassador X in a statement, “…”": the quotation resumed
  // right after its attribution (its subject and a phrase of occasion aside) is a second stretch.
  const resumed = cue.contentStart < cue.start ? resumedQuotation(text, tokens, cue.sentence, cue.end) : -1;
  if (resumed >= 0 && later.some((l) => l.start >= cue.end && l.start < resumed)) return null;
  const at = resumed >= 0 ? resumed : skipSpaces(text, cue.sentence.fEnd);
  if (at >= paraEnd || !OPENING.has(text[at])) return null;
  const close = text.indexOf(CLOSING_OF[text[at]], at + 1);
  if (close < 0 || close > paraEnd || isShortQuote(text, tokens, at)) return null;
  const closing = article.sentences[article.sentenceOfToken[tokenIndexAt(tokens, close)]];
  const limit = Math.max(close, closing?.fEnd ?? close);
  if (later.some((l) => l.start > close && l.start < limit)) return null;
  return trimContent(text, at, close + 1, true);
}
