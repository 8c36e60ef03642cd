/**
 * Tells article text from site furniture: boilerplate lines (comment forms, copyright, "end of
 * message", source and share lines), datelines, headlines before the body, and repeated lines
 * (pages that print the body or the title twice). Patterns come from data/boilerplate.json.
 */
import data from "./data/boilerplate.json" with { type: "json" };
import { checkObject, checkStrings } from "./data-check.ts";
import { dateLineWords, findDates } from "./dates.ts";
import { fold, foldArabicScript } from "./normalize.ts";
import { tokenize } from "./tokens.ts";
import { endsLikeSentence, goesOn, type TextLine } from "./segment.ts";

/** What a line is. */
export type LineKind = "body" | "headline" | "boilerplate" | "dateline" | "duplicate" | "blank";

/** A classified line. */
export interface ClassifiedLine extends TextLine {
  kind: LineKind;
}

const rules = loadRules(data);

function loadRules(raw: unknown) {
  const record = checkObject(raw, "boilerplate.json");
  // Each list becomes one alternation: a line is tested once, not once per pattern (every line of every article is tested).
  const compile = (key: string) => {
    const patterns = checkStrings(record[key], `boilerplate.json ${key}`).map((p) => new RegExp(foldArabicScript(p), "u"));
    return patterns.length ? new RegExp(patterns.map((r) => `(?:${r.source})`).join("|"), "u") : /(?!)/u;
  };
  return { maxLength: Number(record.maxLength) || 160, line: compile("line"), anywhere: compile("anywhere"), dateline: compile("dateline"), listHead: compile("listHeads") };
}

/** Lines longer than this are never headlines: they are running text without a full stop. */
const HEADLINE_MAX = 220;
/** A page has at most a title and a few sub-headlines before the body. */
const HEADLINES_MAX = 4;

/** Whether one line, on its own, is site furniture. */
export function isBoilerplate(text: string): boolean {
  return isFoldedBoilerplate(fold(text));
}

function isFoldedBoilerplate(folded: string): boolean {
  if (rules.anywhere.test(folded)) return true;
  return folded.length < rules.maxLength && rules.line.test(folded);
}

/** Whether a short line is a dateline (weekday and numeric date, maybe a time). */
export function isDateline(text: string): boolean {
  return isFoldedDateline(fold(text));
}

function isFoldedDateline(folded: string): boolean {
  return folded.length < 80 && rules.dateline.test(folded);
}

/** Shortest line, and least share of the longest, that a text cut at a fixed width has before its paragraph ends. */
const WRAPPED_MIN = 40;
const WRAPPED_SHARE = 0.8;

/**
 * Whether the line at `i` opens a paragraph hard-wrapped at a fixed width: it and the next lines up to one that ends
 * like a sentence are at least two lines of about one length (a headline is far shorter than the wrap width, and two
 * headlines are rarely of one length), and one break at least visibly cuts a sentence (the next line opens in lower
 * case, or the line ends in a word no sentence ends with). Such opening lines are body, not headlines.
 */
function opensWrappedParagraph(lines: TextLine[], i: number): boolean {
  const run: string[] = [];
  for (let j = i; j < lines.length && !endsLikeSentence(lines[j].text); j++) {
    if (!lines[j].text.trim()) return false;
    run.push(lines[j].text.trimEnd());
  }
  const last = lines[i + run.length];
  if (run.length < 2 || !last?.text.trim()) return false;
  const longest = Math.max(...run.map((l) => l.length));
  if (run.some((l) => l.length < WRAPPED_MIN || l.length < WRAPPED_SHARE * longest)) return false;
  const following = [...run.slice(1), last.text];
  return run.some((l, k) => /^\s*\p{Script=Latin}/u.test(following[k]) && goesOn(l, following[k]));
}

/**
 * Whether a line holds only a date written with its month's name, maybe a weekday, a time and a label ("Friday, August
 * 10, 2018", "Monday, 18 November 2024, 10:49:11 pm", "الخميس 28 مارس 2024"): a date line of the page, not a headline.
 */
function isWordDateLine(folded: string): boolean {
  const tokens = tokenize(folded);
  const dates = findDates(tokens, folded);
  if (!dates.some((d) => d.iso)) return false;
  return tokens.every((t, i) => dates.some((d) => d.first <= i && i < d.after) || /^\d+$/.test(t.text) || dateLineWords.has(t.text));
}

/** Fewest words of a line ending in a colon that is a lead introducing the next paragraph rather than a kicker ("ظریف:"). */
const INTRO_WORDS = 4;

/**
 * "ابراهیم رئیسی در دیدار با … گفت:" ¶ "…." — a line after the headline that ends with a colon and opens the next line, a
 * paragraph ending like a sentence and longer than it: the lead introducing quoted words, not a headline.
 */
function introducesParagraph(lines: TextLine[], i: number): boolean {
  const text = lines[i].text.trim();
  if (!/[:：]$/.test(text) || text.split(/\s+/).length < INTRO_WORDS) return false;
  const next = lines[i + 1]?.text.trim() ?? "";
  return next.length > text.length && endsLikeSentence(next);
}

/**
 * Classifies every line; the first copy of a repeated line keeps its kind, later copies are duplicates. `foldLine` gives a
 * line's folded text as `fold` would (a caller that has folded the whole text already passes a slice of it).
 */
export function classifyLines(lines: TextLine[], foldLine: (line: TextLine) => string = (line) => fold(line.text)): ClassifiedLine[] {
  const seen = new Set<string>();
  let bodySeen = false;
  let headlines = 0;
  let inList = false;
  return lines.map((line) => {
    const folded = foldLine(line);
    let kind = classifyOne(line, folded, seen, bodySeen, headlines);
    if (kind === "headline" && (opensWrappedParagraph(lines, line.index) || (headlines > 0 && introducesParagraph(lines, line.index)))) kind = "body";
    // "More on this topic" ¶ "PM Wong, Prabowo agree to deepen ties" ¶ "Singapore signs …": the headlines of a list of links.
    if (kind !== "blank") {
      const head = bodySeen && rules.listHead.test(folded);
      if (head || (inList && (kind === "boilerplate" || isListItem(line.text)))) kind = "boilerplate";
      inList = head || (inList && kind === "boilerplate");
    }
    if (kind === "body") bodySeen = true;
    if (kind === "headline") headlines++;
    return { ...line, kind };
  });
}

/** Longest line a list of links holds: a headline or a tag, not a paragraph. */
const LIST_ITEM_MAX = 120;

/** Whether a line after a list head is one of its links: short and not ending like a sentence. */
function isListItem(text: string): boolean {
  const t = text.trim();
  return t.length <= LIST_ITEM_MAX && !endsLikeSentence(t);
}

function classifyOne(line: TextLine, folded: string, seen: Set<string>, bodySeen: boolean, headlines: number): LineKind {
  const key = folded.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (!key) return "blank";
  if (isFoldedDateline(folded)) return "dateline";
  if (isFoldedBoilerplate(folded)) return "boilerplate";
  if (seen.has(key)) return "duplicate";
  seen.add(key);
  if (!bodySeen && headlines < HEADLINES_MAX && line.text.trim().length <= HEADLINE_MAX && !endsLikeSentence(line.text)) return folded.length < 80 && isWordDateLine(folded) ? "dateline" : "headline";
  return "body";
}
