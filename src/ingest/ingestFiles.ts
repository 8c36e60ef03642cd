import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Database } from "../db/client.ts";
import { ingestArticle, type IngestResult } from "./ingestArticle.ts";

/** File extensions read as articles. */
const ARTICLE_EXTENSIONS = new Set([".txt"]);

/** One file's outcome. */
export type FileOutcome =
  | { file: string; status: IngestResult["status"]; result: IngestResult }
  | { file: string; status: "failed"; reason: string };

/** Expands files and folders (not recursive) into the article files they hold, sorted. */
export async function collectArticleFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`No such file or folder: ${path}`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => ARTICLE_EXTENSIONS.has(extname(name))).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return [...new Set(files)];
}

/**
 * Ingests files one by one (one transaction each). A file that fails is reported with its
 * reason and does not stop the others.
 */
export async function ingestFiles(db: Database, files: string[], onFile?: (outcome: FileOutcome, index: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const outcome = await ingestFile(db, file);
    outcomes.push(outcome);
    onFile?.(outcome, index);
  }
  return outcomes;
}

async function ingestFile(db: Database, file: string): Promise<FileOutcome> {
  try {
    const text = await readFile(file, "utf8");
    const result = await ingestArticle(db, { text, sourceName: basename(file) });
    return { file, status: result.status, result };
  } catch (error) {
    return { file, status: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
}
