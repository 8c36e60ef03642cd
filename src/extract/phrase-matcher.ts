/**
 * Finds listed phrases (names, titles, country forms) in tokenized folded text. Phrases are
 * indexed by their first word, so a scan costs one map lookup per token whatever the list size.
 * Arabic clitics written onto the first word (و، ف، ب، ل، ک) and, when asked, Persian suffixes
 * on the last word (روسی‌اش) are allowed; the match span leaves them out.
 */
import { fold } from "./normalize.ts";
import { ARABIC_CLITICS, uncontractArticle } from "./morphology.ts";
import { isArabicScript, phraseWords, wordNumber, wordTableStart, type Token } from "./tokens.ts";

/** One phrase found in the text, in token and folded-text coordinates. */
export interface PhraseMatch<T> {
  /** First token index. */
  first: number;
  /** Token index just after the last token. */
  after: number;
  /** Folded-text offsets of the phrase itself (clitics and suffixes excluded). */
  start: number;
  end: number;
  /** Values of every entry listed under this phrase. */
  values: T[];
  /** The phrase as listed (folded). */
  phrase: string;
}

interface Entry<T> {
  words: string[];
  values: T[];
}

/** What may separate two words of one phrase: one to three spaces, hyphens, dots of abbreviations or apostrophes. */
const JOINING_GAP = /^[\s.\-‐–'’]{1,3}$/;

function isJoiningGap(text: string, from: number, to: number): boolean {
  // A single space is nearly every gap, and needs no slice.
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  return to - from >= 1 && to - from <= 3 && JOINING_GAP.test(text.slice(from, to));
}

/** Options for a PhraseMatcher. */
export interface PhraseMatcherOptions {
  /** Suffixes allowed on the last word (Persian possessives and plurals). */
  suffixes?: string[];
  /** Whether Arabic clitic prefixes may be attached to the first word (default off; callers turn it on per call for Arabic text). */
  clitics?: boolean;
}

/** A way the first word of a listed phrase can stand in a token: the listed word, and what to cut. */
interface FirstWordKey {
  key: string;
  /** Characters of a clitic before the word. */
  cut: number;
  /** Characters of a suffix after it. */
  trim: number;
}

const NO_KEYS: readonly FirstWordKey[] = [];

/** A set of phrases with values, matched as whole words. */
export class PhraseMatcher<T> {
  private readonly index = new Map<string, Entry<T>[]>();
  /** Every phrase by its folded words, so that adding one listed already costs one lookup (title lists add thousands). */
  private readonly entries = new Map<string, Entry<T>>();
  private readonly suffixes: string[];
  private readonly clitics: boolean;
  /**
   * For matchers with suffixes, and Arabic words read with clitics (see listedKeys; `firsts` answers the rest).
   * Per word (by its number in the word table, less `memoStart`), without and with clitics: 0 when
   * not yet worked out, else 1 + the index in `readings` of the ways the word starts a listed phrase
   * (most words: none, index 0). Every matcher is asked about every token of every article, and working the
   * readings out each time (suffixes, clitics, the Arabic article) took about a quarter of
   * extraction's time; typed arrays keep the memo dense and small.
   */
  private keyMemo: [Uint32Array, Uint32Array] = [new Uint32Array(0), new Uint32Array(0)];
  private readings: (readonly FirstWordKey[])[] = [NO_KEYS];
  private memoStart = wordTableStart();
  /**
   * 1 at the number (in the word table, less `firstsStart`) of each listed phrase's first word: every matcher is asked
   * about every token of an article, and one byte by number is quicker than a lookup in a map of thousands of words.
   */
  private firsts = new Uint8Array(0);
  private firstsStart = -1;
  /** The reading of each listed first word as it stands (see exactKeys); bounded by the list itself. */
  private readonly exact = new Map<string, readonly FirstWordKey[]>();
  /** Whether phrases were added since the lists were last put in order (see sortLists). */
  private unsorted = false;

  constructor(options: PhraseMatcherOptions = {}) {
    this.suffixes = (options.suffixes ?? []).map(fold).sort((a, b) => b.length - a.length);
    this.clitics = options.clitics ?? false;
  }

  /** Adds a phrase (any script; folded here) with a value. */
  add(phrase: string, value: T): void {
    const words = phraseWords(fold(phrase));
    if (words.length === 0) return;
    const key = words.join(" ");
    const same = this.entries.get(key);
    if (same) {
      if (!same.values.includes(value)) same.values.push(value);
      return;
    }
    const entry = { words, values: [value] };
    this.entries.set(key, entry);
    const list = this.index.get(words[0]);
    if (list) list.push(entry);
    else this.index.set(words[0], [entry]);
    // Worked out again when next asked (lists add thousands of phrases before anyone asks, some under one first word:
    // keeping each list in order as it grew made loading quadratic in it).
    this.unsorted = true;
    this.memoStart = -1;
    this.firstsStart = -1;
  }

  /** Each first word's phrases longest first, in the order added among phrases of one length (matchAt stops at the first longest match). */
  private sortLists(): void {
    for (const list of this.index.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.unsorted = false;
  }

  /**
   * The longest phrase starting at token i, or null (none past the last token). `clitics: false` turns Arabic clitic
   * prefixes off for this call (Persian text, where و/ب/ل starting a word are part of it).
   */
  matchAt(tokens: Token[], text: string, i: number, options: { clitics?: boolean } = {}): PhraseMatch<T> | null {
    const token = tokens[i];
    if (!token) return null;
    if (this.unsorted) this.sortLists();
    let best: PhraseMatch<T> | null = null;
    let bestCut = 0;
    for (const { key, cut, trim } of this.listedKeys(token, options.clitics ?? this.clitics)) {
      for (const entry of this.index.get(key)!) {
        // Of two readings as long, the one with the shorter clitic keeps more of the word ("وکریم": و + کریم, not وک + ریم).
        if (best && (entry.words.length < best.after - best.first || (entry.words.length === best.after - best.first && cut >= bestCut))) break;
        if (trim > 0 && entry.words.length > 1) continue;
        const m = this.matchEntry(entry, tokens, text, i, key, cut, trim);
        if (m) {
          best = m;
          bestCut = cut;
        }
      }
      if (best && cut === 0) break;
    }
    return best;
  }

  /** Every non-overlapping phrase in the text, left to right, longest first at each position. */
  findAll(tokens: Token[], text: string, options: { clitics?: boolean } = {}): PhraseMatch<T>[] {
    return this.findIn(tokens, text, 0, tokens.length, options);
  }

  /** Like findAll, for phrases starting in the token range [first, after) only. */
  findIn(tokens: Token[], text: string, first: number, after: number, options: { clitics?: boolean } = {}): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = Math.max(0, first); i < Math.min(after, tokens.length); ) {
      const m = this.matchAt(tokens, text, i, options);
      if (m) {
        found.push(m);
        i = m.after;
      } else i++;
    }
    return found;
  }

  /** Whether a single folded word is listed (exactly). */
  hasWord(word: string): boolean {
    return (this.index.get(word) ?? []).some((e) => e.words.length === 1);
  }

  /** The readings of a token that start some listed phrase, in the order firstWordKeys gives. */
  private listedKeys(token: Token, clitics: boolean): readonly FirstWordKey[] {
    // A word with no suffix or clitic to read off is listed as it stands or not at all: `firsts` answers that.
    if (this.suffixes.length === 0 && !(clitics && isArabicScript(token.text))) return this.exactKeys(token);
    if (this.memoStart !== wordTableStart()) this.forgetReadings();
    if (token.word < this.memoStart) return this.readingsOf(token.text, clitics);
    const at = token.word - this.memoStart;
    const side = clitics ? 1 : 0;
    let memo = this.keyMemo[side];
    if (at >= memo.length) {
      const grown = new Uint32Array(Math.max(1024, 2 * memo.length, at + 1));
      grown.set(memo);
      memo = this.keyMemo[side] = grown;
    }
    const known = memo[at];
    if (known !== 0) return this.readings[known - 1];
    const listed = this.readingsOf(token.text, clitics);
    if (listed === NO_KEYS) {
      memo[at] = 1;
      return NO_KEYS;
    }
    this.readings.push(listed);
    memo[at] = this.readings.length;
    return listed;
  }

  /** The one reading of a word taken as it stands, when it starts some listed phrase. */
  private exactKeys(token: Token): readonly FirstWordKey[] {
    if (!this.isListedFirst(token)) return NO_KEYS;
    const word = token.text;
    let keys = this.exact.get(word);
    if (!keys) this.exact.set(word, (keys = [{ key: word, cut: 0, trim: 0 }]));
    return keys;
  }

  /** Whether a token's word, as it stands, is the first word of some listed phrase. */
  private isListedFirst(token: Token): boolean {
    if (this.firstsStart !== wordTableStart()) this.numberFirsts();
    const at = token.word - this.firstsStart;
    if (at < 0) return this.index.has(token.text);
    return at < this.firsts.length && this.firsts[at] === 1;
  }

  /** Marks each listed first word by its number in the current word table (see `firsts`). */
  private numberFirsts(): void {
    let numbers: number[];
    do {
      // Numbering a word may start the table afresh (see wordNumber); then every word is numbered again.
      this.firstsStart = wordTableStart();
      numbers = [...this.index.keys()].map((word) => wordNumber(word) - this.firstsStart);
    } while (this.firstsStart !== wordTableStart());
    this.firsts = new Uint8Array(numbers.reduce((max, n) => Math.max(max, n + 1), 0));
    for (const n of numbers) this.firsts[n] = 1;
  }

  /** The readings of a word that start some listed phrase, worked out. */
  private readingsOf(word: string, clitics: boolean): readonly FirstWordKey[] {
    const listed = [...this.firstWordKeys(word, clitics)].filter(({ key }) => this.index.has(key));
    return listed.length ? listed : NO_KEYS;
  }

  private forgetReadings(): void {
    this.keyMemo = [new Uint32Array(0), new Uint32Array(0)];
    this.readings = [NO_KEYS];
    this.memoStart = wordTableStart();
  }

  private *firstWordKeys(word: string, clitics: boolean): Generator<FirstWordKey> {
    yield { key: word, cut: 0, trim: 0 };
    for (const suffix of this.suffixes) {
      if (word.length - suffix.length >= 2 && word.endsWith(suffix)) yield { key: word.slice(0, -suffix.length), cut: 0, trim: suffix.length };
    }
    if (clitics && isArabicScript(word)) {
      for (const clitic of ARABIC_CLITICS) {
        if (word.length - clitic.length >= 2 && word.startsWith(clitic)) yield { key: word.slice(clitic.length), cut: clitic.length, trim: 0 };
      }
      for (const reading of uncontractArticle(word)) yield { key: reading.word, cut: reading.cut, trim: 0 };
    }
  }

  private matchEntry(entry: Entry<T>, tokens: Token[], text: string, i: number, key: string, cut: number, trim: number): PhraseMatch<T> | null {
    const n = entry.words.length;
    if (i + n > tokens.length) return null;
    let endTrim = trim;
    for (let k = 0; k < n; k++) {
      const token = tokens[i + k];
      const actual = k === 0 ? key : token.text;
      // The words first: most entries fail on them, and the gap's test costs a slice.
      if (actual !== entry.words[k]) {
        const trim = k === n - 1 ? this.suffixTrim(actual, entry.words[k]) : -1;
        if (trim < 0) return null;
        endTrim = trim;
      }
      if (k > 0 && !isJoiningGap(text, tokens[i + k - 1].end, token.start)) return null;
    }
    const first = tokens[i];
    const last = tokens[i + n - 1];
    const start = first.start + cut;
    return { first: i, after: i + n, start, end: last.end - endTrim, values: entry.values, phrase: entry.words.join(" ") };
  }

  /** Length of the suffix that turns `listed` into `actual`, or -1. */
  private suffixTrim(actual: string, listed: string): number {
    if (!actual.startsWith(listed)) return -1;
    const rest = actual.slice(listed.length);
    return this.suffixes.includes(rest) ? rest.length : -1;
  }
}
