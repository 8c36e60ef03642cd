/**
 * Splits an article into lines and sentences, keeping original offsets. Sentence ends are a
 * single full stop, question or exclamation mark (Latin or Arabic) before a space; ellipses
 * ("..", "…"), one-letter abbreviations ("U.S."), English honorifics ("Mr.", language.json), short abbreviations
 * before a name or number ("Ch. Rao", "Brig. X", "د. محمد", language.json abbreviations) and a Latin full stop before
 * a word in lower case ("3 p.m. on Monday", "Jr. said") do not end a sentence.
 */
import languageData from "./data/language.json" with { type: "json" };
import { checkLanguageLists, checkObject } from "./data-check.ts";
import type { Span } from "./types.ts";

/** English honorifics written with a full stop before a name ("Mr. X", and the first word of "Rt. Hon. X"), lowercased. */
const ABBREVIATED = new Set(
  checkLanguageLists(checkObject(languageData, "language.json").honorifics, "language.json honorifics").en.flatMap((w) => [w.toLowerCase(), ...[...w.toLowerCase().matchAll(/(\p{L}+)\./gu)].map((m) => m[1])]),
);

/**
 * Short words written with a full stop that stand before a name or a number ("Ch. Vidyasagar", "Smt. X", "No. 10",
 * "د. محمد", "م. أحمد"), lowercased without their last stop. They end no sentence when a capital, digit or (in
 * Arabic) a word follows; an Arabic one after a number may be an era ("عام 2010 م.") and may still end one.
 */
const BEFORE_NAME = (() => {
  const lists = checkLanguageLists(checkObject(languageData, "language.json").abbreviations, "language.json abbreviations");
  return { latin: new Set(lists.en.map((w) => w.toLowerCase())), arabic: new Set([...lists.ar, ...lists.fa]) };
})();

/** A one-letter name after a preposition ("posted on X.", "via X."): the platform, not an initial, so its stop may end a sentence. */
const ONE_LETTER_NAME = /(?:^|\s)(?:on|via)\sX$/u;

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

/** Characters on either side of a stop that tell whether it ends a sentence (far more than any abbreviation). */
const NEAR_STOP = 64;

/** Splits one line into sentences (trimmed spans, final punctuation included). */
export function splitSentences(line: Span): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (const m of line.text.matchAll(SENTENCE_END)) {
    const mark = m[0];
    if (/^\.\.|…/.test(mark)) continue;
    // Only the words next to the stop matter: testing the whole rest of a long paragraph at every stop was quadratic.
    const before = line.text.slice(Math.max(0, m.index - NEAR_STOP), m.index);
    if (mark.startsWith(".") && /(^|[\s.])\p{Lu}$/u.test(before) && !ONE_LETTER_NAME.test(before)) continue;
    if (mark === "." && ABBREVIATED.has(/(?:^|\s)(\p{L}+)$/u.exec(before)?.[1].toLowerCase() ?? "")) continue;
    if (mark === "." && isAbbreviationStop(before, line.text.slice(m.index + 1, m.index + 1 + NEAR_STOP))) continue;
    const end = m.index + mark.length;
    pushTrimmed(sentences, line, start, end);
    start = end;
  }
  pushTrimmed(sentences, line, start, line.text.length);
  return sentences;
}

/**
 * Whether a full stop between `before` and `after` closes an abbreviation rather than a sentence: a listed short word
 * before a name or number, or any Latin word before a word in lower case (news opens no sentence in lower case).
 */
function isAbbreviationStop(before: string, after: string): boolean {
  const next = after.trimStart();
  if (/^\p{Script=Latin}/u.test(next) && /^\p{Ll}/u.test(next) && /\p{Script=Latin}$/u.test(before)) return true;
  const word = /(?:^|[\s(])([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  if (BEFORE_NAME.latin.has(word.toLowerCase())) return /^[\p{Lu}\p{N}]/u.test(next);
  if (!BEFORE_NAME.arabic.has(word)) return false;
  const preceding = before.slice(0, before.length - word.length).trimEnd();
  return /^\p{Script=Arabic}/u.test(next) && !/[\p{N}]$/u.test(preceding);
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
  return /[.!?؟]["'»”’)]*\s*$/.test(text) && !/(\.\.|…)["'»”’)]*\s*$/.test(text) && !(/(^|[\s.])\p{Lu}\.\s*$/u.test(text) && !ONE_LETTER_NAME.test(text.trimEnd().slice(0, -1)));
}

/** English words a sentence does not end with: a line ending in one goes on in the next. */
const OPEN_END = /\b(?:of|the|a|an|and|or|but|to|in|on|at|for|with|by|from|that|as|is|are|was|were|has|have|had|will|would|their|its|his|her|our)\s*$/i;

/**
 * Whether a line that does not end like a sentence goes on in the next: in Latin script, when the next line opens in
 * lower case or the line ends in a word no sentence ends with (a list of capitalised headlines does neither); in other
 * scripts, always.
 */
export function goesOn(line: string, next: string): boolean {
  const first = next.trimStart()[0] ?? "";
  if (!/\p{Script=Latin}/u.test(first)) return true;
  return /\p{Ll}/u.test(first) || OPEN_END.test(line);
}
