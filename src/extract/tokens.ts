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
  /** The word's number in this process's word table: equal words, equal numbers (see wordNumber). */
  word: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Splits folded text into word tokens, in order. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], word: wordNumber(m[0]) });
  return tokens;
}

/**
 * Words are numbered so that what is remembered per word (PhraseMatcher's readings of a token)
 * can sit in an array: a couple of dozen matchers look at every token, and a string-keyed Map
 * lookup each time was a fifth of extraction's time on real articles.
 */
const wordNumbers = new Map<string, number>();
/** Distinct words numbered before the table starts afresh (bounds memory on long runs). */
const WORD_TABLE_LIMIT = 200_000;
/** Numbers only grow, so a number given before the table started afresh never names another word after it. */
let nextNumber = 0;
let tableStart = 0;

/** The number of a folded word in the word table. */
export function wordNumber(word: string): number {
  let n = wordNumbers.get(word);
  if (n === undefined) {
    if (wordNumbers.size >= WORD_TABLE_LIMIT) {
      wordNumbers.clear();
      tableStart = nextNumber;
    }
    n = nextNumber++;
    wordNumbers.set(word, n);
  }
  return n;
}

/**
 * The first number of the current word table. Memos by word number keep only numbers from here
 * on (index: number − start); a token numbered earlier (tokenized before the table started
 * afresh, e.g. earlier in the same article) is worked out without the memo.
 */
export function wordTableStart(): number {
  return tableStart;
}

/** Folds and tokenizes a phrase from a data file into its word list. */
export function phraseWords(foldedPhrase: string): string[] {
  return tokenize(foldedPhrase).map((t) => t.text);
}

/** The token indexes from `from` up to (not including) `to`. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
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
