/**
 * Dates in text: absolute Gregorian ("2016-03-24", "24 March 2016", "24 آذار 2016"), Persian
 * solar ("۱۳۹۵/۱۰/۰۱", "۱ دی ۱۳۹۵", via jalaali-js), Hijri ("15 جمادى الآخرة 1437", inverted
 * through Intl's islamic-umalqura calendar) and references relative to the article's date
 * (امروز، روز گذشته، اليوم، أمس، weekdays, "۱۲ روز قبل", "12 days ago").
 * Month and day words come from data/dates.json.
 */
import * as jalaali from "jalaali-js";
import data from "./data/dates.json" with { type: "json" };
import { checkObject, checkStrings } from "./data-check.ts";
import { fold } from "./normalize.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import type { Token } from "./tokens.ts";

/** A date reference found in folded text. */
export interface DateMention {
  first: number;
  after: number;
  start: number;
  end: number;
  /** ISO date when the text gives an absolute date. */
  iso: string | null;
  /** Days from the article's date (−1 = yesterday) for relative references. */
  offset: number | null;
  /** 0 (Sunday) – 6 for a bare weekday, resolved to the latest such day on or before the article's date. */
  weekday: number | null;
  /** A day and month written without a year ("(۱۵ آذر)", "on 5 June"): the year comes from the article's date or an earlier date. */
  monthDay?: { calendar: Calendar; month: number; day: number };
}

type Calendar = "gregorian" | "jalali" | "hijri";
type DateWord = { type: "month"; calendar: Calendar; month: number } | { type: "day"; day: number } | { type: "weekday"; day: number } | { type: "relative"; offset: number } | { type: "unit"; days: number } | { type: "ago" } | { type: "since" };

const words = loadDateWords(data);

function loadDateWords(raw: unknown): PhraseMatcher<DateWord> {
  const record = checkObject(raw, "dates.json");
  const m = new PhraseMatcher<DateWord>();
  const months = checkObject(record.months, "dates.json months");
  for (const calendar of ["gregorian", "jalali", "hijri"] as const) {
    const list = months[calendar];
    if (!Array.isArray(list) || list.length !== 12) throw new TypeError(`dates.json months.${calendar}: expected 12 lists`);
    list.forEach((names, i) => checkStrings(names, `months.${calendar}[${i}]`).forEach((n) => m.add(n, { type: "month", calendar, month: i + 1 })));
  }
  const weekdays = record.weekdays;
  if (!Array.isArray(weekdays) || weekdays.length !== 7) throw new TypeError("dates.json weekdays: expected 7 lists");
  weekdays.forEach((names, day) => checkStrings(names, `weekdays[${day}]`).forEach((n) => m.add(n, { type: "weekday", day })));
  const ordinals = record.ordinalDays ?? [];
  if (!Array.isArray(ordinals)) throw new TypeError("dates.json ordinalDays: expected an array");
  ordinals.forEach((names, i) => checkStrings(names, `ordinalDays[${i}]`).forEach((n) => m.add(n, { type: "day", day: i + 1 })));
  const relative = record.relativeDays;
  if (!Array.isArray(relative)) throw new TypeError("dates.json relativeDays: expected an array");
  for (const item of relative) {
    const entry = checkObject(item, "dates.json relativeDays[]");
    checkStrings(entry.words, "relativeDays[].words").forEach((n) => m.add(n, { type: "relative", offset: Number(entry.offset) }));
  }
  const ago = checkObject(record.ago, "dates.json ago");
  for (const item of Array.isArray(ago.units) ? ago.units : []) {
    const unit = checkObject(item, "dates.json ago.units[]");
    checkStrings(unit.words, "ago.units[].words").forEach((n) => m.add(n, { type: "unit", days: Number(unit.days) }));
  }
  checkStrings(ago.after, "ago.after").forEach((n) => m.add(n, { type: "ago" }));
  checkStrings(ago.before, "ago.before").forEach((n) => m.add(n, { type: "since" }));
  return m;
}

const NUMERIC_DATE = /(?<![\d/.-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-])|(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d/.-])/g;

/** Finds every date reference in tokenized folded text, in order. */
export function findDates(tokens: Token[], folded: string, clitics = false): DateMention[] {
  const found: DateMention[] = [];
  for (const m of folded.matchAll(NUMERIC_DATE)) {
    const [y, mo, d] = m[1] ? [+m[1], +m[2], +m[3]] : [+m[6], +m[5], +m[4]];
    const iso = toIso(calendarOfYear(y), y, mo, d);
    if (iso) found.push(at(tokens, m.index, m.index + m[0].length, { iso }));
  }
  for (let i = 0; i < tokens.length; i++) {
    const match = words.matchAt(tokens, folded, i, { clitics });
    if (!match) continue;
    const mention = wordDate(tokens, folded, match.first, match.after, match.values[0]);
    if (mention && !found.some((f) => f.start <= mention.start && mention.end <= f.end)) found.push(mention);
    i = match.after - 1;
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether token i is part of a written date: a month word, or a day or year number beside one ("on Feb 18", "on 18 February
 * 2025", "on February 18, 2025"). Such words are time adverbials wherever a sentence may end in one.
 */
export function inWrittenDate(tokens: Token[], folded: string, i: number): boolean {
  const isMonth = (k: number) => k >= 0 && k < tokens.length && (words.matchAt(tokens, folded, k)?.values.some((v) => v.type === "month") ?? false);
  if (isMonth(i)) return true;
  if (!/^\d{1,4}(?:st|nd|rd|th)?$/.test(tokens[i]?.text ?? "")) return false;
  return isMonth(i - 1) || isMonth(i + 1) || (isMonth(i - 2) && /^\d/.test(tokens[i - 1].text));
}

/**
 * Gregorian months written without a day ("in October", "in December 2023", "في أكتوبر") between two tokens, with the year
 * written after them if any: a month alone names a time, not the day of a meeting, and tells another occasion than one of
 * the article's own days when it is not the article's month.
 */
export function monthsAlone(tokens: Token[], folded: string, first: number, after: number, clitics = false): { month: number; year: number | null }[] {
  const found: { month: number; year: number | null }[] = [];
  for (let i = first; i < after; i++) {
    const match = words.matchAt(tokens, folded, i, { clitics });
    if (!match) continue;
    const word = match.values.find((v) => v.type === "month" && v.calendar === "gregorian");
    if (word?.type === "month" && wordDate(tokens, folded, match.first, match.after, word) === null && dayNumber(tokens[match.first - 1]) === null) {
      found.push({ month: word.month, year: yearNumber(tokens[match.after]) });
    }
    i = match.after - 1;
  }
  return found;
}

function wordDate(tokens: Token[], folded: string, first: number, after: number, word: DateWord): DateMention | null {
  const num = (i: number) => (tokens[i] && /^\d+$/.test(tokens[i].text) ? Number(tokens[i].text) : null);
  if (word.type === "month") {
    // "14 مايو/ أيار 2021": the month written twice, in two naming traditions.
    const again = after < tokens.length ? words.matchAt(tokens, folded, after) : null;
    if (again && again.values.some((v) => v.type === "month" && v.month === word.month && v.calendar === word.calendar)) after = again.after;
    // D Month Y, or Month D, Y; the day may be an English ordinal ("19th December"), or an ordinal word ("پنجم مهرماه", "التاسع من يونيو"),
    // and the year run into the next word ("2026آخر تحديث").
    const ordinal = dayNumber(tokens[first - 1]) === null ? ordinalBefore(tokens, folded, first) : null;
    if (ordinal) first = ordinal.first + 1;
    const day = ordinal?.day ?? dayNumber(tokens[first - 1]);
    if (tokens[after] && monthFillers.has(tokens[after].text)) after++;
    const year = yearNumber(tokens[after]);
    if (day && day <= 31 && year && year > 999) return span(tokens, first - 1, after + 1, { iso: toIso(word.calendar, year, word.month, day) });
    const dayAfter = dayNumber(tokens[after]);
    const yearAfter = yearNumber(tokens[after + 1]);
    if (dayAfter && dayAfter <= 31 && yearAfter && yearAfter > 999) return span(tokens, first, after + 2, { iso: toIso(word.calendar, yearAfter, word.month, dayAfter) });
    // No year: "(۱۵ آذر)", "15 آذار", "June 5". An ordinal-less number after an Arabic or Persian month is a count or a year, not a day.
    if (day && day <= 31) return span(tokens, first - 1, after, { monthDay: { calendar: word.calendar, month: word.month, day } });
    if (dayAfter && dayAfter <= 31 && /^[a-z]/.test(tokens[first].text)) return span(tokens, first, after + 1, { monthDay: { calendar: word.calendar, month: word.month, day: dayAfter } });
    return null;
  }
  if (word.type === "weekday") return span(tokens, first, after, { weekday: word.day });
  if (word.type === "relative") return span(tokens, first, after, { offset: word.offset });
  if (word.type === "unit") {
    // "12 روز قبل", "12 days ago", "قبل 12 يوما", "منذ 12 يوما".
    const count = num(first - 1);
    if (count !== null && isAgoWord(tokens, after)) return span(tokens, first - 1, after + 1, { offset: -count * word.days });
    if (count !== null && isSinceWord(tokens, first - 2)) return span(tokens, first - 2, after, { offset: -count * word.days });
  }
  return null;
}

/** Tokens before a month within which an ordinal day word may start ("بیست و یکم", "السادس من"). */
const ORDINAL_REACH = 4;

/** A day written as an ordinal word right before the month at `at`, or before a filler ("التاسع من يونيو"): its day and first token. */
function ordinalBefore(tokens: Token[], folded: string, at: number): { day: number; first: number } | null {
  const end = at > 0 && dayFillers.has(tokens[at - 1].text) ? at - 1 : at;
  for (let k = end - 1; k >= 0 && k >= end - ORDINAL_REACH; k--) {
    const m = words.matchAt(tokens, folded, k);
    const value = m?.after === end ? m.values.find((v) => v.type === "day") : undefined;
    if (value?.type === "day") return { day: value.day, first: k };
  }
  return null;
}

/** A day of the month: "19", or an English ordinal "19th". */
function dayNumber(token: Token | undefined): number | null {
  const m = token && /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.text);
  return m ? Number(m[1]) : null;
}

/** A four-digit year, also when a word is written onto it without a space ("2026آخر"). */
function yearNumber(token: Token | undefined): number | null {
  const m = token && /^(\d{4})(?:\p{L}*)$/u.exec(token.text);
  return m ? Number(m[1]) : null;
}

function isAgoWord(tokens: Token[], i: number): boolean {
  return tokens[i] !== undefined && agoAfter.has(tokens[i].text);
}

function isSinceWord(tokens: Token[], i: number): boolean {
  return tokens[i] !== undefined && agoBefore.has(tokens[i].text);
}

/** Words a line holding only a date may have beside it ("تاریخ انتشار:", "Published on", the corpus stamp's "date"), folded. */
export const dateLineWords: ReadonlySet<string> = new Set(checkStrings(checkObject(data, "dates.json").dateLineWords ?? [], "dates.json dateLineWords").flatMap((w) => fold(w).split(/\s+/)));

const dayFillers = new Set(checkStrings(checkObject(data, "dates.json").dayFillers ?? [], "dates.json dayFillers").map(fold));
const monthFillers = new Set(checkStrings(checkObject(data, "dates.json").monthFillers ?? [], "dates.json monthFillers").map(fold));
const agoData = checkObject(checkObject(data, "dates.json").ago, "dates.json ago");
/** Words after a count of days that make it "ago" (۱۲ روز قبل), and before it (منذ 12 يوما). */
const agoAfter = new Set(checkStrings(agoData.after, "ago.after").map(fold));
const agoBefore = new Set(checkStrings(agoData.before, "ago.before").map(fold));

function span(tokens: Token[], first: number, after: number, value: Partial<Pick<DateMention, "iso" | "offset" | "weekday" | "monthDay">>): DateMention | null {
  if (first < 0 || after > tokens.length || first >= after) return null;
  if (value.iso === null) return null;
  const mention: DateMention = { first, after, start: tokens[first].start, end: tokens[after - 1].end, iso: value.iso ?? null, offset: value.offset ?? null, weekday: value.weekday ?? null };
  if (value.monthDay) mention.monthDay = value.monthDay;
  return mention;
}

function at(tokens: Token[], start: number, end: number, value: { iso: string }): DateMention {
  const first = tokens.findIndex((t) => t.end > start);
  const after = tokens.findIndex((t) => t.start >= end);
  return { first: Math.max(0, first), after: after < 0 ? tokens.length : after, start, end, iso: value.iso, offset: null, weekday: null };
}

/** Persian solar years of 2000–2040 are 1378–1419; Hijri years of the same time are 1420–1462. */
function calendarOfYear(year: number): Calendar {
  if (year >= 1200 && year < 1420) return "jalali";
  if (year >= 1420 && year < 1600) return "hijri";
  return "gregorian";
}

/** Converts a date in a calendar to ISO, or null when it is not a real date. */
export function toIso(calendar: Calendar, year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (calendar === "jalali") return jalaliToIso(year, month, day);
  if (calendar === "hijri") return hijriToIso(year, month, day);
  if (year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? isoOf(date) : null;
}

/** Persian solar (Jalali) date to ISO Gregorian. */
export function jalaliToIso(year: number, month: number, day: number): string | null {
  if (!jalaali.isValidJalaaliDate(year, month, day)) return null;
  const g = jalaali.toGregorian(year, month, day);
  return isoOf(new Date(Date.UTC(g.gy, g.gm - 1, g.gd)));
}

const hijriFormat = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });

function hijriOf(ms: number): [number, number, number] {
  const parts = hijriFormat.formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return [get("year"), get("month"), get("day")];
}

const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH (16 July 622, Julian) in Unix days, and the mean lunar year. */
const HIJRI_EPOCH_DAYS = -492_148;
const HIJRI_YEAR_DAYS = 354.36667;

/** Hijri (Umm al-Qura) date to ISO Gregorian: estimate, then search nearby days with Intl. */
export function hijriToIso(year: number, month: number, day: number): string | null {
  if (year < 1300 || year > 1600 || day > 30) return null;
  const estimate = Math.round(HIJRI_EPOCH_DAYS + (year - 1) * HIJRI_YEAR_DAYS + (month - 1) * 29.5306 + (day - 1));
  for (let delta = 0; delta <= 6; delta++) {
    for (const sign of delta === 0 ? [0] : [-1, 1]) {
      const ms = (estimate + sign * delta) * DAY_MS;
      const [y, m, d] = hijriOf(ms);
      if (y === year && m === month && d === day) return isoOf(new Date(ms));
    }
  }
  return null;
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return isoOf(new Date(Date.UTC(y, m - 1, d + days)));
}

/**
 * The absolute date a reference gives, using the article's date for relative ones; null when it
 * cannot be known. A day and month without a year is the latest such day on or before the
 * article's date, else (undated article) the first on or after an absolute date written before it
 * ("۱۴ آذر ۱۴۰۰ … یک روز بعد (۱۵ آذر)").
 */
export function resolveDate(mention: DateMention, articleDate: string | null, earlier: string | null = null): string | null {
  if (mention.iso) return mention.iso;
  if (mention.monthDay) return articleDate ? yearless(mention.monthDay, articleDate, -1) : earlier ? yearless(mention.monthDay, earlier, 1) : null;
  if (!articleDate) return null;
  if (mention.offset !== null) return addDays(articleDate, mention.offset);
  if (mention.weekday !== null) {
    const [y, m, d] = articleDate.split("-").map(Number);
    const today = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return addDays(articleDate, -((today - mention.weekday + 7) % 7));
  }
  return null;
}

/** The day and month in the year of `anchor` (its calendar's year), moved a year back (-1) or on (1) to fall on or before/after it. */
function yearless(md: { calendar: Calendar; month: number; day: number }, anchor: string, direction: -1 | 1): string | null {
  const year = yearIn(md.calendar, anchor);
  for (const y of [year, year + direction]) {
    const iso = toIso(md.calendar, y, md.month, md.day);
    if (iso && (direction < 0 ? iso <= anchor : iso >= anchor)) return iso;
  }
  return null;
}

/** The year of an ISO date in a calendar. */
function yearIn(calendar: Calendar, iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  if (calendar === "jalali") return jalaali.toJalaali(y, m, d).jy;
  if (calendar === "hijri") return hijriOf(Date.UTC(y, m - 1, d))[0];
  return y;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
