/**
 * Splits an article into lines and sentences, keeping original offsets. Sentence ends are a
 * single full stop, question or exclamation mark (Latin or Arabic) before a space; ellipses
 * ("..", "…"), one-letter abbreviations ("U.S.") and English honorifics ("Mr.", language.json) do not end a sentence.
 */
import languageData from "./data/language.json" with { type: "json" };
import { checkLanguageLists, checkObject } from "./data-check.ts";
import type { Span } from "./types.ts";

/** English honorifics written with a full stop before a name ("Mr. X", and the first word of "Rt. Hon. X"), lowercased. */
const ABBREVIATED = new Set(
  checkLanguageLists(checkObject(languageData, "language.json").honorifics, "language.json honorifics").en.flatMap((w) => [w.toLowerCase(), ...[...w.toLowerCase().matchAll(/(\p{L}+)\./gu)].map((m) => m[1])]),
);

/** A line of the original text (without its line break). */
export interface TextLine extends Span {
  /** 0-based line number. */
  index: number;
}

/** Splits text into lines with offsets; \r\n, \r, \n and the Unicode separators all end a line. */
export function splitLines(source: string): TextLine[] {
  const lines: TextLine[] = [];
  const pattern = /\r\n|[\n\r\u2028\u2029\u0085]/g;
  let start = 0;
  let index = 0;
  for (const m of source.matchAll(pattern)) {
    lines.push({ index: index++, start, end: m.index, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ index, start, end: source.length, text: source.slice(start) });
  return lines;
}

// Scraped text loses the space after a sentence: "matter.”The", "Friday.In remarks", "الثنائية.وقال", "مستمر».واستقبل"
// still end one (an Arabic-script word of one letter before the stop is an abbreviation: "د.محمد").
const SENTENCE_END = /[.!?؟]+["'»”’)]*(?=\s|$)|[.!?؟]+["»”’]+(?=[“«"\p{Lu}])|(?<=\p{Ll})[.!?؟]+(?=[“«])|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})|(?<=\p{Script=Arabic}{2}|[»”"])[.!?؟]+(?=\p{Script=Arabic})/gu;

/** Splits one line into sentences (trimmed spans, final punctuation included). */
export function splitSentences(line: Span): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (const m of line.text.matchAll(SENTENCE_END)) {
    const mark = m[0];
    if (/^\.\.|…/.test(mark)) continue;
    if (mark.startsWith(".") && /(^|[\s.])\p{Lu}$/u.test(line.text.slice(0, m.index))) continue;
    if (mark === "." && ABBREVIATED.has(/(?:^|\s)(\p{L}+)$/u.exec(line.text.slice(0, m.index))?.[1].toLowerCase() ?? "")) continue;
    const end = m.index + mark.length;
    pushTrimmed(sentences, line, start, end);
    start = end;
  }
  pushTrimmed(sentences, line, start, line.text.length);
  return sentences;
}

function pushTrimmed(out: Span[], line: Span, from: number, to: number): void {
  const piece = line.text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (piece.trim().length === 0) return;
  const start = line.start + from + lead;
  const end = line.start + to - trail;
  out.push({ start, end, text: line.text.slice(from + lead, to - trail) });
}

/** True when a line ends like a sentence (full stop, ? or !, optionally inside closing quotes). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?؟]["'»”’)]*\s*$/.test(text) && !/(\.\.|…)["'»”’)]*\s*$/.test(text) && !/(^|[\s.])\p{Lu}\.\s*$/u.test(text);
}
