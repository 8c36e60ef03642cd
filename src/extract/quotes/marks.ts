/**
 * Quotation marks and clause punctuation in folded text: which marks open and close a quotation,
 * which quotations are only a term or a name in quotes, and where the quotations of a span are.
 */
import type { Sentence } from "../article-text.ts";
import { tokenIndexAt, type Token } from "../tokens.ts";

/** Marks that open a quotation. */
export const OPENING = new Set(["«", "“", '"', "„", "‹"]);
/** The mark that closes a quotation (or a parenthesis), by its opening mark. */
export const CLOSING_OF: Record<string, string> = { "«": "»", "“": "”", '"': '"', "„": "“", "‹": "›", "(": ")" };

/** The mark that opens a quotation (or a parenthesis), by its closing mark. */
export const OPENING_OF: Record<string, string> = { "»": "«", "”": "“", '"': '"', "›": "‹", ")": "(" };

/** Punctuation that closes a clause when scanning back from a cue. */
export const CLAUSE_MARKS = /[،,:;؛«»“”"()]/;

/** Words a quotation mark may enclose and still be a name or a term in quotes («شكري», "constructive") rather than a quote. */
const SHORT_QUOTE_WORDS = 3;

/** Whether the quotation opening at `at` closes again within a few words. */
export function isShortQuote(text: string, tokens: Token[], at: number): boolean {
  const close = text.indexOf(CLOSING_OF[text[at]] ?? "", at + 1);
  if (close < 0) return false;
  return tokenIndexAt(tokens, close) - tokenIndexAt(tokens, at) <= SHORT_QUOTE_WORDS;
}

/** Opening and closing offsets of the quotations (longer than a term in quotes) between two offsets. */
export function quotationSpans(text: string, tokens: Token[], from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = from; k < to; k++) {
    if (!OPENING.has(text[k])) continue;
    const close = text.indexOf(CLOSING_OF[text[k]], k + 1);
    if (close < 0 || close > to) break;
    if (!isShortQuote(text, tokens, k)) spans.push([k, close]);
    k = close;
  }
  return spans;
}

/** Offsets of the marks that close quotations in a sentence, pairing marks left to right, so a closing " is never taken for an opening one. */
export function closingMarks(text: string, sentence: Sentence): Set<number> {
  const closes = new Set<number>();
  for (let k = sentence.fStart; k < sentence.fEnd; k++) {
    if (!OPENING.has(text[k])) continue;
    const close = text.indexOf(CLOSING_OF[text[k]], k + 1);
    if (close < 0) break;
    closes.add(close);
    k = close;
  }
  return closes;
}

/** The first colon or opening quotation mark between two offsets that starts real content, or null. */
export function firstContentMark(text: string, tokens: Token[], from: number, to: number, closes: Set<number>): number | null {
  for (let k = from; k < to; k++) {
    if (text[k] === ":") return k;
    if (OPENING.has(text[k]) && !closes.has(k) && !isShortQuote(text, tokens, k)) return k;
  }
  return null;
}

/** Most words an attribution set between two stretches of one quotation may have after its verb ("said Prime Minister X in a statement,"). */
const RESUME_WORDS = 12;

/**
 * “…,” said X, “and …”, “…,” X said in a statement, “…”: where the quotation resumes after an attribution whose words
 * end at `from` — an opening mark after a comma, within a few words and no other marks of the sentence; -1 otherwise.
 */
export function resumedQuotation(text: string, tokens: Token[], sentence: Sentence, from: number): number {
  let at = from;
  while (at < sentence.fEnd && !OPENING.has(text[at])) at++;
  if (at >= sentence.fEnd || isShortQuote(text, tokens, at)) return -1;
  const between = text.slice(from, at);
  if (!/,\s*$/.test(between) || /[.:;!?؟()«»“”"]/.test(between)) return -1;
  return tokenIndexAt(tokens, at) - tokenIndexAt(tokens, from) <= RESUME_WORDS ? at : -1;
}
