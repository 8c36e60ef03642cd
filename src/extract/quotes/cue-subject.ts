/**
 * Where the subject of a cue stands: person references chained before or after the verb, the titles
 * written before a person, a bare role noun ("the minister said"), a subject set off by a clause or
 * opening one, a pronoun, and whether a word is the object of a preposition (a listener: "لنظيره")
 * rather than a subject.
 */
import { isCapitalizedAt, type ArticleText } from "../article-text.ts";
import type { PersonRef } from "../persons/index.ts";
import { tokenIndexAt, type Token } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { Cue } from "./cue.ts";
import { APPOINTED_WORDS, lexicon, TITLE_WORDS } from "./cue-lexicon.ts";

/** Most words of a role noun of speech.json roleSubjects ("the head of state"). */
const ROLE_WORDS = 4;

/** Start of a bare role noun standing as the subject right before token i ("the minister said"), or null. */
export function roleSubjectBefore(article: ArticleText, lang: Language, i: number): number | null {
  // The longest phrase first: "the spokesman" rather than "spokesman".
  for (let k = Math.max(0, i - ROLE_WORDS); k < i; k++) {
    const m = lexicon(lang).roleSubjects.matchAt(article.tokens, article.folded.text, k, { clitics: article.clitics });
    if (m && m.after === i) return k;
  }
  return null;
}

/** Most words of an aside set off by commas between an English subject and its verb ("The envoy, for his part, said"). */
const ASIDE_WORDS = 6;

/**
 * Where an English subject ends that is set off from its verb (token i) by a short aside between commas opening with
 * a word of speech.json asideOpeners ("The envoy, for his part, said", "The minister, in his remarks, noted"): the
 * token the aside starts at (its opening comma right before it), or null. The aside names nobody.
 */
export function asideBefore(article: ArticleText, i: number): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  if (i < 2 || !/^\s*,\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) return null;
  for (let k = i - 1; k > 0 && i - k <= ASIDE_WORDS; k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/^\s*,\s*$/.test(gap)) return lexicon("en").asideOpeners.has(tokens[k].text) ? k : null;
    if (/[^\s]/.test(gap)) return null;
  }
  return null;
}

/** Most tokens of a relative or appositive clause between an English subject and its verb. */
const SUBJECT_CLAUSE = 12;

/**
 * Most tokens of a relative clause closed by a comma after a subject that opens its clause: "Tuggar, who spoke on
 * Tuesday in Abuja while receiving the Ambassador of Niger to Nigeria, X, said" (the names inside it are not the subject).
 */
const RELATIVE_CLAUSE = 32;

/**
 * Start of a subject set off from its verb (token i) by a clause: "Zarif, who arrived on Monday, said",
 * "Kaifu, the ministry's spokesperson, said". The clause has no quotation or sentence marks.
 */
export function subjectBeforeClause(article: ArticleText, refs: PersonRef[], i: number): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  if (i < 1) return null;
  const closed = /,\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
  for (const r of refs) {
    if (r.after >= i || !tokens[r.after]) continue;
    const relative = lexicon("en").relatives.has(tokens[r.after].text);
    const long = relative && closed && opensClause(article, refs, r);
    if (i - r.after > (long ? RELATIVE_CLAUSE : SUBJECT_CLAUSE)) continue;
    if (/[.!?؟«»“”"]/.test(text.slice(r.end, tokens[i].start))) continue;
    const opened = /^\s*,/.test(text.slice(r.end, tokens[r.after].start));
    const appositive = opened && /,\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
    // "Lavrov, the Russian foreign minister had welcomed …": an appositive title left unclosed.
    // Not when that title is another person's reference ("According to … his spokesperson, X, the Secretary-General stressed").
    const title = opened && TITLE_WORDS.has(tokens[i - 1].text) && !objectOfPreposition(article, r.first) && !refs.some((o) => o.after === i && o.first >= r.after && o.key !== r.key) && !/[,;:]/.test(text.slice(tokens[r.after].start, tokens[i].start)) && tokens.slice(r.after, i).every((t, k) => TITLE_WORDS.has(t.text) || lexicon("en").definiteArticles.has(t.text) || isCapitalizedAt(article, r.after + k));
    if (relative || appositive || title) return r.first;
  }
  return null;
}

/** Whether an English name (with the titles and capitalised words before it) is the object of a preposition ("In a meeting with the foreign minister Mr. X, …"). */
function objectOfPreposition(article: ArticleText, first: number): boolean {
  const { tokens } = article;
  let k = first;
  while (k > 0 && first - k < TITLE_CHAIN && (TITLE_WORDS.has(tokens[k - 1].text) || isCapitalizedAt(article, k - 1)) && !/[,;:]/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start))) k--;
  return k > 0 && lexicon("en").objectPrepositions.has(tokens[k - 1].text);
}

/** The references of an article by the token they start at and the token after them, built once per array. */
const refIndexes = new WeakMap<PersonRef[], { byFirst: Map<number, PersonRef>; byAfter: Map<number, PersonRef> }>();

function refIndex(refs: PersonRef[]): { byFirst: Map<number, PersonRef>; byAfter: Map<number, PersonRef> } {
  let index = refIndexes.get(refs);
  if (!index) {
    index = { byFirst: new Map(), byAfter: new Map() };
    // The first reference in text order wins, as a search from the start would find it.
    for (const r of refs) {
      if (!index.byFirst.has(r.first)) index.byFirst.set(r.first, r);
      if (!index.byAfter.has(r.after)) index.byAfter.set(r.after, r);
    }
    refIndexes.set(refs, index);
  }
  return index;
}

/** Token index just after the person references that follow token i directly (the verb's subject), or i. */
export function subjectChainEnd(refs: PersonRef[], i: number): number {
  const { byFirst } = refIndex(refs);
  let end = i;
  for (let ref = byFirst.get(end); ref && ref.after > end; ref = byFirst.get(end)) end = ref.after;
  return end;
}

/** Most title and honorific words before the name in an Arabic subject. */
export const TITLE_CHAIN = 8;

/** Folded offset of the first pronoun between two offsets that is not the object of a preposition, or null. */
export function findPronoun(tokens: Token[], lang: Language, from: number, to: number): number | null {
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) if (lexicon(lang).pronouns.has(tokens[k].text) && !afterPreposition(tokens, lang, k)) return tokens[k].start;
  return null;
}

/**
 * Token index where the run of person references ending at token k's reference starts ("مع الرئيس الإيراني إبراهيم رئيسي").
 * The run stays in k's sentence: a name closing one sentence is not written onto the title opening the next.
 */
export function chainStart(article: ArticleText, refs: PersonRef[], k: number): number {
  const { byAfter } = refIndex(refs);
  const sentence = article.sentenceOfToken[k];
  for (let ref = byAfter.get(k); ref && ref.first < k && article.sentenceOfToken[ref.first] === sentence; ref = byAfter.get(k)) k = ref.first;
  return k;
}

/** Whether the word before token k is a preposition (از وی، با همتای خود): what follows is an object. */
export function afterPreposition(tokens: Token[], lang: Language, k: number): boolean {
  return k > 0 && lexicon(lang).prepositions.has(tokens[k - 1].text);
}

/**
 * The person whose written name ends (or, in Latin script, begins) with the word at token k, when one alone does
 * ("Quispe told", "Li said", "وأكد حداد"): a surname standing where no reference was found. A Latin word must be
 * capitalised. Null for other words.
 */
export function surnameAt(article: ArticleText, refs: PersonRef[], k: number): string | null {
  const token = article.tokens[k];
  if (!token) return null;
  // A Latin name is capitalised; an Arabic one may have و/ف written onto it ("وحداد").
  const latin = /^\p{Script=Latin}/u.test(token.text);
  if (latin && !isCapitalizedAt(article, k)) return null;
  const words = latin || !article.clitics ? [token.text] : [token.text, ...(/^[وف]/.test(token.text) ? [token.text.slice(1)] : [])];
  // The family name may come last ("Alberto Quispe", "سمير حداد") or first ("Li Wei").
  const keys = new Set(refs.filter((r) => r.kind === "name" && r.after - r.first > 1 && words.some((w) => article.tokens[r.after - 1].text === w || (latin && article.tokens[r.first].text === w))).map((r) => r.key));
  return keys.size === 1 ? [...keys][0] : null;
}

/** Most words of an English title phrase standing as a subject with no name ("the top US diplomat"). */
const TITLE_PHRASE = 5;

/** Whether token k can head an English person's title: a title word that is no office or outlet (ministry, House), or a role noun. */
function titleHead(article: ArticleText, k: number): boolean {
  const word = article.tokens[k]?.text;
  if (!word) return false;
  const lex = lexicon("en");
  if (lex.agencies.has(word) || lex.definiteArticles.has(word)) return false;
  return TITLE_WORDS.has(word) || lex.roleSubjects.matchAt(article.tokens, article.folded.text, k)?.after === k + 1;
}

/** Whether a clause or quotation mark stands between tokens k and k + 1. */
function markAfter(article: ArticleText, k: number): boolean {
  const { tokens } = article;
  const gap = article.folded.text.slice(tokens[k].end, tokens[k + 1].start);
  // "U.N. spokesman", "the U.S. envoy": the stop of a one-letter abbreviation is no mark.
  if (/^\.\s*$/.test(gap) && /^\p{L}$/u.test(tokens[k].text) && isCapitalizedAt(article, k)) return false;
  return /[.,،;:!?؟«»“”"()]/.test(gap);
}

/**
 * Start of an English title phrase with no name ending right before token i: "the Russian foreign minister",
 * "the host" (“…,” the Russian minister said). It opens with "the" and ends in a title word or role noun; who holds
 * the title is the speaker's business (titleHolder in title-subject.ts). Null otherwise.
 */
export function titlePhraseBefore(article: ArticleText, i: number): number | null {
  if (i < 2 || !titleHead(article, i - 1)) return null;
  for (let k = i - 2; k >= 0 && i - k <= TITLE_PHRASE + 1; k--) {
    if (markAfter(article, k)) return null;
    if (lexicon("en").definiteArticles.has(article.tokens[k].text)) return k;
  }
  return null;
}

/**
 * Token after an English subject set after its verb ("…, said Lavrov", "“…,” said the top US diplomat"): person
 * references with their title words ("said Russian Foreign Minister Sergey Lavrov"), or a title phrase opening with
 * "the" and ending in a title word or role noun. Null when no such subject starts at token i.
 */
export function invertedSubjectEnd(article: ArticleText, refs: PersonRef[], i: number): number | null {
  const { tokens } = article;
  const capitalised = (k: number) => isCapitalizedAt(article, k);
  let end: number | null = null;
  for (let k = i; k < tokens.length && k - i <= TITLE_CHAIN; k++) {
    if (k > i && markAfter(article, k - 1)) break;
    if (refs.some((r) => r.first === k)) return subjectChainEnd(refs, k);
    const word = tokens[k].text;
    if (k === i && lexicon("en").definiteArticles.has(word)) continue;
    if (!TITLE_WORDS.has(word) && !capitalised(k) && !titleHead(article, k)) break;
    if (titleHead(article, k)) end = k + 1;
  }
  return end !== null && end - i <= TITLE_PHRASE + 1 ? end : null;
}

/** Token index where the titles and honorifics written before token k start ("مع معالي الدكتور جون كيري" → معالي). */
export function titleChainStart(article: ArticleText, lang: Language, k: number): number {
  const lex = lexicon(lang);
  let j = k;
  while (j > 0 && k - j < TITLE_CHAIN && (TITLE_WORDS.has(article.tokens[j - 1].text) || lex.subjectHonorifics.has(article.tokens[j - 1].text))) j--;
  return j;
}

/**
 * Whether an English person reference opens its clause: only its title words, a word of newness ("new", "incoming")
 * and "the" stand between it and the sentence's start or a comma.
 */
export function opensClause(article: ArticleText, refs: PersonRef[], r: PersonRef): boolean {
  const { tokens } = article;
  let k = titleChainStart(article, "en", chainStart(article, refs, r.first));
  while (k > 0 && APPOINTED_WORDS.has(tokens[k - 1].text)) k--;
  if (k > 0 && lexicon("en").definiteArticles.has(tokens[k - 1].text)) k--;
  const sentence = article.sentences[article.sentenceOfToken[k]];
  return k === sentence?.first || (k > 0 && /[,;]/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start)));
}

/** Whether an Arabic person reference has the preposition ل written onto it ("لنظيره", "للوزير"): a listener. */
export function listener(article: ArticleText, r: PersonRef): boolean {
  return article.clitics && /ل/.test(article.folded.text.slice(article.tokens[r.first].start, r.start));
}

/** The bare role noun that is the subject of a cue, if any: before an English verb, after an Arabic one ("وأضافت المتحدثة:"). */
export function roleSubject(article: ArticleText, cue: Cue): { first: number; after: number } | null {
  if (cue.lang === "en") {
    const first = roleSubjectBefore(article, cue.lang, cue.first);
    if (first !== null) return { first, after: cue.first };
    // "The envoy, for his part, said": the role noun before a short aside.
    const aside = asideBefore(article, cue.first);
    const before = aside === null ? null : roleSubjectBefore(article, cue.lang, aside);
    return before === null ? null : { first: before, after: aside! };
  }
  if (cue.lang !== "ar" || !cue.subjectAfter || cue.after >= article.tokens.length) return null;
  const m = lexicon(cue.lang).roleSubjects.matchAt(article.tokens, article.folded.text, cue.after, { clitics: article.clitics });
  // Bare: the content (or its complementizer) follows at once; "المتحدث باسم الرئاسة" is someone else, unnamed.
  return m !== null && m.start < cue.contentStart && opensContentAt(article, m.after, cue.contentStart) ? { first: m.first, after: m.after } : null;
}

/** Most words of a phrase of occasion between an Arabic role noun and its complementizer ("وقال الوزير في تصريح لسونا إن"). */
const OCCASION_WORDS = 6;

/**
 * Whether the content of an Arabic cue opens right at token k: at once or past one word, after a complementizer ("إن", "إلى أن"), or
 * after a phrase of occasion opened by خلال، في، عقب … and then a complementizer ("في تصريح لسونا إن", "خلال اللقاء أن").
 */
function opensContentAt(article: ArticleText, k: number, contentStart: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon("ar");
  const contentToken = tokenIndexAt(tokens, contentStart);
  // At once or past one word (its complementizer or preposition: "ودعا الوزير إلى", "وأشاد الوزير بالعلاقات").
  if (contentToken - k <= 1) return true;
  const complementizer = (j: number) => {
    const c = lex.complementizers.matchAt(tokens, text, j, { clitics: article.clitics });
    return c !== null && c.end <= contentStart && (c.after >= tokens.length || tokens[c.after].start >= contentStart);
  };
  if (complementizer(k)) return true;
  const word = tokens[k]?.text ?? "";
  if (!lex.adverbials.has(word) && !(word.startsWith("و") && lex.adverbials.has(word.slice(1)))) return false;
  for (let j = k + 1; j <= contentToken && j < tokens.length && j - k <= OCCASION_WORDS; j++) {
    const gap = text.slice(tokens[j - 1].end, tokens[j].start);
    // "وقال الوزير في مؤتمر صحفي: «…»", "… في تصريح “…”": quoted words or a colon right after the phrase of occasion.
    if (tokens[j - 1].end <= contentStart && contentStart <= tokens[j].start) return /[:«“"]/.test(gap);
    if (/[.:؛;!?؟«»“”"]/.test(gap)) return false;
    if (complementizer(j)) return true;
  }
  return false;
}
