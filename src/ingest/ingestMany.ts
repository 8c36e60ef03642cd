/**
 * Bulk ingest: articles stream in, are validated and checked against the database (a text
 * stored before is not extracted again, which is what makes a rerun resume), extracted on worker
 * threads, and written in batches of one transaction each, while the next batch is extracted.
 * An article is stored whole or not at all, so an interrupted run leaves nothing half-written
 * and running it again completes the set.
 */
import { availableParallelism } from "node:os";
import type { Database } from "../db/client.ts";
import { defaultExtractor, runExtraction, type ExtractionOutcome, type Extractor } from "./extractor.ts";
import { ExtractPool } from "./extractPool.ts";
import type { IncomingArticle } from "./readArticles.ts";
import { json, rows } from "./sql.ts";
import { storeArticles, type ExtractedArticle } from "./storeArticles.ts";
import { InvalidArticleError } from "./errors.ts";
import { validateArticle, type ValidArticle } from "./validateArticle.ts";
import type { WrittenArticle } from "./writeArticles.ts";

/** What became of one article. */
export type ArticleOutcome =
  /** Stored ("reextracted": it was stored before with a failed extraction). `error` is set when extraction failed. */
  | { source: string; status: "created" | "reextracted"; articleId: number; result: WrittenArticle; extractionError: string | null }
  /** The same text is stored already. */
  | { source: string; status: "unchanged"; articleId: number }
  /** Refused or not stored, with the reason. */
  | { source: string; status: "failed"; reason: string };

export interface IngestManyOptions {
  /** Run this extractor in process instead of the default one on worker threads (tests, tools). */
  extractor?: Extractor;
  /** Worker threads for extraction; default: one per core, or none for a handful of articles. */
  workers?: number;
  /** How many articles are expected (to choose the number of workers). */
  total?: number;
  /** Articles per write transaction. */
  batchSize?: number;
  /** Stops reading new articles; the batch being written is finished. */
  signal?: AbortSignal;
  /** Called once per article, in input order, when its outcome is final (stored or not). */
  onOutcome?(outcome: ArticleOutcome, done: number): void;
}

const DEFAULT_BATCH_SIZE = 100;
/** Below this many articles, workers cost more to start than they save. */
const FEW_ARTICLES = 24;

/** Ingests articles in batches; returns each one's outcome, in input order. */
export async function ingestMany(db: Database, articles: AsyncIterable<IncomingArticle> | Iterable<IncomingArticle>, options: IngestManyOptions = {}): Promise<ArticleOutcome[]> {
  const extractor = options.extractor ?? defaultExtractor();
  const workers = options.extractor ? 0 : (options.workers ?? (options.total !== undefined && options.total < FEW_ARTICLES ? 0 : availableParallelism()));
  const pool = workers > 0 ? new ExtractPool(workers) : null;
  const extract = pool ? (a: ValidArticle) => pool.extract(a.text, a.hints) : async (a: ValidArticle) => runExtraction(extractor.extract, a.text, a.hints);
  const outcomes: ArticleOutcome[] = [];
  const report = (batch: ArticleOutcome[]) => {
    for (const outcome of batch) {
      outcomes.push(outcome);
      options.onOutcome?.(outcome, outcomes.length);
    }
  };
  let writing: Promise<void> = Promise.resolve();
  let resuming = true; // until a chunk shows mostly new articles
  try {
    for await (const chunk of chunks(articles, options.batchSize ?? DEFAULT_BATCH_SIZE, options.signal)) {
      const prepared = await prepare(db, chunk, extract, extractor.version, resuming);
      resuming = prepared.filter((p) => "done" in p && p.done.status === "unchanged").length * 2 >= prepared.length;
      await writing;
      writing = write(db, prepared).then(report);
    }
    await writing;
  } finally {
    await writing.catch(() => {});
    await pool?.close();
  }
  return outcomes;
}

type Prepared = { source: string; done: ArticleOutcome } | { source: string; article: ExtractedArticle };

/**
 * Validates a chunk, skips texts stored before, and extracts the rest (in parallel on the pool).
 * While most articles turn out to be stored already (a rerun resuming), the check comes first
 * and they are not extracted at all; otherwise extraction starts at once, alongside the check,
 * which on PGlite waits for the batch being written.
 */
async function prepare(db: Database, chunk: IncomingArticle[], extract: (a: ValidArticle) => Promise<ExtractionOutcome>, version: string, checkFirst: boolean): Promise<Prepared[]> {
  const valid = chunk.map((incoming): { source: string; article: ValidArticle } | { source: string; done: ArticleOutcome } => {
    if ("error" in incoming) return { source: incoming.source, done: { source: incoming.source, status: "failed", reason: incoming.error } };
    try {
      return { source: incoming.source, article: validateArticle(incoming.input) };
    } catch (error) {
      if (!(error instanceof InvalidArticleError)) throw error;
      return { source: incoming.source, done: { source: incoming.source, status: "failed", reason: error.message } };
    }
  });
  const known = storedHashes(db, valid.flatMap((v) => ("article" in v ? [v.article.contentHash] : [])));
  known.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
  if (checkFirst) await known;
  return Promise.all(
    valid.map(async (v): Promise<Prepared> => {
      if ("done" in v) return v;
      const stored = checkFirst ? (await known).get(v.article.contentHash) : undefined;
      if (stored) return { source: v.source, done: { source: v.source, status: "unchanged", articleId: stored } };
      const outcome = await extract(v.article);
      const storedMeanwhile = (await known).get(v.article.contentHash);
      if (storedMeanwhile) return { source: v.source, done: { source: v.source, status: "unchanged", articleId: storedMeanwhile } };
      return { source: v.source, article: { ...v.article, extractorVersion: version, outcome } };
    }),
  );
}

/** Ids of the articles stored (and read without error) with these hashes. */
async function storedHashes(db: Database, hashes: string[]): Promise<Map<string, number>> {
  if (!hashes.length) return new Map();
  const found = await rows<{ id: number; contentHash: string }>(
    db.prisma,
    `SELECT "id", "contentHash" FROM "Article" WHERE "extractionStatus" = 'OK' AND "contentHash" IN (SELECT value FROM json_array_elements_text($1::json))`,
    json(hashes),
  );
  return new Map(found.map((r) => [r.contentHash, r.id]));
}

/** Writes a prepared chunk in one transaction (storeArticles falls back to one per article). */
async function write(db: Database, prepared: Prepared[]): Promise<ArticleOutcome[]> {
  const toStore = prepared.flatMap((p) => ("article" in p ? [p.article] : []));
  const stored = await storeArticles(db, toStore).catch((error: unknown) => toStore.map(() => ({ status: "failed" as const, reason: (error as Error).message })));
  let next = 0;
  return prepared.map((p): ArticleOutcome => {
    if ("done" in p) return p.done;
    const s = stored[next++];
    if (s.status === "failed") return { source: p.source, status: "failed", reason: s.reason };
    if (s.status === "unchanged") return { source: p.source, status: "unchanged", articleId: s.articleId };
    return { source: p.source, status: s.status, articleId: s.articleId, result: s.written, extractionError: s.outcome.ok ? null : s.outcome.error };
  });
}

async function* chunks<T>(items: AsyncIterable<T> | Iterable<T>, size: number, signal?: AbortSignal): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    if (signal?.aborted) return;
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length && !signal?.aborted) yield chunk;
}
