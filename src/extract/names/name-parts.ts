/**
 * Parts of one Latin name word and initials: parts joined by a hyphen or after an elided prefix
 * (Akufo-Addo, O’Brien, Byung-wan), and initials before or inside a name (S. Jaishankar,
 * D.M. Jayaratna, Virginia E. Palmer, Ch. Vidyasagar Rao).
 */
import { isArabicScript } from "../tokens.ts";
import type { NameContext } from "./context.ts";
import { isCommonWord, isNameWord } from "./name-words.ts";

/** What may stand between two parts of one name word: nothing but a hyphen (Akufo-Addo, Jean-Yves). */
export const HYPHEN = /^[-‐]$/;

/** An apostrophe after an elided prefix (O’Brien, D’Souza, N’Dour). */
const APOSTROPHE = /^['’‘`]$/;

/**
 * Whether tokens a and a + 1 are two parts of one name word: joined by a hyphen, by an apostrophe after a one-letter capital
 * (O’Brien), or by an apostrophe inside a capitalised word before three lower-case letters or more (Ma’ruf, Ri’ayatuddin: an
 * Arabic ʿayn or hamza; the possessive 's and contractions are shorter).
 */
export function partsJoined(ctx: NameContext, a: number): boolean {
  const { tokens } = ctx;
  if (!tokens[a] || !tokens[a + 1]) return false;
  const gap = ctx.folded.slice(tokens[a].end, tokens[a + 1].start);
  if (HYPHEN.test(gap)) return true;
  if (!APOSTROPHE.test(gap)) return false;
  if (isInitial(ctx, a)) return /^[a-z]{2,}$/.test(tokens[a + 1].text);
  return ctx.isCapitalized(a) && /^[a-z]{2,}$/.test(tokens[a].text) && /^[a-z]{3,}$/.test(tokens[a + 1].text) && !ctx.isCapitalized(a + 1);
}

/**
 * Whether token i is part of a Latin name word though not a name word alone: the elided prefix
 * before an apostrophe (the "O" of O’Brien), or a part written in lower case after a hyphen or
 * such a prefix (Korean given names: Byung-wan, Jae-in, Jong-un; N’dry). A lower-case part that
 * ends like a participle ("Kremlin-backed", "Moscow-based") or is a longer ordinary word is not.
 */
export function namePartAt(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i]?.text ?? "";
  if (isArabicScript(word)) return false;
  if (isInitial(ctx, i) && partsJoined(ctx, i)) return true;
  if (!partsJoined(ctx, i - 1) || ctx.isCapitalized(i) || !/^[a-z]{2,}$/.test(word) || /(ed|ing)$/.test(word) || (word.length > 3 && isCommonWord(ctx, word))) return false;
  return isNameWord(ctx, i - 1) || isInitial(ctx, i - 1);
}

/** "Ch. Vidyasagar Rao", "Md. Shahriar Alam": a given name abbreviated to two letters, written with its full stop before the name. */
export function isAbbreviatedGiven(ctx: NameContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return /^[a-z]{2}$/.test(ctx.tokens[i].text) && ctx.isCapitalized(i) && !ctx.isUpperCase(i) && !!next && ctx.folded.slice(ctx.tokens[i].end, next.start) === ". " && ctx.isCapitalized(i + 1);
}

/**
 * Whether the initial at token i is part of the name read so far: "Virginia E. Palmer", "S. Jaishankar" (a full stop, then a
 * name word); "D. M. Jayaratne" (spaced initials); "D.M. Jayaratna" (leading initials written together); "Paul A.S Minah"
 * (middle initials written together, the last with no full stop, before the surname).
 */
export function initialGoesOn(ctx: NameContext, i: number, gapAfter: string, picked: number[]): boolean {
  if (gapAfter === ". ") return isNameWord(ctx, i + 1) || (isInitial(ctx, i + 1) && ctx.sameLine(i, i + 1));
  if (gapAfter === ".") return isInitial(ctx, i + 1) && (picked.every((k) => isInitial(ctx, k)) || (isNameWord(ctx, picked[picked.length - 1]) && surnameAfterInitials(ctx, i)));
  const prev = picked.at(-1);
  return gapAfter === " " && prev !== undefined && isInitial(ctx, prev) && ctx.folded.slice(ctx.tokens[prev].end, ctx.tokens[i].start) === "." && picked.some((k) => !isInitial(ctx, k)) && isNameWord(ctx, i + 1);
}

/** Whether initials written together from token i ("A.S", "A.S.") are followed by a name word: "John Smith U.S. envoy" is no name "John Smith U". */
function surnameAfterInitials(ctx: NameContext, i: number): boolean {
  const { tokens } = ctx;
  let k = i;
  while (tokens[k + 1] && isInitial(ctx, k + 1) && ctx.folded.slice(tokens[k].end, tokens[k + 1].start) === ".") k++;
  const gap = tokens[k + 1] ? ctx.folded.slice(tokens[k].end, tokens[k + 1].start) : "";
  return (gap === " " || gap === ". ") && ctx.sameLine(k, k + 1) && isNameWord(ctx, k + 1);
}

/** Whether the initial at token i opens a name: no Latin name word (or initial) stands right before it on its line. */
export function leadsInitials(ctx: NameContext, i: number): boolean {
  const prev = i - 1;
  return prev < 0 || !ctx.sameLine(prev, i) || ctx.folded.slice(ctx.tokens[prev].end, ctx.tokens[i].start) !== ".";
}

/** A Latin capital written alone (the initial of a name). */
export function isInitial(ctx: NameContext, i: number): boolean {
  return /^[a-z]$/.test(ctx.tokens[i].text) && ctx.isCapitalized(i);
}
