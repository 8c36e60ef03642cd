/**
 * Word tokens of folded text. A token is a run of letters, digits and marks; everything else
 * (spaces, punctuation, quotation marks) separates tokens. Offsets are folded-text offsets.
 */

/** One word of folded text. */
export interface Token {
  /** Folded-text offset of the first character. */
  start: number;
  /** Folded-text offset just after the last character. */
  end: number;
  /** The folded word. */
  text: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits folded text into word tokens, in order. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return tokens;
}

/** Folds and tokenizes a phrase from a data file into its word list. */
export function phraseWords(foldedPhrase: string): string[] {
  return tokenize(foldedPhrase).map((t) => t.text);
}

/** Index of the first token starting at or after a folded offset (binary search). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True for Arabic-script words, where clitic prefixes (و، ب، ل…) attach to the word. */
export function isArabicScript(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x0600 && code <= 0x06ff;
}

/** The offset of the first character at or after `at` that is not a space (or the text's length). */
export function skipSpaces(text: string, at: number): number {
  while (at < text.length && text[at] === " ") at++;
  return at;
}
