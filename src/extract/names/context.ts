/**
 * What name reading works on and gives back: the article as name finding sees it (NameContext),
 * a run of name words (NameRun), a given name found at a token (GivenName), and the answers kept
 * per article while its names are read.
 */
import type { Token } from "../tokens.ts";

/** What name finding needs to know about the article. */
export interface NameContext {
  /** The article's language: Latin runs in Persian or Arabic text are names only with a given name or an honorific. */
  language: "fa" | "ar" | "en";
  tokens: Token[];
  folded: string;
  /** Whether Arabic clitics (و، ب، ل) may be attached to names (Arabic text). */
  clitics: boolean;
  /** Whether a token is a country word (country names cannot be people's names). */
  isCountryToken: (tokenIndex: number) => boolean;
  /** Whether a token is a word of a city's name (data/cities.json, capitals): "سفير إيران في جنيف علي …". */
  isCityToken?: (tokenIndex: number) => boolean;
  /** Whether the source text of a token starts with a capital letter (for Latin names). */
  isCapitalized: (tokenIndex: number) => boolean;
  /** The last letter of a token as the source writes it (a dotted yeh or an alef maksura, which folding merges). */
  lastLetter?: (tokenIndex: number) => string;
  /** Whether the source writes a token with tanween (حاملاً، قميصاً): an indefinite Arabic word, which no name is. */
  indefinite?: (tokenIndex: number) => boolean;
  /** Whether the source text of a token is written in capitals only (KEY ALLY). */
  isUpperCase: (tokenIndex: number) => boolean;
  /** Whether a token's line is a title-case headline (set by findOpenNames for the article). */
  titleCase?: (tokenIndex: number) => boolean;
  /** Answers kept for this article's tokens (set by memoOf). */
  memo?: NameMemo;
  /** Whether two tokens are on the same line of the original text. */
  sameLine: (a: number, b: number) => boolean;
  /** Sentence number of each token. */
  sentenceOf: (tokenIndex: number) => number;
  /** Which tokens belong to article text (not boilerplate or repeated lines). */
  inText: (tokenIndex: number) => boolean;
}

/** A run of name words, in token and folded-text coordinates (a clitic on the first word left out). */
export interface NameRun {
  first: number;
  after: number;
  start: number;
  end: number;
  /** Words of the name, particles not counted; hyphenated parts are one word. */
  words: number;
  /** Whether it opens with a given name (or an East Asian family name) that is not also an ordinary word. */
  anchored: boolean;
  /** Whether it opens with a given name, ordinary word or not (أمل، Grace). */
  given: boolean;
  /** Whether reading stopped at the most words a name may have with a name word still following. */
  cut: boolean;
}

/** A given name found at a token: where it ends, where it starts (after a clitic), and whether it is also an ordinary word. */
export interface GivenName {
  after: number;
  start: number;
  ambiguous: boolean;
}

/** Answers about an article's tokens kept while its names are read. */
interface NameMemo {
  tokens: Token[];
  /** 0 not asked, 1 a name word, 2 not. */
  nameWord: Int8Array;
  given: Map<number, GivenName | null>;
  /** Whether the source writes a word's final yeh as alef maksura (العراقى), as Egyptian texts do; undefined until asked. */
  maksuraYeh?: boolean;
}

/** The memo of answers for the article's tokens, made afresh when the tokens change. */
export function memoOf(ctx: NameContext): NameMemo {
  if (!ctx.memo || ctx.memo.tokens !== ctx.tokens) ctx.memo = { tokens: ctx.tokens, nameWord: new Int8Array(ctx.tokens.length), given: new Map() };
  return ctx.memo;
}
