/**
 * How much an Arabic-script word looks like a personal name by its letters alone: a character
 * n-gram model (data/name-shapes.json) learnt from the names the project knows (given names,
 * gazetteer spellings, the people of the evaluation set's dev part) against the ordinary words of
 * the same texts. Transliterated foreign names have shapes of their own (میتسوتاکیس، ستورنبرگ، زبيغنيو)
 * that no list of given names can hold in full; beside a title the shape tells such a name from
 * the words that follow a title ("…ماتياش ميلوشيفيتش أن …" against "…الأوضاع الراهنة أن …").
 * `npm run train:names` writes the model; this module only reads it.
 */
import shapeData from "../data/name-shapes.json" with { type: "json" };
import { checkObject } from "../data-check.ts";
import type { NameContext, NameRun } from "./context.ts";
import { givenAt, givenWithPreposition } from "./given-names.ts";

/** The model as stored: per n-gram log-odds (name against ordinary word). */
export interface NameShapeModel {
  /** Lengths of the n-grams read, over the word with its edges marked (^word$). */
  sizes: number[];
  /** Log-odds of a name before any letter is read. */
  prior: number;
  /** Log-odds of an n-gram the training words never held. */
  unseen: number;
  logOdds: Record<string, number>;
}

const model = loadModel();

function loadModel(): NameShapeModel {
  const record = checkObject(shapeData, "name-shapes.json");
  const sizes = record.sizes;
  if (!Array.isArray(sizes) || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new TypeError("name-shapes.json sizes: expected positive integers");
  if (typeof record.prior !== "number" || typeof record.unseen !== "number") throw new TypeError("name-shapes.json: prior and unseen must be numbers");
  const logOdds = checkObject(record.logOdds, "name-shapes.json logOdds") as Record<string, number>;
  return { sizes, prior: record.prior, unseen: record.unseen, logOdds };
}

/** The n-grams of a folded word, edges marked: "^ab", "abc", "bc$" … */
export function charGrams(word: string, sizes: readonly number[]): string[] {
  const marked = `^${word}$`;
  const grams: string[] = [];
  for (const n of sizes) for (let i = 0; i + n <= marked.length; i++) grams.push(marked.slice(i, i + n));
  return grams;
}

/** Scores of the shipped model by word: most words of an article are asked about, and news repeats its words. */
const scored = new Map<string, number>();
/** Distinct words remembered before the memo starts afresh (bounds memory on long runs). */
const SCORED_LIMIT = 100_000;

/** Mean log-odds per n-gram that a folded word is a name (above 0: more like a name than a word). */
export function nameShapeScore(word: string, shapes: NameShapeModel = model): number {
  if (shapes !== model) return scoreWord(word, shapes);
  let score = scored.get(word);
  if (score === undefined) {
    if (scored.size >= SCORED_LIMIT) scored.clear();
    scored.set(word, (score = scoreWord(word, shapes)));
  }
  return score;
}

function scoreWord(word: string, shapes: NameShapeModel): number {
  const grams = charGrams(word, shapes.sizes);
  let sum = shapes.prior;
  for (const gram of grams) sum += shapes.logOdds[gram] ?? shapes.unseen;
  return sum / grams.length;
}

/**
 * How clearly a run must look like a name: mean score of its words and the least any word may have.
 * Beside a title the title says a person is named, so the shape need only tip the balance; a run
 * standing alone must be a name by its letters beyond doubt (chosen on the dev part: no false
 * person at these bars).
 */
export const SHAPE_BARS = {
  besideTitle: { mean: 0.3, word: -0.1 },
  alone: { mean: 0.6, word: 0.2 },
} as const;

/**
 * Whether a run of words reads as a name by its letters: every word name-shaped, the run clearly so,
 * and no given name after its first word (a given name there opens the name, and one with a
 * preposition on it follows a word that is no name: "خلفاً لمحمود …"); nor does the run open with
 * such a name (it is the preposition's object, read from the word after "خلفاً").
 */
export function shapedAsName(ctx: NameContext, run: NameRun, bar: { mean: number; word: number }): boolean {
  if (givenWithPreposition(ctx, run.first)) return false;
  for (let k = run.first + 1; k < run.after; k++) if (givenAt(ctx, k) || givenWithPreposition(ctx, k)) return false;
  // The name's own letters: a conjunction written onto its first word is not part of it ("وكاتالينا").
  const words = ctx.tokens.slice(run.first, run.after).map((t) => t.text);
  words[0] = ctx.folded.slice(run.start, ctx.tokens[run.first].end);
  return looksLikeName(words, bar);
}

/** Whether every word of a run looks like a name, and the run as a whole clearly so. */
function looksLikeName(words: readonly string[], bar: { mean: number; word: number }, shapes: NameShapeModel = model): boolean {
  if (words.length === 0) return false;
  const scores = words.map((w) => nameShapeScore(w, shapes));
  return scores.every((s) => s >= bar.word) && scores.reduce((a, b) => a + b, 0) / scores.length >= bar.mean;
}

/** N-gram lengths the model reads. */
export const SHAPE_SIZES = [2, 3, 4] as const;
/** Add-α smoothing of the n-gram counts. */
const SMOOTHING = 0.5;
/** N-grams seen fewer times than this in all training words are left to `unseen` (keeps the file small, the estimates sound). */
const MIN_COUNT = 2;

/**
 * Learns the model from names and ordinary words (folded, distinct): naive Bayes over the words'
 * n-grams, each kept n-gram's log-odds rounded to three decimals. Deterministic for the same input.
 */
export function trainNameShapes(nameWords: Iterable<string>, otherWords: Iterable<string>, sizes: readonly number[] = SHAPE_SIZES): NameShapeModel {
  const count = (words: Iterable<string>) => {
    const counts = new Map<string, number>();
    let total = 0;
    let n = 0;
    for (const word of words) {
      n++;
      for (const gram of charGrams(word, sizes)) {
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
        total++;
      }
    }
    return { counts, total, n };
  };
  const names = count(nameWords);
  const others = count(otherWords);
  const vocabulary = new Set([...names.counts.keys(), ...others.counts.keys()]);
  const nameMass = names.total + SMOOTHING * vocabulary.size;
  const otherMass = others.total + SMOOTHING * vocabulary.size;
  const odds = (inNames: number, inOthers: number) => Math.log((inNames + SMOOTHING) / nameMass) - Math.log((inOthers + SMOOTHING) / otherMass);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const logOdds: Record<string, number> = {};
  for (const gram of [...vocabulary].sort()) {
    const a = names.counts.get(gram) ?? 0;
    const b = others.counts.get(gram) ?? 0;
    if (a + b >= MIN_COUNT) logOdds[gram] = round(odds(a, b));
  }
  return { sizes: [...sizes], prior: round(Math.log(names.n / others.n)), unseen: round(odds(0, 0)), logOdds };
}
