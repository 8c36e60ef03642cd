import type { Database } from "../db/client.ts";
import { ingestMany, type ArticleOutcome, type IngestManyOptions } from "./ingestMany.ts";
import { readArticles } from "./readArticles.ts";

export { collectArticleFiles } from "./readArticles.ts";

/** One file's (or .jsonl line's) outcome. */
export type FileOutcome = ArticleOutcome;

/**
 * Ingests article files, folders and .jsonl files (see readArticles.ts). An article that fails
 * is reported with its reason and does not stop the others.
 */
export async function ingestFiles(db: Database, paths: string[], options: Omit<IngestManyOptions, "total"> = {}): Promise<FileOutcome[]> {
  const source = await readArticles(paths);
  return ingestMany(db, source.articles, { ...options, total: source.total });
}
