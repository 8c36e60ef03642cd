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
    records.push(toEvalRecord(basename(file), extractArticle(text)));
  }
  process.stdout.write(JSON.stringify(records, null, 2) + "\n");
  return 0;
}
