/**
 * Names the text marks as such: an Arabic-script run glossed by a Latin name in parentheses, and
 * runs in quotation marks listed beside a person already found.
 */
import { isArabicScript } from "../tokens.ts";
import type { NameContext, NameRun } from "./context.ts";
import { isCoordinator, isNameWord, namesAPlace } from "./name-words.ts";
import { overlapsTaken, readRun } from "./read-run.ts";

/**
 * "جیحون بایراموف (Jeyhun Bayramov)": a Persian or Arabic run of two words or more glossed by a
 * capitalised Latin name in parentheses is a person's name.
 */
export function glossedNames(ctx: NameContext, taken: (i: number) => boolean, found: NameRun[]): NameRun[] {
  const { tokens } = ctx;
  const glossed: NameRun[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!isArabicScript(tokens[i - 1].text) || isArabicScript(tokens[i].text) || !ctx.inText(i) || !ctx.isCapitalized(i) || !ctx.sameLine(i - 1, i)) continue;
    if (!/\(\s*$/.test(ctx.folded.slice(tokens[i - 1].end, tokens[i].start))) continue;
    const latin = readRun(ctx, i, 1);
    if (!latin || latin.words < 2 || !tokens[latin.after] || !/^\s*\)/.test(ctx.folded.slice(tokens[latin.after - 1].end, tokens[latin.after].start))) continue;
    const run = readRun(ctx, i - 1, -1);
    if (!run || run.words < 2 || run.cut || overlapsTaken(run, taken) || found.some((f) => f.first <= run.first && run.after <= f.after)) continue;
    glossed.push(run);
  }
  return glossed;
}

/** Opening and closing quotation marks around a name. */
const OPENING_MARK = /[«“"]\s*$/;
const CLOSING_MARK = /^\s*[»”"]/;

/**
 * «سرگئی لاوروف»، «جیحون بایراموف» و «آرارات میرزویان»: a run of two words or more written in
 * quotation marks, in a list with a person already found, is a person too.
 */
export function quotedNames(ctx: NameContext, taken: (i: number) => boolean, found: NameRun[]): NameRun[] {
  const { tokens } = ctx;
  const candidates: NameRun[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!OPENING_MARK.test(ctx.folded.slice(tokens[i - 1].end, tokens[i].start)) || taken(i) || !ctx.inText(i) || !isNameWord(ctx, i)) continue;
    // "خبرگزاری «تاس نیوز»، «X Y» …": a quoted name after a noun of things (an agency, a street) is that thing's.
    if (namesAPlace(ctx, tokens[i - 1].text)) continue;
    const run = readRun(ctx, i, 1);
    if (run && run.words >= 2 && !run.cut && tokens[run.after] && CLOSING_MARK.test(ctx.folded.slice(tokens[run.after - 1].end, tokens[run.after].start)) && !found.some((f) => f.first <= run.first && run.first < f.after)) candidates.push(run);
  }
  const person = new Set<number>();
  for (const run of found) for (let k = run.first; k < run.after; k++) person.add(k);
  const isPerson = (k: number) => k >= 0 && k < tokens.length && (taken(k) || person.has(k));
  const accepted: NameRun[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const run of candidates) {
      if (accepted.includes(run) || !(listedBeside(ctx, run.first - 1, -1, isPerson) || listedBeside(ctx, run.after, 1, isPerson))) continue;
      accepted.push(run);
      for (let k = run.first; k < run.after; k++) person.add(k);
      changed = true;
    }
  }
  return accepted;
}

/**
 * Whether the list item next to a run (from token k, in the direction of step) is a person: only
 * marks, commas and a coordinator between, and the item quoted too or joined by the coordinator
 * (not "به گزارش «قدس آنلاین»، مهدی …", an outlet before its report's subject).
 */
function listedBeside(ctx: NameContext, k: number, step: 1 | -1, isPerson: (k: number) => boolean): boolean {
  const { tokens } = ctx;
  const near = k - step;
  const coordinated = !!tokens[k] && isCoordinator(tokens[k].text);
  if (coordinated) k += step;
  if (!tokens[k] || !ctx.sameLine(k, near)) return false;
  const gap = step === 1 ? ctx.folded.slice(tokens[near].end, tokens[k].start) : ctx.folded.slice(tokens[k].end, tokens[near].start);
  if (!/^[\s«»“”"،,]*(و|and)?[\s«»“”"،,]*$/.test(gap.replace(/\s+/g, " ")) || !isPerson(k)) return false;
  // The neighbour's own quotation mark: on the far side of the gap from the run.
  const quoted = step === 1 ? /[«“"]\s*$/.test(gap) : /^\s*[»”"]/.test(gap);
  return coordinated || /\s(و|and)\s/.test(` ${gap} `) || quoted;
}
