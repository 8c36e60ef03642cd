/**
 * Subjects that are nobody in particular because they are several: two people joined by "and" or و ("Putin and
 * Obama said", "ظریف و لاوروف"), a plural phrase or head noun ("both sides", الوزيران, "ministers"), and one side of
 * the talks written with its country ("the Brazilian side", "طرف برزیلی", "الجانب الروسي").
 */
import type { ArticleText } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import { tokenIndexAt } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { QuotePeople } from "./cue.ts";
import { lexicon } from "./cue-lexicon.ts";
import { afterPreposition, chainStart, surnameAt } from "./cue-subject.ts";

/** Whether the English subject right before token i is two people joined by "and" ("Putin and US President Obama said"). */
export function coordinatedSubject(article: ArticleText, refs: PersonRef[], i: number): boolean {
  if (!refs.some((r) => r.after === i)) return false;
  return jointBefore(article, refs, chainStart(article, refs, i));
}

/** Words (adjectives, titles) that may stand between "and" and the second of two people joined ("X and conservative Y"). */
const JOINT_GAP = 2;

/** Whether the person starting at token k is the second of two joined by "and" ("Putin and Obama", "X and conservative Y"). */
export function jointBefore(article: ArticleText, refs: PersonRef[], k: number): boolean {
  const { tokens } = article;
  for (let j = k - 1; j >= 1 && j >= k - 1 - JOINT_GAP; j--) {
    if (/[,;.:]/.test(article.folded.text.slice(tokens[j].end, tokens[j + 1].start))) return false;
    if (tokens[j].text === "and") return refs.some((r) => r.after === j) || surnameAt(article, refs, j - 1) !== null;
  }
  return false;
}

/** Whether a person reference is joined by و to another one right next to it (before or after), in Persian or Arabic. */
export function joinedByWa(article: ArticleText, refs: PersonRef[], ref: PersonRef): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const joins = (a: PersonRef, b: PersonRef) => {
    if (b.first === a.after + 1) return COORDINATORS.has(tokens[a.after].text);
    // Arabic writes و onto the next name: "لافروف وكيري".
    return b.first === a.after && b.start > tokens[b.first].start && text[tokens[b.first].start] === "و";
  };
  return refs.some((r) => r.key !== ref.key && (joins(ref, r) || joins(r, ref)));
}

/** Whether a second person joined by "and" follows token k ("Kerry and Lavrov held …"). */
export function jointAfter(article: ArticleText, refs: PersonRef[], k: number): boolean {
  const { tokens } = article;
  if (tokens[k]?.text !== "and") return false;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + JOINT_GAP; j++) if (refs.some((r) => r.first === j) || surnameAt(article, refs, j) !== null) return true;
  return false;
}

/** Start of the first plural-subject phrase between two offsets, or null. */
export function pluralSubjectAt(article: ArticleText, lang: Language, from: number, to: number): number | null {
  const { tokens } = article;
  const m = lexicon(lang).pluralSubjects.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics }).find((p) => p.end <= to);
  return m ? m.start : null;
}

/** Whether an English plural noun ("ministers", "the two sides") heads the subject right before the verb at token i. */
export function pluralHeadBefore(article: ArticleText, i: number): boolean {
  const lex = lexicon("en");
  let k = i - 1;
  while (k >= 0 && lex.adverbials.has(article.tokens[k].text)) k--;
  return k >= 0 && lex.pluralHeads.has(article.tokens[k].text) && !/[,.;:!?]/.test(article.folded.text.slice(article.tokens[k].end, article.tokens[i].start));
}

/** Whether token k is a side noun written with its country ("طرف برزیلی", "الجانب الروسي"; English "Brazilian side"), not after a preposition. */
export function sideAt(article: ArticleText, lang: Language, people: QuotePeople, k: number): boolean {
  const { tokens } = article;
  if (!tokens[k] || !lexicon(lang).sideNouns.has(tokens[k].text) || afterPreposition(tokens, lang, k)) return false;
  return lang === "en" ? people.countries.some((c) => c.after === k) : people.countries.some((c) => c.first === k + 1);
}

/** Start of the first side noun with its country standing as a subject between two offsets, or null. */
export function sideSubjectAt(article: ArticleText, lang: Language, people: QuotePeople, from: number, to: number): number | null {
  const { tokens } = article;
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) if (sideAt(article, lang, people, k)) return tokens[k].start;
  return null;
}
