/**
 * Subjects that are nobody in particular because they are several: two people joined by "and" or و ("Putin and
 * Obama said", "ظریف و لاوروف"), a plural phrase or head noun ("both sides", الوزيران, "ministers"), and one side of
 * the talks written with its country ("the Brazilian side", "طرف برزیلی", "الجانب الروسي").
 */
import { isCapitalizedAt, type ArticleText } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import { range, tokenIndexAt } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { QuotePeople } from "./cue.ts";
import { lexicon } from "./cue-lexicon.ts";
import { afterPreposition, chainStart, surnameAt } from "./cue-subject.ts";

/** Whether the English subject right before token i is two people joined by "and" ("Putin and US President Obama said"), or the last of a list of them. */
export function coordinatedSubject(article: ArticleText, refs: PersonRef[], i: number): boolean {
  const ref = refs.find((r) => r.after === i);
  if (!ref) return false;
  return jointBefore(article, refs, chainStart(article, refs, i)) || inList(article, refs, ref);
}

/** Tokens between the comma or "and" before a list item and its person: its title and honorifics ("and Brunei's Second Minister of Foreign Affairs Datuk Seri X"). */
const LIST_ITEM_GAP = 9;

/** Tokens of a title set off by commas after an item's name ("A, director general of the ministry's Asian Affairs Bureau, B"). */
const APPOSITION_GAP = 16;

/** Lower-case words that may stand in the title before a list item's name ("Minister of State for the Interior", "Brunei's"). */
const TITLE_LINKS = new Set(["of", "for", "the", "and", "s", "de", "al", "bin"]);

/**
 * The people of an English list opening at the person `ref`, joined by commas and a last "and" ("A, Indian Minister B and
 * Japanese Foreign Minister C condemned"): their keys in order. Each item may have a title of capitalised words before its
 * name; with `appositions`, also a title set off by commas after it ("A, director general of …, B, …, and C agreed").
 * [ref.key] alone when no list ending in "and" opens there.
 */
export function listFrom(article: ArticleText, refs: PersonRef[], ref: PersonRef, appositions = false): string[] {
  const { tokens } = article;
  const text = article.folded.text;
  const keys = [ref.key];
  // An item's title and name written together ("Foreign Minister A") end where the last of them does.
  const itemEnd = (at: number, key: string): number => {
    const joined = (x: PersonRef) => x.key === key && x.first === at && !/[,;:]/.test(text.slice(tokens[at - 1].end, tokens[at].start));
    for (let r = refs.find(joined); r; r = refs.find(joined)) at = r.after;
    return at;
  };
  let end = itemEnd(ref.after, ref.key);
  for (;;) {
    const next = refs.find((r) => r.first >= end && !keys.includes(r.key) && r.key !== ref.key);
    if (!next || article.sentenceOfToken[next.first] !== article.sentenceOfToken[ref.first]) return [ref.key];
    const between = text.slice(tokens[end - 1].end, tokens[next.first].start);
    const gap = range(end, next.first);
    const opensWithComma = /^\s*,/.test(between);
    const titled = (opensWithComma || tokens[end]?.text === "and") && gap.length <= LIST_ITEM_GAP && !/[;:.]/.test(between) && !/,.*,/.test(between.replace(/,\s*and\s*$/, "")) &&
      gap.every((k) => isCapitalizedAt(article, k) || TITLE_LINKS.has(tokens[k].text) || refs.some((r) => r.key === keys.at(-1) && r.first <= k && k < r.after));
    const apposed = appositions && opensWithComma && gap.length <= APPOSITION_GAP && /^\s*,[^,;:.]+,\s*(and\s+)?$/.test(between);
    if (!titled && !apposed) return [ref.key];
    keys.push(next.key);
    end = itemEnd(next.after, next.key);
    // The last item comes after "and" (", and" after a title set off by commas), not an "and" inside a title ("Asian and Oceanian Affairs").
    if (/^\s*(,\s*)?and\s/.test(between) || /,\s*and\s*$/.test(between)) return keys;
  }
}

/** Whether the person `ref` is an item of a list of people (listFrom) opening at or before it in its sentence. */
export function inList(article: ArticleText, refs: PersonRef[], ref: PersonRef): boolean {
  const sentence = article.sentenceOfToken[ref.first];
  return refs.some((r) => {
    if (r.first > ref.first || article.sentenceOfToken[r.first] !== sentence || (r.first !== ref.first && r.key === ref.key)) return false;
    const keys = listFrom(article, refs, r, true);
    return keys.length > 1 && keys.includes(ref.key);
  });
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
  const m = lexicon(lang).pluralSubjects.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics }).find((p) => p.end <= to && !(lang === "en" && objectOfVerb(article, p.first)));
  return m ? m.start : null;
}

/** English past forms that do not end in "-ed" and take an object (met the two envoys). */
const IRREGULAR_PAST = new Set(["met", "told", "held", "gave", "sent", "saw", "took", "brought", "thanked"]);

/**
 * "X received the two envoys and said …", "X met with the two ministers": an English plural phrase written right after a
 * verb in the past (or its "with") is that verb's object, not the subject of the speech verb after it.
 */
function objectOfVerb(article: ArticleText, k: number): boolean {
  const { tokens } = article;
  const before = tokens[k - 1];
  if (!before || /[,;:.!?]/.test(article.folded.text.slice(before.end, tokens[k].start))) return false;
  return before.text === "with" || (/[a-z]ed$/.test(before.text) && !isCapitalizedAt(article, k - 1)) || IRREGULAR_PAST.has(before.text);
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
