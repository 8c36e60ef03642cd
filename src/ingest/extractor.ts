/**
 * The extractor as the ingest layer sees it: a function from text to facts, and the version
 * recorded with every article it reads, so that articles read by another version can be found
 * and re-extracted.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { detectLanguage, extractArticle, knownNamesOf, type ArticleFacts, type ArticleHints, type Language } from "../extract/index.ts";

export interface Extractor {
  /** Recorded with each article; an article extracted by another version is "stale". */
  version: string;
  /** Throws on an internal error: the article is then stored with extraction FAILED. */
  extract(text: string, hints: ArticleHints): ArticleFacts;
  /** Spellings the extractor knows for a person key besides those the articles wrote (gazetteer names). */
  knownNames(key: string): string[];
}

const extractDir = join(import.meta.dirname, "../extract");
let fingerprint: string | undefined;

/**
 * The version of the extractor in src/extract: a fingerprint of its code and data files, so any
 * change to a rule or a word list makes every article read before it stale, with nobody having
 * to remember to bump a number.
 */
export function extractorVersion(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash("sha256");
  for (const file of filesUnder(extractDir)) hash.update(`${relative(extractDir, file)}\n`).update(readFileSync(file)).update("\n");
  fingerprint = `src-${hash.digest("hex").slice(0, 12)}`;
  return fingerprint;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(ts|json)$/.test(entry.name) ? [join(dir, entry.name)] : []));
}

/** The extractor in src/extract with its version. */
export function defaultExtractor(): Extractor {
  return { version: extractorVersion(), extract: extractArticle, knownNames: knownNamesOf };
}

/** What the extractor made of an article: its facts, or its error. */
export type ExtractionOutcome = { ok: true; facts: ArticleFacts } | { ok: false; error: string; language: Language; title: string };

/**
 * Runs an extractor on a validated article and turns an error into data: the message (with the
 * place it was thrown, for whoever fixes it), plus the language and title an article needs to be
 * stored without facts.
 */
export function runExtraction(extract: Extractor["extract"], text: string, hints: ArticleHints): ExtractionOutcome {
  try {
    return { ok: true, facts: extract(text, hints) };
  } catch (error) {
    return failedExtraction(text, hints, describeError(error));
  }
}

/** The outcome of an extraction that failed with `error`. */
export function failedExtraction(text: string, hints: ArticleHints, error: string): ExtractionOutcome {
  return { ok: false, error, language: hints.language ?? guessLanguage(text), title: text.split("\n").find((l) => l.trim())?.trim().slice(0, 500) ?? "" };
}

/** Longest error message kept with an article. */
const MAX_ERROR_LENGTH = 1000;

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, MAX_ERROR_LENGTH);
  const where = error.stack?.split("\n").find((line) => /^\s+at /.test(line))?.trim();
  return `${error.name}: ${error.message}${where ? ` (${where})` : ""}`.slice(0, MAX_ERROR_LENGTH);
}

function guessLanguage(text: string): Language {
  try {
    return detectLanguage(text);
  } catch {
    return "en";
  }
}
