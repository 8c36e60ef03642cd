/**
 * A cue's content read before it: a quotation or clause closed right before the attribution
 * ("“…,” Lavrov said", "…, Kerry said"), one reopened over paragraphs, a parenthetical
 * attribution, the paragraph a referring cue points back to, and a dateline that is no content.
 */
import { isCapitalizedAt, type ArticleText, type Sentence } from "../article-text.ts";
import type { PersonRef } from "../persons/index.ts";
import type { PhraseMatch } from "../phrase-matcher.ts";
import { skipSpaces, tokenIndexAt, type Token } from "../tokens.ts";
import { inWrittenDate } from "../dates.ts";
import type { Language } from "../types.ts";
import type { Cue } from "./cue.ts";
import { lexicon, TITLE_WORDS, verbWordAt } from "./cue-lexicon.ts";
import { invertedSubjectEnd, roleSubjectBefore, subjectBeforeClause, subjectChainEnd, surnameAt, TITLE_CHAIN, titlePhraseBefore } from "./cue-subject.ts";
import { CLOSING_OF, isShortQuote, OPENING, OPENING_OF, resumedQuotation } from "./marks.ts";

/** Words the listener of a "told" closing its sentence may have ("…, he told a group of journalists."). */
const CLOSING_LISTENER_WORDS = 5;

/** Words a phrase of occasion or medium may have after its preposition ("said in a video shared on Twitter, “…”"). */
export const OCCASION_WORDS = 6;

/**
 * Words a phrase of occasion may have when it closes the sentence of a clause said before its cue: nothing can follow it,
 * so it may be longer ("…, X said after his talks with officials of the regional development bank.").
 */
const CLOSING_OCCASION_WORDS = 10;

/**
 * A quotation closed right before its attribution: "“…,” Lavrov said", "“…” said Lavrov",
 * "«…»، وی گفت". The verb must end its clause (nothing but its subject after it).
 */
export function quoteBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, lang: Language, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens } = article;
  const text = article.folded.text;
  const after = subjectChainEnd(refs, m.after);
  const rest = tokens[after] ? text.slice(tokens[after - 1].end, tokens[after].start) : "";
  const runsOn = tokens[after] && article.sentenceOfToken[after] === sentence.index && !/[.,،;:]/.test(rest);
  // Attributions go on after the verb without content of their own: "“…,” Kerry said in remarks on Monday",
  // "«…»، قال لافروف للصحفيين".
  // "“…,” X said in a statement, “and …”": a quotation resumed after the attribution is the same quotation's, no content of its own.
  const resumes = lang === "en" && resumedQuotation(text, tokens, sentence, tokens[m.after - 1].end) >= 0;
  if (runsOn && (lang === "fa" || (!resumes && hasOwnContent(article, sentence, lang, after)))) return null;
  const named = refs.find((r) => r.after === m.first)?.first ?? roleSubjectBefore(article, lang, m.first) ?? (lang === "en" ? titlePhraseBefore(article, m.first) : null) ?? subjectBeforeClause(article, refs, m.first) ?? (lang === "en" && surnameAt(article, refs, m.first - 1) ? m.first - 1 : m.first);
  // "“…,” the Russian foreign minister Sergey Lavrov told state TV": the title and its words before the name are the subject too.
  const subjectStart = named < m.first ? apposedStart(article, sentence, refs, named, lang) : named;
  const pronounBefore = tokens[subjectStart - 1] && lexicon(lang).pronouns.has(tokens[subjectStart - 1].text) ? subjectStart - 1 : subjectStart;
  const gapFrom = tokens[pronounBefore - 1]?.end ?? 0;
  const gap = text.slice(gapFrom, tokens[pronounBefore].start);
  const closeAt = Math.max(gap.lastIndexOf("”"), gap.lastIndexOf('"'), gap.lastIndexOf("»"));
  if (closeAt < 0 || !/^[\s.,،!?؟…]*["”»][\s,،]*$/.test(gap)) return null;
  const close = gapFrom + closeAt;
  const { openChar, open } = openingOf(text, close);
  const lineStart = article.sentences.find((s) => s.line === sentence.line)?.fStart ?? sentence.fStart;
  // A stretch of a few words is a quote of its own when the quotation resumes after the attribution ("“This visit,” said X, “marks …”").
  if (open < 0 || open < lineStart || (isShortQuote(text, tokens, open) && !resumes)) return null;
  // "“…,” said Lavrov": no subject before the verb, so it comes after it.
  return { contentStart: reopenedStart(article, sentence, open, openChar), fixedEnd: close + 1, direct: true, subjectAfter: pronounBefore === m.first };
}

/** Most words a Persian attribution may have between the quotation it follows and its verb («…»، این را وزیر در جمع خبرنگاران گفت). */
const PERSIAN_ATTRIBUTION_WORDS = 12;

/**
 * «…»، این را X گفت, «…» X در پاسخ به سوالی گفت و افزود که …: a Persian verb ending its clause after a quotation that
 * opens its paragraph or sentence. The words between hold no mark but a comma right after the quotation (no colon, no
 * other quotation), so the quotation is the verb's content and the subject stands between.
 */
export function persianQuoteBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens } = article;
  const text = article.folded.text;
  const lineStart = article.sentences.find((s) => s.line === sentence.line)?.fStart ?? sentence.fStart;
  const between = /^[\s,،؛]*([^.:;؛!?؟«»“”"()]*)$/;
  const close = Math.max(text.lastIndexOf("»", m.start), text.lastIndexOf("”", m.start));
  if (close < lineStart || !between.test(text.slice(close + 1, m.start))) return null;
  const open = text.lastIndexOf(OPENING_OF[text[close]], close - 1);
  if (open < lineStart || (open !== skipSpaces(text, lineStart) && open !== skipSpaces(text, sentence.fStart))) return null;
  if (isShortQuote(text, tokens, open) || m.first - tokenIndexAt(tokens, close) > PERSIAN_ATTRIBUTION_WORDS) return null;
  return { contentStart: open, fixedEnd: close + 1, direct: true, subjectAfter: false };
}

/**
 * The mark that opens the quotation closed at `close`, and its offset (-1 when none). A straight closing mark may close a
 * curly opening one ("“We agreed on it," X said"): the later of the two openings is the quotation's.
 */
function openingOf(text: string, close: number): { openChar: string; open: number } {
  const openChar = OPENING_OF[text[close]];
  const open = text.lastIndexOf(openChar, close - 1);
  if (openChar !== '"') return { openChar, open };
  const curly = text.lastIndexOf("“", close - 1);
  return curly > open && !text.slice(curly, close).includes("”") ? { openChar: "“", open: curly } : { openChar, open };
}

/** Most paragraphs a quotation reopened at each paragraph may run back over. */
const REOPENED_PARAGRAPHS = 4;

/**
 * “A ¶ “B,” he said: a quotation opening its paragraph runs back over the paragraphs before that open with the same mark
 * and leave it open (news convention; one cue, one entry). The offset where it first opened.
 */
function reopenedStart(article: ArticleText, sentence: Sentence, open: number, openChar: string): number {
  const text = article.folded.text;
  const close = CLOSING_OF[openChar];
  const lineFirst = (k: number) => {
    while (k > 0 && article.sentences[k - 1].line === article.sentences[k].line) k--;
    return k;
  };
  let first = lineFirst(sentence.index);
  let start = open;
  for (let n = 0; n < REOPENED_PARAGRAPHS && first > 0 && skipSpaces(text, article.sentences[first].fStart) === start; n++) {
    const prevFirst = lineFirst(first - 1);
    const from = skipSpaces(text, article.sentences[prevFirst].fStart);
    if (text[from] !== openChar || text.slice(from + 1, article.sentences[first - 1].fEnd).includes(close)) break;
    start = from;
    first = prevFirst;
  }
  return start;
}

/** Most references one subject may be written as, set off from each other by commas ("X, the Czech foreign minister,"). */
const APPOSED_REFS = 2;

/**
 * Where a subject starts that is written twice, name and title set off by a comma ("“…,” Jan Lipavský, the Czech
 * foreign minister, told …", "“…,” the Czech foreign minister, Jan Lipavský, said"): the first of the references to
 * one person, with its title words.
 */
function apposedStart(article: ArticleText, sentence: Sentence, refs: PersonRef[], named: number, lang: Language): number {
  const text = article.folded.text;
  const key = refs.find((r) => r.first === named)?.key;
  let start = titleWordsBefore(article, sentence, named, lang);
  for (let n = 0; key && n < APPOSED_REFS; n++) {
    const before = refs.find((r) => r.key === key && r.after === start && r.first >= sentence.first && /^\s*,\s*$/.test(text.slice(r.end, article.tokens[start].start)));
    if (!before) break;
    start = titleWordsBefore(article, sentence, before.first, lang);
  }
  return start;
}

/** Where the title, honorific, country and article words written right before a subject start (no comma between). */
function titleWordsBefore(article: ArticleText, sentence: Sentence, start: number, lang: Language): number {
  const { tokens } = article;
  const lex = lexicon(lang);
  const titleWord = (k: number) => TITLE_WORDS.has(tokens[k].text) || lex.subjectHonorifics.has(tokens[k].text) || lex.definiteArticles.has(tokens[k].text) || (lang === "en" && isCapitalizedAt(article, k));
  let k = start;
  while (k > sentence.first && start - k < TITLE_CHAIN && titleWord(k - 1) && !/[,،.:;"”»“«]/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start))) k--;
  return k;
}

/** Whether a verb's clause has content of its own after token `from`: a complementizer, a colon or an opening quotation mark. */
function hasOwnContent(article: ArticleText, sentence: Sentence, lang: Language, from: number): boolean {
  const { tokens } = article;
  const lex = lexicon(lang);
  const text = article.folded.text;
  // "“…,” Lavrov said, adding that …": what follows a participle is the participle's own content.
  let until = sentence.after;
  for (let k = from; k < sentence.after; k++) if (lex.participles.matchAt(tokens, text, k, { clitics: article.clitics })) { until = k; break; }
  for (let k = from; k < until; k++) if (lex.complementizers.matchAt(tokens, text, k, { clitics: article.clitics })) return true;
  // From the end of the word before: "، مطالباً «…»" opens its quotation right after the cue.
  const rest = text.slice(from > 0 ? tokens[from - 1].end : sentence.fStart, until < sentence.after ? tokens[until].start : sentence.fEnd);
  return /:/.test(rest) || [...rest].some((ch) => OPENING.has(ch));
}

/**
 * English reported speech before its attribution: "Moscow backs the plan, Lavrov said on Friday."
 * The verb ends its sentence (bar time adverbials) and its subject is set off by a comma.
 */
export function clauseBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens } = article;
  const lex = lexicon("en");
  const text = article.folded.text;
  // "…, added Fasel.", "…, said the Russian minister.": the subject set after the verb, which opens the attribution.
  // Not a verb that needs a word after its object ("…, called on Governor X"): the person after it is visited, not a subject.
  const inverted = m.first > sentence.first && !lex.needsWord.has(m.phrase) && /,\s*["”]?\s*$/.test(text.slice(tokens[m.first - 1].end, tokens[m.first].start)) ? invertedSubjectEnd(article, refs, m.after) : null;
  // "…, he told reporters.", "…, Kaifu told the Financial Times.": a listener of a few words after the verb.
  const listener = lex.listenerVerbs.has(m.phrase) ? CLOSING_LISTENER_WORDS : 0;
  const from = inverted ?? m.after;
  for (let k = from; k < sentence.after; k++) {
    // "…, Lavrov said after talks with Kishida.", "…, Lavrov said in an interview.": a phrase of occasion may end the sentence.
    // "…, X said after meeting his Chilean counterpart, Y.": a name set off by a comma may close the phrase.
    if (lex.occasions.has(tokens[k].text) && sentence.after - k <= CLOSING_OCCASION_WORDS + 1 && !/[,،;:«»“”"]/.test(text.slice(tokens[k].start, apposedNameStart(article, sentence, refs)))) break;
    // "…, Ablakwa said on Feb 18 after talks with …": a written date is a time adverbial too.
    if (lex.adverbials.has(tokens[k].text) || inWrittenDate(tokens, text, k)) continue;
    // "…, the host said, adding that …": a participle after a comma has content of its own.
    if (markBefore(text, tokens, k) && verbWordAt(article, lex.participles, k)) break;
    // "Zarif told Kerry that …": a clause after the listener is the verb's content, told after it.
    if (k < from + listener && lex.complementizers.matchAt(tokens, text, k)) return null;
    if (k < from + listener && !lex.verbs.matchAt(tokens, text, k) && !markBefore(text, tokens, k)) continue;
    return null;
  }
  let start = m.first;
  for (let ref = refs.find((r) => r.after === start); ref; ref = refs.find((r) => r.after === start)) start = ref.first;
  if (start === m.first) start = roleSubjectBefore(article, "en", m.first) ?? titlePhraseBefore(article, m.first) ?? subjectBeforeClause(article, refs, m.first) ?? (surnameAt(article, refs, m.first - 1) ? m.first - 1 : m.first);
  // "…, he added.": a pronoun subject right before the verb stands for the last speaker.
  if (start === m.first && m.first > 0 && lex.pronouns.has(tokens[m.first - 1].text)) start = m.first - 1;
  if (inverted !== null) start = m.first;
  else if (start === m.first) return null;
  // "…, ministry spokesman Anurag Srivastava said", "…, Rt. Hon. Lavrov said": title words and honorifics before the named subject belong to it.
  const titleWord = (w: string) => TITLE_WORDS.has(w) || lex.subjectHonorifics.has(w);
  for (let k = 0; k < TITLE_CHAIN && start - 1 > sentence.first && titleWord(tokens[start - 1].text) && !/[,،]/.test(text.slice(tokens[start - 1].end, tokens[start].start)); k++) start--;
  start = possessorBefore(article, sentence, start);
  if (start - sentence.first < 3) return null;
  const gapFrom = tokens[start - 1].end;
  const comma = text.slice(gapFrom, tokens[start].start).search(/[,،]/);
  if (comma < 0) return null;
  // A dateline opening the sentence ("MOSCOW (UrduPoint News / Sputnik - 19th December, 2019)") is not reported speech.
  const contentStart = afterDateline(article, sentence.fStart, gapFrom);
  if (OPENING.has(text[contentStart] ?? "")) return null;
  return { contentStart, fixedEnd: gapFrom + comma, direct: false, subjectAfter: inverted !== null };
}

/** Where a person's name set off by a comma closes the sentence ("…, his counterpart, Y."), or the sentence's end. */
function apposedNameStart(article: ArticleText, sentence: Sentence, refs: PersonRef[]): number {
  const last = refs.filter((r) => r.after === sentence.after || (r.after < sentence.after && article.tokens[r.after].start >= sentence.fEnd)).at(-1);
  if (!last || last.kind !== "name" || !/^\s*,\s*$/.test(article.folded.text.slice(article.tokens[last.first - 1]?.end ?? 0, last.start))) return sentence.fEnd;
  return article.tokens[last.first - 1].end;
}

/**
 * "…, the ministry's spokesman X said": where the possessor written before a title starts ("the ministry's", "the
 * presidency's"), a word with 's and an article before it; the title's own start when there is none.
 */
function possessorBefore(article: ArticleText, sentence: Sentence, start: number): number {
  const { tokens } = article;
  const text = article.folded.text;
  const k = start - 1;
  if (k - 2 < sentence.first || tokens[k].text !== "s" || !/^['’]$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return start;
  if (/[^\s]/.test(text.slice(tokens[k].end, tokens[start].start))) return start;
  const owner = k - 1;
  return lexicon("en").definiteArticles.has(tokens[owner - 1].text) && /^\s+$/.test(text.slice(tokens[owner - 1].end, tokens[owner].start)) ? owner - 1 : start;
}

/** Whether a clause mark stands right before token k. */
function markBefore(text: string, tokens: Token[], k: number): boolean {
  return k > 0 && /[.,،;:!?؟«»“”"()]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
}

/**
 * Where an English attribution set between commas inside its clause starts (", Ms. X said, …", ", he added, …"), its
 * subject a person named or a pronoun; null when the cue is not set off so.
 */
export function parentheticalStart(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, refs: PersonRef[]): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  if (m.after >= sentence.after || !/^\s*,/.test(text.slice(tokens[m.after - 1].end, tokens[m.after].start))) return null;
  const lex = lexicon("en");
  const subject = refs.find((r) => r.after === m.first);
  // "Contacts resumed, he added, after a pause": a pronoun subject, the verb one that goes on with the last speaker's words.
  const pronoun = !subject && m.first - 1 > sentence.first && lex.pronouns.has(tokens[m.first - 1].text) ? m.first - 1 : null;
  if ((!subject || subject.first <= sentence.first) && pronoun === null) return null;
  let start = subject ? subject.first : pronoun!;
  const setOff = (k: number) => /,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  while (start - 1 > sentence.first && !setOff(start) && (TITLE_WORDS.has(tokens[start - 1].text) || lex.subjectHonorifics.has(tokens[start - 1].text))) start--;
  return setOff(start) ? start : null;
}

/** Words the clause before a parenthetical attribution must have to be reported speech of its own ("Contacts with X, he added, …"). */
const PARENTHETICAL_HEAD = 3;

/** Subject words among the clause markers: after an attribution set off by commas they open a clause of their own. */
const CLAUSE_OPENERS = new Set(["he", "she", "it", "they", "we", "i", "you", "there"]);

/**
 * Whether the English words at token k go on with a clause whose subject stands before an attribution set off by
 * commas ("Contacts with X, he added, were resumed"): an auxiliary or copula, not a new subject ("In Moscow, he
 * said, the talks …": the words before are an opening phrase, not said).
 */
export function continuesClause(article: ArticleText, k: number): boolean {
  const word = article.tokens[k]?.text ?? "";
  return lexicon("en").clauseMarkers.has(word) && !CLAUSE_OPENERS.has(word);
}

/**
 * "Contacts with the U.S., he added, were resumed": the words before an English attribution set between commas are
 * said too, a quote of their own up to the comma (the words after it are the cue's content). Null otherwise.
 */
export function parentheticalHead(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd"> | null {
  const { tokens } = article;
  const text = article.folded.text;
  const start = parentheticalStart(article, sentence, m, refs);
  if (start === null || start - sentence.first < PARENTHETICAL_HEAD || !continuesClause(article, m.after)) return null;
  const contentStart = skipSpaces(text, sentence.fStart);
  // A quotation before it ("“…,” he said, “…”") is the quotation's own; an opening phrase with a cue of its own is not said.
  if (OPENING.has(text[contentStart] ?? "") || /["“”«»]/.test(text.slice(sentence.fStart, tokens[start].start))) return null;
  const gapFrom = tokens[start - 1].end;
  return { contentStart, fixedEnd: gapFrom + text.slice(gapFrom, tokens[start].start).search(/,/) };
}

/** Paragraphs before an anaphoric attribution that its words may span ("… . … . Ms. X said this when …"). */
const ANAPHORA_PARAGRAPHS = 3;

/**
 * "Trade will double next year … ¶ Mr. X said this when he spoke to reporters …": "this" as the whole object of an
 * English verb points back to the paragraph before (and those before it that name nobody, up to the first of the
 * article's body): their words are the content.
 */
export function paragraphBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens, sentences } = article;
  const lex = lexicon("en");
  if (!lex.anaphoricObjects.matchAt(tokens, article.folded.text, m.after)) return null;
  // "said this when …", "said this at a briefing", "said this." — not "said this week", "said this agreement …".
  const next = tokens[m.after + 1];
  const gap = next ? article.folded.text.slice(tokens[m.after].end, next.start) : "";
  if (next && m.after + 1 < sentence.after && !/[,.;]/.test(gap) && !lex.occasions.has(next.text) && !lex.subordinators.has(next.text)) return null;
  let first = sentence.index;
  let paragraphs = 0;
  while (first > 0 && sentences[first - 1].line !== sentence.line && paragraphs < ANAPHORA_PARAGRAPHS) {
    const line = sentences[first - 1].line;
    let k = first - 1;
    while (k > 0 && sentences[k - 1].line === line) k--;
    const named = refs.some((r) => r.start >= sentences[k].fStart && r.end <= sentences[first - 1].fEnd);
    if (named && paragraphs > 0) break;
    first = k;
    paragraphs++;
    if (named) break;
  }
  if (paragraphs === 0 || sentences[sentence.index - 1].line === sentence.line) return null;
  return { contentStart: sentences[first].fStart, fixedEnd: sentences[sentence.index - 1].fEnd, direct: false, subjectAfter: false };
}

/**
 * Where the reported words start in the folded text between two offsets: past a dateline opening it (a wire dateline
 * with its outlet in parentheses, or a place in capitals before a dash or a colon), else at its first word.
 */
export function afterDateline(article: ArticleText, from: number, to: number): number {
  const dateline = DATELINE.exec(article.folded.text.slice(from, to)) ?? dashDateline(article, from, to);
  return skipSpaces(article.folded.text, from + (dateline ? dateline[0].length : 0));
}

/** A dateline of a place in capitals and a dash or colon at a sentence's start ("MOSCOW —", "NEW DELHI, May 3 –", "ASTANA. KAZINFORM –", "ISLAMABAD:"). */
const DASH_DATELINE = /^[^\s—–:]+(?: [^\s—–:]+){0,4}(?: [—–] |: )/;

/** The dash dateline opening the folded text between two offsets, when the source writes its first word in capitals. */
function dashDateline(article: ArticleText, from: number, to: number): RegExpExecArray | null {
  const m = DASH_DATELINE.exec(article.folded.text.slice(from, to));
  if (!m) return null;
  const word = article.source.slice(article.folded.origin[from], article.folded.origin[from + m[0].indexOf(" ")]);
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word) ? m : null;
}

/** A wire dateline at a sentence's start: a place, then the outlet and date in parentheses, maybe a dash. */
const DATELINE = /^[^()]{0,40}\([^()]{1,80}\)\s*[-–—]{0,2}\s*/;
