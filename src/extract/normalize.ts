/**
 * Text folding shared by extraction, ingest (alias lookup) and GraphQL search, so that
 * لافروف / لاوروف-style spelling variants, Arabic vs Persian letters, diacritics, tatweel,
 * ZWNJ and digit scripts compare equal.
 *
 * `fold` gives a comparison key. `foldText` folds a whole article the same way but also keeps,
 * for every folded character, the index of the original character it came from, so matches
 * found in folded text can be reported as offsets into the original.
 */

import type { Span } from "./types.ts";

const LETTER_FOLDS: Record<string, string> = {
  "\u064A": "\u06CC", // Arabic yeh → Persian yeh
  "\u0649": "\u06CC", // alef maksura → Persian yeh
  "\u0643": "\u06A9", // Arabic kaf → Persian kaf
  "\u0623": "\u0627", // alef with hamza above
  "\u0625": "\u0627", // alef with hamza below
  "\u0622": "\u0627", // alef with madda
  "\u0671": "\u0627", // alef wasla
  "\u0629": "\u0647", // teh marbuta → heh
  "\u06C0": "\u0647", // heh with yeh above → heh
  "\u06D5": "\u0647", // ae (what ۀ decomposes to) → heh
  "\u0624": "\u0648", // waw with hamza → waw
  "\u0626": "\u06CC", // yeh with hamza → yeh
};

/** Removed outright: Arabic harakat, superscript alef, tatweel, Latin combining marks. */
const DROPPED = /[\u064B-\u065F\u0670\u0640\u0300-\u036F]/;
/** Joiners and direction marks: a word split by ZWNJ and the same word written without it fold alike. */
const JOINERS = /[\u200B-\u200F\u00AD\u2066-\u2069\u202A-\u202E\uFEFF]/;
const SPACE = /[\s\u00A0\u2000-\u200A\u2028\u2029\u3000]/;

/** A folded text with, per folded character, the index of the original character it came from. */
export interface FoldedText {
  /** The folded text (see `fold`), not trimmed, whitespace runs collapsed to one space. */
  text: string;
  /** `origin[i]` is the UTF-16 index in the original of folded character i; `origin[text.length]` is the original length. */
  origin: number[];
}

/** Folds a single code point (one or two UTF-16 units) to zero or more characters; callers cache it. */
function foldCodePoint(ch: string): string {
  let out = "";
  if (JOINERS.test(ch)) out = "";
  else if (SPACE.test(ch) || ch < " ") out = " ";
  else {
    for (const part of ch.normalize("NFKC").normalize("NFD")) {
      if (DROPPED.test(part) || JOINERS.test(part)) continue;
      const code = part.charCodeAt(0);
      if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
      else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
      else out += (LETTER_FOLDS[part] ?? part).toLowerCase();
    }
  }
  return out;
}

/** Folded single UTF-16 units, by code: read per character of every text folded. */
const unitCache: (string | undefined)[] = new Array(0x10000);

function foldUnit(code: number): string {
  let out = unitCache[code];
  if (out === undefined) unitCache[code] = out = foldCodePoint(String.fromCharCode(code));
  return out;
}

/** Folded surrogate pairs (emoji, rare scripts): few in news text, remembered up to a bound. */
const pairCache = new Map<string, string>();

function foldPair(pair: string): string {
  let out = pairCache.get(pair);
  if (out === undefined) {
    out = foldCodePoint(pair);
    if (pairCache.size < 20000) pairCache.set(pair, out);
  }
  return out;
}

/** Folds a whole text for matching, keeping a map from folded positions back to original offsets. */
export function foldText(input: string): FoldedText {
  // Characters go to an array and are joined once: appending to a string and reading its end
  // in the same loop makes V8 flatten the string every time (quadratic on long lines).
  const out: string[] = [];
  const origin: number[] = [];
  let lastWasSpace = true;
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    // A well-formed surrogate pair is one code point; a lone surrogate becomes a space.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < input.length && (input.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const folded = width === 2 ? foldPair(input.slice(i, i + 2)) : code >= 0xd800 && code <= 0xdfff ? " " : foldUnit(code);
    for (let k = 0; k < folded.length; k++) {
      const ch = folded[k];
      if (ch === " " && lastWasSpace) continue;
      lastWasSpace = ch === " ";
      out.push(ch);
      origin.push(i);
    }
    i += width;
  }
  origin.push(input.length);
  return { text: out.join(""), origin };
}

/** Folds one string for comparison: letter variants, diacritics, joiners, digits, case, spacing. */
export function fold(input: string): string {
  return foldText(input).text.trim();
}

/**
 * Maps a range of folded text back to a Span of the original. The end is taken just after the
 * last original character that produced the range, plus any diacritics or tatweel written on it,
 * so the span slices back to the word as written.
 */
export function spanOf(source: string, folded: FoldedText, start: number, end: number): Span {
  const last = folded.origin.length - 1;
  const s = folded.origin[Math.max(0, Math.min(start, last))];
  if (end <= start) return { start: s, end: s, text: "" };
  let e = folded.origin[Math.max(0, Math.min(end - 1, last))] + 1;
  if (e < source.length && (source.charCodeAt(e) & 0xfc00) === 0xdc00) e++;
  while (e < source.length && DROPPED.test(source[e])) e++;
  return { start: s, end: e, text: source.slice(s, e) };
}

/**
 * Folds only Arabic-script letters and marks (no case, digits or spacing changes), for data
 * patterns written as regular expressions, whose escapes (\S, \d) must stay as they are.
 */
export function foldArabicScript(input: string): string {
  return input.replace(/[\u0600-\u06FF]/g, (ch) => foldUnit(ch.charCodeAt(0)));
}
