/**
 * What `parley ingest` reads: article files (.txt, one article each), folders of them (searched
 * recursively, hidden entries skipped), and .jsonl files with one article per line, as
 * `{"text": …, "url"?, "sourceName"?, "publisher"?, "publishedAt"?, "language"?}`.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { ArticleHints } from "../extract/index.ts";
import type { ArticleInput } from "./validateArticle.ts";

/** One article as read, or why it could not be read; `source` names it in the summary. */
export type IncomingArticle = { source: string; input: ArticleInput } | { source: string; error: string };

/** The articles behind some paths: how many, and an iterator reading them lazily, in order. */
export interface ArticleSource {
  total: number;
  articles: AsyncIterable<IncomingArticle>;
}

/** File extensions read as articles when they are found in a folder. */
const ARTICLE_EXTENSIONS = new Set([".txt", ".jsonl"]);

/** Expands files and folders (recursively) into the article files they hold, sorted within each folder. */
export async function collectArticleFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`No such file or folder: ${path}`);
    files.push(...(info.isDirectory() ? await filesIn(path) : [path]));
  }
  return [...new Set(files)];
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesIn(path)));
    else if (ARTICLE_EXTENSIONS.has(extname(entry.name))) files.push(path);
  }
  return files;
}

/** The articles in the given files and folders. */
export async function readArticles(paths: string[]): Promise<ArticleSource> {
  const files = await collectArticleFiles(paths);
  let total = 0;
  for (const file of files) total += isJsonl(file) ? await countLines(file) : 1;
  return { total, articles: iterate(files) };
}

function isJsonl(file: string): boolean {
  return extname(file) === ".jsonl";
}

async function* iterate(files: string[]): AsyncGenerator<IncomingArticle> {
  for (const file of files) {
    if (isJsonl(file)) {
      yield* jsonlArticles(file);
      continue;
    }
    try {
      yield { source: file, input: { text: await readFile(file, "utf8"), sourceName: basename(file) } };
    } catch (error) {
      yield { source: file, error: `cannot read the file: ${(error as Error).message}` };
    }
  }
}

async function* jsonlArticles(file: string): AsyncGenerator<IncomingArticle> {
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
    number++;
    if (!line.trim()) continue;
    const source = `${file}:${number}`;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield { source, error: `line ${number} is not valid JSON (${(error as Error).message.slice(0, 80)}).` };
      continue;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      yield { source, error: `line ${number} is not a JSON object with a "text" field.` };
      continue;
    }
    // Types are checked by validateArticle, like any other input.
    const hints: ArticleHints = {};
    if (record.language != null) hints.language = record.language as ArticleHints["language"];
    if (record.publisher != null) hints.publisher = record.publisher as string;
    if (record.publishedAt != null) hints.publishedAt = record.publishedAt as string;
    const url = (record.url as string | undefined) ?? null;
    yield { source, input: { text: record.text as string, sourceName: (record.sourceName as string | undefined) ?? url ?? `${basename(file)}:${number}`, url, hints } };
  }
}

/** Non-blank lines of a file, read as a stream. */
async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) if (line.trim()) count++;
  return count;
}
