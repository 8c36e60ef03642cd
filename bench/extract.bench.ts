/**
 * Extraction speed, in process (no tsx start-up): the module import (which loads and indexes the
 * gazetteer and data files), the first pass, and warm passes over the seed articles; then the
 * same per kilobyte on a long article made by repeating the seeds (linear in length?) and on one huge
 * line with no sentence end; then warm
 * passes over generated articles of each language (test/fixtures/generated-articles.ts: templates of
 * our own, the seeds hold no English) and one long English article made of them; with
 * `--texts DIR`, warm passes over every .txt there too (real articles, e.g. the evaluation texts).
 * Warm passes report wall and CPU time: on a shared machine CPU time is the steadier figure.
 * Prints numbers; asserts nothing.
 *   npx tsx bench/extract.bench.ts [warm passes=20] [--texts DIR]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { generateArticles } from "../test/fixtures/generated-articles.ts";

const args = process.argv.slice(2);
const textsAt = args.indexOf("--texts");
const textsDir = textsAt >= 0 ? args[textsAt + 1] : null;
const passes = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--texts") ?? 20);

const readTexts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const seeds = readTexts(join(import.meta.dirname, "../seeds"));

let start = performance.now();
const { extractArticle } = await import("../src/extract/index.ts");
const importMs = performance.now() - start;

/** One pass over the texts: wall and CPU milliseconds. */
const pass = (texts: string[]) => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) extractArticle(text);
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall and CPU time of `passes` warm passes, per pass and per kilobyte. */
function warm(label: string, texts: string[]): void {
  const runs = Array.from({ length: passes }, () => pass(texts));
  const kb = texts.reduce((n, t) => n + t.length, 0) / 1024;
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  console.log(`${label}: ${texts.length} articles, ${kb.toFixed(0)} KB; warm pass, median of ${passes}: ${wall.toFixed(1)} ms wall (${(wall / kb).toFixed(2)} ms/KB), ${cpu.toFixed(1)} ms CPU (${(cpu / kb).toFixed(2)} ms/KB)`);
}

console.log(`import (gazetteer + data): ${importMs.toFixed(0)} ms`);
console.log(`first pass over the seeds: ${pass(seeds).wall.toFixed(0)} ms`);
warm("seeds", seeds);

/** One extraction of a long article, after a warm-up one: milliseconds and per kilobyte. */
function once(label: string, text: string): void {
  extractArticle(text);
  const started = performance.now();
  extractArticle(text);
  const ms = performance.now() - started;
  console.log(`${label}, one ${(text.length / 1024).toFixed(0)} KB article: ${ms.toFixed(0)} ms (${(ms / (text.length / 1024)).toFixed(2)} ms/KB)`);
}

once("seeds repeated", seeds.join("\n\n").repeat(8));
// A page whose text has no line breaks or full stops (a scraped blob): one sentence of 240 KB.
once("one huge line", "لاوروف گفت: ".concat("سلام ".repeat(40_000)));

const generated = generateArticles(90, { seed: 7 });
for (const language of ["fa", "ar", "en"] as const) warm(`generated ${language}`, generated.filter((a) => a.language === language).map((a) => a.text));
once("generated en joined", generated.filter((a) => a.language === "en").map((a) => a.text).join("\n\n").repeat(4));

if (textsDir) {
  const texts = readTexts(textsDir);
  pass(texts);
  warm(textsDir, texts);
}
