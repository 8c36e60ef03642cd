/**
 * `parley train-names [--check] [--hold-out REGEX] [--out FILE]`: learns the name-shape model
 * (src/extract/data/name-shapes.json, read by src/extract/names/name-shape.ts) from data in the
 * repository only, so anyone can rebuild it:
 *   names   the Persian and Arabic given names and family names of data/names.json, the gazetteer's
 *           spellings, and the people the dev part of eval/ names (mentions holding no title word);
 *   words   the title, cue, date and function words of the other data files, the names of cities,
 *           countries and outlets, and the words of the dev gold's headlines, meeting evidence and
 *           quotes that are no name of their article.
 * The blind part is never read, and neither is the dev batch that is the current round's check
 * set (CHECK_SET), so that the figures on it stay those of articles nothing learnt from. `--check`
 * exits 1 when the committed model is not what the data gives (run it after editing the data or
 * the dev gold); `--hold-out REGEX` leaves other dev articles out instead, to measure the model on them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fold } from "../extract/normalize.ts";
import { trainNameShapes } from "../extract/names/name-shape.ts";
import { phraseWords } from "../extract/tokens.ts";

const root = join(import.meta.dirname, "../..");
const dataDir = join(root, "src/extract/data");
const modelFile = join(dataDir, "name-shapes.json");
const COMMENT =
  "Character n-gram model of Arabic-script personal names against ordinary words (log-odds per n-gram, over the word with its edges marked ^…$). Written by `npm run train:names` from data/names.json, the gazetteer, the other data files' words and the dev part of eval/ (never the blind part, nor the dev batch the current round is checked on); do not edit by hand. Schema: name-shapes.schema.json.";

const USAGE = "usage: parley train-names [--check] [--hold-out REGEX] [--out FILE]";

/**
 * Dev gold files of the batch the current round of extraction work is checked on (eval/README.md), or null when
 * none is held out. The `y` batch was the check set of round 6 and the `k` batch that of round 7; once
 * measured, each joined the training words (December 2026). The next batch annotated becomes the next check set.
 */
const CHECK_SET: RegExp | null = null;

interface GoldFile {
  language: string;
  title?: string;
  persons: { mentions: string[] }[];
  meetings: { evidence?: string }[];
  quotes: { text: string }[];
}

export async function runTrainNames(args: string[]): Promise<number> {
  let check = false;
  let holdOut: RegExp | null = CHECK_SET;
  let out = modelFile;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--check") check = true;
    else if (args[i] === "--hold-out" && args[i + 1]) holdOut = new RegExp(args[++i]);
    else if (args[i] === "--out" && args[i + 1]) out = args[++i];
    else {
      console.error(USAGE);
      return 2;
    }
  }
  const { names, others } = trainingWords(holdOut);
  const model = { $comment: COMMENT, ...trainNameShapes(names, others) };
  const json = JSON.stringify(model) + "\n";
  if (check) {
    if (readFileSync(modelFile, "utf8") === json) return 0;
    console.error(`${modelFile} is not what the current data gives: run npm run train:names`);
    return 1;
  }
  writeFileSync(out, json);
  console.log(`${out}: ${Object.keys(model.logOdds).length} n-grams from ${names.size} names and ${others.size} other words`);
  return 0;
}

/** The distinct folded Arabic-script words of each kind; a word that is both a name and a word counts as a name. */
export function trainingWords(holdOut: RegExp | null = CHECK_SET): { names: Set<string>; others: Set<string> } {
  const names = new Set<string>();
  const others = new Set<string>();
  const namesData = readJson(join(dataDir, "names.json")) as Record<string, Record<string, string[]>>;
  for (const lang of ["fa", "ar"]) for (const name of [...namesData.given[lang], ...namesData.familyFirst[lang]]) addWords(names, name);
  for (const file of readdirSync(join(dataDir, "people")).filter((f) => f.endsWith(".json")).sort()) {
    for (const person of readJson(join(dataDir, "people", file)) as { names?: Record<string, string[]>; shortNames?: Record<string, string[]> }[]) {
      for (const lang of ["fa", "ar"]) for (const name of [...(person.names?.[lang] ?? []), ...(person.shortNames?.[lang] ?? [])]) addWords(names, name);
    }
  }
  const common = new Set<string>();
  // The provinces listed with the titles are places, like the cities below: a surname may be one (عباس بدخشان ظهوری).
  const { provinces, ...titles } = readJson(join(dataDir, "titles.json")) as Record<string, unknown>;
  stringsIn(titles, (s) => addWords(common, s));
  for (const file of ["speech", "meetings", "language", "dates", "clauses"]) stringsIn(readJson(join(dataDir, `${file}.json`)), (s) => addWords(common, s));
  // Names of places, outlets and countries are the other proper nouns a person's name must be told from.
  const things = new Set<string>();
  stringsIn(provinces, (s) => addWords(things, s));
  for (const file of ["cities", "country-forms", "publishers", "boilerplate"]) stringsIn(readJson(join(dataDir, `${file}.json`)), (s) => addWords(things, s));
  const goldDir = join(root, "eval/gold/dev");
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
    if (holdOut?.test(file)) continue;
    const gold = readJson(join(goldDir, file)) as GoldFile;
    if (gold.language === "en") continue;
    const own = new Set<string>();
    for (const person of gold.persons) for (const mention of person.mentions) addWords(own, mention);
    for (const person of gold.persons) {
      for (const mention of person.mentions) {
        const words = arabicWords(mention);
        if (words.length > 0 && !words.some((w) => common.has(w))) words.forEach((w) => names.add(w));
      }
    }
    for (const text of [gold.title ?? "", ...gold.meetings.map((m) => m.evidence ?? ""), ...gold.quotes.map((q) => q.text)]) {
      for (const word of arabicWords(text)) if (!own.has(word)) others.add(word);
    }
  }
  for (const word of [...common, ...things]) others.add(word);
  for (const word of names) others.delete(word);
  return { names, others };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function stringsIn(value: unknown, visit: (s: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, visit));
  else if (value && typeof value === "object") Object.entries(value).forEach(([key, v]) => key !== "$comment" && stringsIn(v, visit));
}

/** Folded Arabic-script words of two letters or more, as the extractor's tokens hold them. */
function arabicWords(text: string): string[] {
  return phraseWords(fold(text)).filter((w) => w.length >= 2 && /^[\u0600-\u06FF]+$/.test(w));
}

function addWords(set: Set<string>, text: string): void {
  for (const word of arabicWords(text)) set.add(word);
}
