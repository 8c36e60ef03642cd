/**
 * Extraction speed on the seed articles, in process (no tsx start-up): the module import (which
 * loads and indexes the gazetteer and data files), the first pass, and warm passes; then the
 * same per kilobyte on a long article made by repeating the seeds. Prints numbers; asserts nothing.
 *   npx tsx bench/extract.bench.ts [warm passes=20]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const seedsDir = join(import.meta.dirname, "../seeds");
const texts = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seedsDir, f), "utf8"));
const passes = Number(process.argv[2] ?? 20);

let start = performance.now();
const { extractArticle } = await import("../src/extract/index.ts");
const importMs = performance.now() - start;

const pass = () => {
  const t = performance.now();
  for (const text of texts) extractArticle(text);
  return performance.now() - t;
};
const firstMs = pass();
const warm = Array.from({ length: passes }, pass).sort((a, b) => a - b);
const kb = texts.reduce((n, t) => n + t.length, 0) / 1024;

const long = texts.join("\n\n").repeat(8);
start = performance.now();
extractArticle(long);
const longMs = performance.now() - start;

console.log(`seeds: ${texts.length} articles, ${kb.toFixed(0)} KB`);
console.log(`import (gazetteer + data): ${importMs.toFixed(0)} ms`);
console.log(`first pass over the seeds: ${firstMs.toFixed(0)} ms`);
console.log(`warm pass, median of ${passes}: ${warm[Math.floor(passes / 2)].toFixed(1)} ms (${(warm[Math.floor(passes / 2)] / kb).toFixed(2)} ms/KB)`);
console.log(`one ${(long.length / 1024).toFixed(0)} KB article: ${longMs.toFixed(0)} ms (${(longMs / (long.length / 1024)).toFixed(2)} ms/KB)`);
