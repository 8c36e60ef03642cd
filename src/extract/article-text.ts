/**
 * The prepared view of one article that every finder works on: the original text, its folded
 * form with offsets back, word tokens, classified lines and sentences of the article text,
 * and lookups from a token to its line and sentence.
 */
import { classifyLines, type ClassifiedLine } from "./boilerplate.ts";
import { foldText, spanOf, type FoldedText } from "./normalize.ts";
import { endsLikeSentence, goesOn, splitLines, splitSentences } from "./segment.ts";
import { tokenize, tokenIndexAt, type Token } from "./tokens.ts";
import type { Span } from "./types.ts";

/** A sentence of article text with its folded range and tokens. */
export interface Sentence extends Span {
  /** Index into ArticleText.sentences. */
  index: number;
  /** Line number of its paragraph: its own line, or the first of the lines a hard-wrapped paragraph is cut into. */
  line: number;
  /** Folded-text range. */
  fStart: number;
  fEnd: number;
  /** Token range. */
  first: number;
  after: number;
}

/** An article prepared for extraction. */
export interface ArticleText {
  source: string;
  folded: FoldedText;
  tokens: Token[];
  lines: ClassifiedLine[];
  /** Sentences of body lines (headlines, boilerplate and repeated lines excluded). */
  sentences: Sentence[];
  /** Line number of each token. */
  lineOfToken: Int32Array;
  /** Sentence index of each token, −1 outside body sentences. */
  sentenceOfToken: Int32Array;
  /** Whether Arabic clitics (و، ف، ب، ل، ك) attach to words: true for Arabic text. */
  clitics: boolean;
}

/** What preparing an article gives before its language is known (which says whether clitics attach). */
export type PreparedText = Omit<ArticleText, "clitics">;

/** Folds, tokenizes and segments an article. */
export function prepareArticle(source: string): PreparedText {
  const folded = foldText(source);
  const tokens = tokenize(folded.text);
  const foldedIndex = foldedIndexer(folded);
  const lines = classifyLines(splitLines(source), (line) => foldedLine(folded, foldedIndex, line).text);
  const lineOfToken = new Int32Array(tokens.length).fill(-1);
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  const sentences: Sentence[] = [];
  const push = (s: Span, paragraph: number) => {
    const fStart = foldedIndex(s.start);
    const fEnd = foldedIndex(s.end);
    const first = tokenIndexAt(tokens, fStart);
    const after = tokenIndexAt(tokens, fEnd);
    const index = sentences.length;
    sentences.push({ ...s, index, line: paragraph, fStart, fEnd, first, after });
    for (let t = first; t < after; t++) sentenceOfToken[t] = index;
  };
  const soft = softBreaks(lines);
  // A sentence cut by a soft line break goes on in the next line; the lines it joins are one paragraph.
  let carry: Span | null = null;
  let paragraph = -1;
  for (const line of lines) {
    const lf = foldedIndex(line.start);
    const lt = foldedIndex(line.end);
    for (let t = tokenIndexAt(tokens, lf); t < tokens.length && tokens[t].start < lt; t++) lineOfToken[t] = line.index;
    if (line.kind !== "body") continue;
    if (!carry) paragraph = line.index;
    const pieces = splitSentences(line);
    pieces.forEach((piece, i) => {
      const s: Span = i === 0 && carry ? { start: carry.start, end: piece.end, text: source.slice(carry.start, piece.end) } : piece;
      if (i === 0) carry = null;
      if (i === pieces.length - 1 && soft.has(line.index)) carry = s;
      else push(s, paragraph);
    });
  }
  return { source, folded, tokens, lines, sentences, lineOfToken, sentenceOfToken };
}

/** Fewest soft line breaks, and their least share of body lines, that make an article hard-wrapped. */
const SOFT_BREAKS_MIN = 3;
const SOFT_BREAKS_SHARE = 0.3;
/** Least share of the wrap width (the longest line visibly cut) at which a line not ending a sentence was cut by the wrap. */
const WRAP_WIDTH_SHARE = 0.85;

/**
 * The body lines whose line break is a soft wrap: in a text hard-wrapped at a fixed width (many body lines ending in
 * the middle of a sentence, the next body line right after them), a line that does not end like a sentence goes on
 * in the next. An article with only a few such lines (headings, captions) keeps every line break.
 */
function softBreaks(lines: ClassifiedLine[]): Set<number> {
  const body = lines.filter((l) => l.kind === "body");
  const open = body.filter((l) => lines[l.index + 1]?.kind === "body" && lines[l.index + 1].text.trim() !== "" && !endsLikeSentence(l.text) && !/[:：]\s*$/.test(l.text));
  const cut = open.filter((l) => goesOn(l.text, lines[l.index + 1].text));
  if (cut.length < SOFT_BREAKS_MIN || cut.length < SOFT_BREAKS_SHARE * body.length) return new Set();
  // In such a text a line about as long as the wrap width was cut there too, even before a capitalised name ("…, Indian\nLok Sabha Speaker").
  const width = Math.max(...cut.map((l) => l.text.trimEnd().length));
  return new Set(open.filter((l) => cut.includes(l) || l.text.trimEnd().length >= WRAP_WIDTH_SHARE * width).map((l) => l.index));
}

/** Maps original offsets to folded offsets (the first folded character at or after them). */
function foldedIndexer(folded: FoldedText): (original: number) => number {
  return (original: number) => {
    let lo = 0;
    let hi = folded.origin.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (folded.origin[mid] < original) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * A line's folded text, trimmed as `fold` gives it, and its words with offsets into that text:
 * what folding and tokenizing the line on its own gives, taken from the article's.
 */
export function lineWords(article: ArticleText, line: Span): { folded: string; tokens: Token[] } {
  const { text, start } = foldedLine(article.folded, foldedIndexer(article.folded), line);
  const tokens: Token[] = [];
  for (let t = tokenIndexAt(article.tokens, start); t < article.tokens.length && article.tokens[t].end <= start + text.length; t++) {
    const token = article.tokens[t];
    tokens.push({ ...token, start: token.start - start, end: token.end - start });
  }
  return { folded: text, tokens };
}

/** A line's stretch of the folded text, trimmed, and the folded offset where it starts. */
function foldedLine(folded: FoldedText, foldedIndex: (original: number) => number, line: Span): { text: string; start: number } {
  const from = foldedIndex(line.start);
  const raw = folded.text.slice(from, foldedIndex(line.end));
  return { text: raw.trim(), start: from + (raw.length - raw.trimStart().length) };
}

/** Original-text span of a folded range. */
export function spanIn(article: ArticleText, start: number, end: number): Span {
  return spanOf(article.source, article.folded, start, end);
}

/** Whether a token lies in article text (a body line or a headline), not furniture or a repeat. */
export function isTextToken(article: ArticleText, tokenIndex: number): boolean {
  const line = article.lines[article.lineOfToken[tokenIndex]];
  return line !== undefined && (line.kind === "body" || line.kind === "headline");
}

/** Whether token k is written with a capital letter in the source (the folded text has none). */
export function isCapitalizedAt(article: ArticleText, k: number): boolean {
  return /^\p{Lu}/u.test(article.source[article.folded.origin[article.tokens[k].start]] ?? "");
}

/** The last letter of token k as the source writes it (a teh marbuta or a dotted yeh, which folding merges with heh and alef maksura). */
export function lastLetterAt(article: ArticleText, k: number): string {
  return article.source[article.folded.origin[article.tokens[k].end - 1]] ?? "";
}

/** Whether a token lies in a body line. */
export function isBodyToken(article: ArticleText, tokenIndex: number): boolean {
  return article.lines[article.lineOfToken[tokenIndex]]?.kind === "body";
}
