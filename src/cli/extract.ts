import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { extractArticle, toEvalRecord } from "../extract/index.ts";

/** `parley extract <file…>`: prints the scorer's JSON array for the given article files. */
export async function runExtract(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error("usage: parley extract <file…>");
    return 2;
  }
  const records = [];
  for (const file of files) {
    const text = await readFile(file, "utf8");
    try {
      records.push(toEvalRecord(basename(file), extractArticle(text)));
    } catch (error) {
      // The extractor's errors are no longer hidden: say which article raised one, with where.
      console.error(`${file}: the extractor failed: ${(error as Error).stack ?? error}`);
      return 1;
    }
  }
  process.stdout.write(JSON.stringify(records, null, 2) + "\n");
  return 0;
}
