/**
 * The prepared view of one article that every finder works on: the original text, its folded
 * form with offsets back, word tokens, classified lines and sentences of the article text,
 * and lookups from a token to its line and sentence.
 */
import { classifyLines, type ClassifiedLine } from "./boilerplate.ts";
import { foldText, spanOf, type FoldedText } from "./normalize.ts";
import { splitLines, splitSentences } from "./segment.ts";
import { tokenize, tokenIndexAt, type Token } from "./tokens.ts";
import type { Span } from "./types.ts";

/** A sentence of article text with its folded range and tokens. */
export interface Sentence extends Span {
  /** Index into ArticleText.sentences. */
  index: number;
  /** Line number it belongs to. */
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

/** Folds, tokenizes and segments an article. */
export function prepareArticle(source: string, clitics: boolean): ArticleText {
  const folded = foldText(source);
  const tokens = tokenize(folded.text);
  const lines = classifyLines(splitLines(source));
  const foldedIndex = foldedIndexer(folded);
  const lineOfToken = new Int32Array(tokens.length).fill(-1);
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  const sentences: Sentence[] = [];
  for (const line of lines) {
    const lf = foldedIndex(line.start);
    const lt = foldedIndex(line.end);
    for (let t = tokenIndexAt(tokens, lf); t < tokens.length && tokens[t].start < lt; t++) lineOfToken[t] = line.index;
    if (line.kind !== "body") continue;
    for (const s of splitSentences(line)) {
      const fStart = foldedIndex(s.start);
      const fEnd = foldedIndex(s.end);
      const first = tokenIndexAt(tokens, fStart);
      const after = tokenIndexAt(tokens, fEnd);
      const index = sentences.length;
      sentences.push({ ...s, index, line: line.index, fStart, fEnd, first, after });
      for (let t = first; t < after; t++) sentenceOfToken[t] = index;
    }
  }
  return { source, folded, tokens, lines, sentences, lineOfToken, sentenceOfToken, clitics };
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

/** Original-text span of a folded range. */
export function spanIn(article: ArticleText, start: number, end: number): Span {
  return spanOf(article.source, article.folded, start, end);
}

/** Whether a token lies in article text (a body line or a headline), not furniture or a repeat. */
export function isTextToken(article: ArticleText, tokenIndex: number): boolean {
  const line = article.lines[article.lineOfToken[tokenIndex]];
  return line !== undefined && (line.kind === "body" || line.kind === "headline");
}

/** Whether a token lies in a body line. */
export function isBodyToken(article: ArticleText, tokenIndex: number): boolean {
  return article.lines[article.lineOfToken[tokenIndex]]?.kind === "body";
}
