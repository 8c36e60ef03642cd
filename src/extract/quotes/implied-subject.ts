/**
 * Subjects not written at the verb: an implied one (a verb coordinated after another, an Arabic verb followed at
 * once by its complementizer, a Persian verb after "و"), the maker of a statement the sentence opens with, the
 * person an outlet quotes (به نقل از), the subject a participle continues, and the person opening an earlier sentence.
 */
import type { ArticleText } from "../article-text.ts";
import type { PersonRef } from "../persons/index.ts";
import { tokenIndexAt } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { Cue, QuotePeople, SpeakerContext } from "./cue.ts";
import { lexicon } from "./cue-lexicon.ts";
import { afterPreposition, asideBefore, listener, opensClause, roleSubjectBefore, surnameAt, titlePhraseBefore } from "./cue-subject.ts";
import { titleHolder } from "./title-subject.ts";

/**
 * Whether a verb cue has no subject written for it: an Arabic verb followed at once by its complementizer
 * ("وقال إن"), an English verb coordinated after another ("… and called for").
 */
export function impliedSubject(article: ArticleText, cue: Cue, content: { start: number; end: number }): boolean {
  const { tokens } = article;
  if (cue.type !== "verb") return false;
  if (cue.lang === "ar") return cue.subjectAfter && tokens[cue.after] !== undefined && tokens[cue.after].start < content.start && lexicon("ar").complementizers.matchAt(tokens, article.folded.text, cue.after, { clitics: article.clitics }) !== null;
  // "X reiterated A, welcomed B, and encouraged C": a comma or "and" before the verb, no subject.
  if (cue.lang === "en") return content.start > cue.start && cue.first > cue.sentence.first && (lexicon("en").predicateCoordinators.has(tokens[cue.first - 1].text) || /[,;]\s*$/.test(article.folded.text.slice(tokens[cue.first - 1].end, tokens[cue.first].start)));
  // "X را مثبت ارزیابی کرد و (همچنین) افزود: …": a Persian verb right after "و" (adverbs aside) shares the subject of the
  // statement before it; the sentence's opening words ("در گفتگوی تلفنی A و B، …") are not its subject.
  if (cue.lang === "fa") return content.start > cue.start && persianCoordinatedVerb(article, cue);
  return false;
}

/** Whether a Persian verb follows "و" with only adverbs (نیز، همچنین) between: a second predicate of the clause before. */
function persianCoordinatedVerb(article: ArticleText, cue: Cue): boolean {
  const { tokens } = article;
  let k = cue.first - 1;
  while (k > cue.sentence.first && lexicon("fa").adverbials.has(tokens[k].text)) k--;
  return k > cue.sentence.first && tokens[k].text === "و";
}

/** Most words of a phrase of topic or occasion set off by a comma before an Arabic verb ("وفي رده على سؤال حول الأزمة، أوضح"). */
const FRONTED_WORDS = 8;

/**
 * Whether an Arabic verb with no subject written after it opens its sentence past words that are no subject: connectives
 * ("كما أكد أن", "ثم أضاف أن") or a phrase set off by a comma, either of topic naming nobody and holding no title ("وفي
 * هذا السياق، أوضح أن", "وحول الأزمة السورية، قال إن") or of occasion opened by خلال، في، عقب … ("وخلال لقائه السفير X،
 * أكد أن": X is the object of the occasion). The verb then goes on with the last speaker, as "وأكد أن" does, unless the
 * phrase names that speaker. Not after من جانبه، بدوره, which turn to the other party.
 */
export function opensPastConnectives(article: ArticleText, cue: Cue, people: QuotePeople, lastSpeaker: string): boolean {
  const { tokens } = article;
  const lex = lexicon("ar");
  const from = cue.sentence.first;
  if (cue.lang !== "ar" || cue.type !== "verb" || cue.first <= from) return false;
  const words = tokens.slice(from, cue.first).map((t) => t.text);
  if (words.every((w) => lex.continuingOpeners.has(w))) return true;
  const text = article.folded.text;
  if (cue.first - from > FRONTED_WORDS || !/^\s*[،,]\s*$/.test(text.slice(tokens[cue.first - 1].end, cue.start))) return false;
  if (/[.,،;:!?؟«»“”"()]/.test(text.slice(tokens[from].start, tokens[cue.first - 1].end))) return false;
  const inPhrase = (first: number, after: number) => first < cue.first && after > from;
  const named = people.refs.filter((r) => inPhrase(r.first, r.after));
  // A phrase of occasion may name the people met and their offices: they are its objects.
  const occasion = lex.adverbials.has(words[0]) || (words[0].startsWith("و") && lex.adverbials.has(words[0].slice(1)));
  if (occasion) return !named.some((r) => r.key === lastSpeaker);
  if (words.some((w) => lex.ownSubjectOpeners.has(w) || lex.ownSubjectOpeners.has(w.slice(1)) || lex.agencies.has(w) || lex.institutions.has(w) || lex.statementNouns.has(w))) return false;
  return named.length === 0 && !people.titles.some((t) => inPhrase(t.first, t.after)) && lex.roleSubjects.findIn(tokens, text, from, cue.first, { clitics: article.clitics }).length === 0;
}

/** Most words between a statement noun and the verb it opens the sentence for ("وفي تصريح للسفير المصري بعيد اللقاء أكد"). */
const STATEMENT_WORDS = 8;

/**
 * Who made the statement an Arabic sentence opens with, its verb having no subject ("وفي تصريح للسفير المصري بعيد
 * اللقاء أكد أن"): the person or title with ل written on right after a statement noun, or null.
 */
export function statementMaker(article: ArticleText, cue: Cue, context: SpeakerContext): string | null {
  const { tokens } = article;
  const { refs, titles } = context.people;
  const lex = lexicon(cue.lang);
  const from = cue.sentence.first;
  for (let k = from; k + 1 < cue.first && k < from + 3; k++) {
    if (!lex.statementNouns.has(tokens[k].text) || cue.first - k > STATEMENT_WORDS) continue;
    const next = tokens[k + 1];
    // The person's first word carries ل: "للسفير", "لوزير".
    if (!article.clitics || !/^(?:ل|لل)/.test(next.text)) return null;
    const named = refs.find((r) => r.first === k + 1 && listener(article, r));
    if (named) return named.key;
    const title = titles.find((m) => m.first === k + 1 && m.kind === "title" && m.entry !== null && !m.entry.plural && m.after <= cue.first);
    if (!title || refs.some((r) => r.first >= title.after && r.first < cue.first)) return null;
    return titleHolder(article, { countries: title.countries, role: title.entry!.role, first: title.first, after: title.after }, cue, context);
  }
  return null;
}

/** The person named right after a quoting phrase (به نقل از، نقلا عن, quoting) in a cue's clause before it, or null. */
export function quotedPerson(article: ArticleText, cue: Cue, refs: PersonRef[], content: { start: number; end: number }): string | null {
  const { tokens } = article;
  const end = Math.min(cue.start, content.start);
  const from = cue.sentence.first;
  for (const m of lexicon(cue.lang).quoting.findIn(tokens, article.folded.text, from, tokenIndexAt(tokens, end), { clitics: article.clitics })) {
    const ref = refs.find((r) => r.first === m.after && r.end <= end);
    // "ظریف به نقل از لاوروف گفت": a speaker of its own before the phrase speaks for himself (R-nested).
    if (ref && !refs.some((r) => r.start >= cue.sentence.fStart && r.end <= m.start)) return ref.key;
  }
  return null;
}

/**
 * Who a participle (مؤكدا أن، مشددا على، adding that) continues: the speaker of a quote earlier in its sentence,
 * else the first person of its sentence not governed by a clitic preposition ("حيث استعرض الرئيس …، مشدداً على").
 */
export function participleSubject(article: ArticleText, cue: Cue, refs: PersonRef[], outside: (r: PersonRef) => boolean, inSentence: string | null): string | null | undefined {
  const { tokens } = article;
  // The clause the participle hangs on opens at the last "حيث"/"where" before it, else with the sentence.
  let from = cue.sentence.fStart;
  let opened = false;
  for (let k = cue.sentence.first; k < cue.first; k++) if (lexicon(cue.lang).clauseOpeners.has(tokens[k].text)) { from = tokens[k].start; opened = true; }
  const subject = refs.find((r) => r.start >= from && r.end <= cue.start && outside(r) && r.start === tokens[r.first].start && !afterPreposition(tokens, cue.lang, r.first));
  // "…، ومن جانبها ثمنت رئيسة المجر …، داعية إلى": a clause opened after the earlier quote has its own subject.
  if (opened && subject) return subject.key;
  if (inSentence) return inSentence;
  // "Noting that …, Wang said …": an English participle opening its sentence hangs on the subject of the clause after it.
  if (cue.lang === "en" && cue.first === cue.sentence.first) {
    const main = refs.find((r) => r.first > cue.first && r.first < cue.sentence.after && outside(r) && opensClause(article, refs, r));
    if (main) return main.key;
  }
  // "Asif also briefed Wang on …, saying": an English surname opening the sentence, where no reference was found, is its subject.
  const first = cue.sentence.first;
  const surname = cue.lang === "en" && !opened && first < cue.first && !refs.some((r) => r.first === first) ? surnameAt(article, refs, first) : null;
  if (surname) return surname;
  // A clause of its own with no person in it ("حيث استعرض الرئيس" with the title unresolved) has a subject we cannot name.
  return subject?.key ?? (opened ? null : undefined);
}

/** Words before a person that still leave them the subject opening a sentence ("2. Foreign Minister Lavrov thanked"). */
const OPENING_WORDS = 4;

/** The person opening sentence k as its subject (within its first words, not after a preposition), or null. */
export function openingSubject(article: ArticleText, refs: PersonRef[], k: number, lang: Language = "en"): string | null {
  const s = article.sentences[k];
  if (!s) return null;
  const first = refs.find((r) => r.first >= s.first && r.first < s.after);
  // "ژاپن تایمز در حالی خبر سفر وزیر خارجه … را منتشر می کند که X … با ظریف دیدار کرد": with no person opening a Persian
  // sentence as its subject (one inside an object phrase closed by را is none), the person opening its که-clause is.
  if (lang === "fa" && (!first || first.first - s.first > OPENING_WORDS || inObject(article, refs, first, s.after))) return complementSubject(article, refs, s.first, s.after);
  if (!first || first.first - s.first > OPENING_WORDS || afterPreposition(article.tokens, lang, first.first)) return null;
  // Not after a comma or a quotation mark: "In talks with Kerry, Lavrov …", "“We told Kerry …”" open with something else;
  // a name in guillemets of its own is still the subject ("«X» نخست وزیر …").
  const before = article.folded.text.slice(s.fStart, first.start);
  const quotedName = /^\s*«\s*$/.test(before) && /^\s*»/.test(article.folded.text.slice(first.end));
  // "Later, Ms. Khar also met …", "In his response, Bayraktar expressed …": a short opener naming no one, set off by a
  // comma, still leaves the person after it opening the sentence (one named inside it is no subject: "In talks with Kerry, …").
  const opener = lang === "en" && /^[^,;:“"«]+,\s*(?:\p{L}+\.?\s+)?$/u.test(before);
  return /[,;:“"«]/.test(before) && !quotedName && !opener ? null : first.key;
}

/** Words after a person within which an object marker (را) shows them part of the object phrase ("خبر سفر X به توکیو را"). */
const OBJECT_REACH = 6;

/** Whether a Persian object marker closes the phrase a person is named in: it follows within OBJECT_REACH words, before any other person, complementizer or comma. */
function inObject(article: ArticleText, refs: PersonRef[], ref: PersonRef, after: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon("fa");
  for (let k = ref.after; k < Math.min(after, ref.after + OBJECT_REACH); k++) {
    if (/[,،:؛]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (lex.objectMarkers.has(tokens[k].text)) return true;
    if (refs.some((r) => r.first === k) || lex.complementizers.matchAt(tokens, text, k)) return false;
  }
  return false;
}

/**
 * The person opening a Persian که-clause of a sentence as its subject: named within OPENING_WORDS after the complementizer,
 * not after a preposition nor inside an object; null when there is none, or when a person who may be the main clause's
 * subject stands before it ("ظریف گفت که لاوروف …": what follows که is then what he said).
 */
function complementSubject(article: ArticleText, refs: PersonRef[], first: number, after: number): string | null {
  const { tokens } = article;
  const text = article.folded.text;
  const mayBeSubject = (r: PersonRef) => !afterPreposition(tokens, "fa", r.first) && !inObject(article, refs, r, after);
  for (let k = first; k < after; k++) {
    const comp = lexicon("fa").complementizers.matchAt(tokens, text, k);
    if (!comp) continue;
    if (refs.some((r) => r.first >= first && r.first < k && mayBeSubject(r))) return null;
    const subject = refs.find((r) => r.first >= comp.after && r.first < after);
    if (subject && subject.first - comp.after <= OPENING_WORDS && mayBeSubject(subject)) return subject.key;
  }
  return null;
}

/** Most words of the title or role noun opening a sentence as the subject of its first verb ("The new Panamanian ambassador"). */
const OPENING_TITLE_WORDS = 6;

/**
 * "The ambassador thanked the Senate … and called for …": an English verb coordinated after a first verb that is no cue
 * shares the subject opening the sentence. When that subject is a title or role noun ("the ambassador", "the Kenyan
 * envoy", with or without an aside after it), the cue is moved onto the first verb, so that the subject reads as written
 * right before it; null when the sentence opens otherwise.
 */
export function openingTitleVerb(article: ArticleText, cue: Cue): Cue | null {
  const { tokens } = article;
  const first = cue.sentence.first;
  for (let v = first + 1; v < cue.first && v <= first + OPENING_TITLE_WORDS; v++) {
    const head = asideBefore(article, v) ?? v;
    if (head === v && /[^\s]/.test(article.folded.text.slice(tokens[v - 1].end, tokens[v].start))) return null;
    const start = roleSubjectBefore(article, "en", head) ?? titlePhraseBefore(article, head);
    if (start !== first || !/^\p{Ll}/u.test(article.source[article.folded.origin[tokens[v].start]] ?? "")) continue;
    return { ...cue, first: v, after: v + 1, start: tokens[v].start, end: tokens[v].end };
  }
  return null;
}
