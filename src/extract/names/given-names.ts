/**
 * Given names at a token: listed ones (with a clitic in Arabic text, compound ones over two
 * words), one-word Arabic-script compounds (عبدالسلام، محمدحسن), and East Asian family names,
 * which open a name as a given name does.
 */
import { fold } from "../normalize.ts";
import { isArabicScript } from "../tokens.ts";
import { memoOf, type GivenName, type NameContext } from "./context.ts";
import { CONJUNCTIONS, langOf, lexicon, names } from "./lexicon.ts";

/** The divine name as folded tokens write it. */
const ALLAH = fold("الله");

/**
 * A given name at token i: listed (with a clitic allowed in Arabic text, and compound names such
 * as عبد الله over two words), or written as one word of two given names (محمدحسن) or with a
 * divine name (عبدالسلام، حبیب‌الله، نورالدین). `ambiguous` when it is also an ordinary word.
 */
export function givenAt(ctx: NameContext, i: number): GivenName | null {
  const memo = memoOf(ctx);
  let given = memo.given.get(i);
  if (given === undefined) memo.given.set(i, (given = readGiven(ctx, i)));
  return given;
}

function readGiven(ctx: NameContext, i: number): GivenName | null {
  const token = ctx.tokens[i];
  if (!token || (/^[a-z]/.test(token.text) && !ctx.isCapitalized(i))) return null;
  const lang = langOf(ctx, token.text);
  const word = token.text;
  const mayOpen = names.givenFirst[lang].has(word) || (ctx.clitics && CONJUNCTIONS.has(word[0]) && names.givenFirst[lang].has(word.slice(1)));
  const match = mayOpen ? names.given[lang].matchAt(ctx.tokens, ctx.folded, i, { clitics: ctx.clitics }) : null;
  // Only the conjunction may be written onto a name (وفيليب); with ل or ب it is a word (لدينا = we have).
  const clitic = match ? ctx.folded.slice(token.start, match.start) : "";
  if (match && (clitic === "" || CONJUNCTIONS.has(clitic))) {
    // "حجت الله …": a one-word given name and الله after it (a joiner typed as a space) are one given name.
    if (match.after - match.first === 1 && isArabicScript(word) && ctx.tokens[match.after]?.text === ALLAH && ctx.sameLine(i, match.after)) return { after: match.after + 1, start: match.start, ambiguous: false };
    return { after: match.after, start: match.start, ambiguous: match.after - match.first === 1 && names.ambiguous[langOf(ctx, match.phrase)].has(match.phrase) };
  }
  return isCompoundGiven(ctx, token.text) ? { after: i + 1, start: token.start, ambiguous: false } : null;
}

/** Whether a folded word is the first word of a listed given name: in one script's list, or in any. */
export function isListedGivenFirst(word: string, lang?: "fa" | "ar" | "en"): boolean {
  return lang ? names.givenFirst[lang].has(word) : Object.values(names.givenFirst).some((first) => first.has(word));
}

/** Whether a folded Arabic word opens a listed given name and is not one that folds to a function word (علي → على). */
export function opensArabicGivenName(word: string): boolean {
  return names.givenFirst.ar.has(word) && !lexicon.yehNames.has(word);
}

/** "لمحمود", "بأحمد": token k is a given name with a preposition written onto it, which opens no name and stands inside none. */
export function givenWithPreposition(ctx: NameContext, k: number): boolean {
  const word = ctx.tokens[k]?.text ?? "";
  return /^[لب]/.test(word) && isArabicScript(word) && names.given[langOf(ctx, word)].hasWord(word.slice(1));
}

/** Arabic-script given names written as one word: عبد + a name, a name + الله or الدين, two given names. */
function isCompoundGiven(ctx: NameContext, word: string): boolean {
  if (!isArabicScript(word) || word.length < 5) return false;
  if (word.startsWith("عبد") || word.endsWith("الله") || word.endsWith("الدین")) return true;
  const lang = langOf(ctx, word);
  for (let k = 2; k <= word.length - 2; k++) if (names.given[lang].hasWord(word.slice(0, k)) && names.given[lang].hasWord(word.slice(k)) && !names.ambiguous[lang].has(word.slice(k))) return true;
  return false;
}

/** Whether token i is an East Asian family name, which opens a name as a given name does (Park, Kim). */
export function isFamilyFirst(ctx: NameContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && names.familyFirst.has(token.text) && (!/^[a-z]/.test(token.text) || ctx.isCapitalized(i));
}

/**
 * Whether token i, written with a capital in Latin script, is a Chinese or Korean family name, which alone stands for its
 * bearer ("Li" for Li Keqiang); a Vietnamese one does not ("Nguyen Tan Dung" is "Dung"), nor one that is also an ordinary
 * word ("He" for He Lifeng would take every sentence opened by the pronoun).
 */
export function isFamilyCalledBy(ctx: NameContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && names.familyFirst.has(token.text) && !names.familyCalledByGiven.has(token.text) && !lexicon.notName.en.has(token.text) && !isArabicScript(token.text) && ctx.isCapitalized(i);
}
