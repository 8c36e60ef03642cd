import { basename } from "node:path";
import { openMigratedDatabase, seedsDir } from "../app.ts";
import { describeDatabase } from "../db/config.ts";
import { collectArticleFiles, ingestFiles, type FileOutcome } from "../ingest/index.ts";
import { progressBar } from "./progress.ts";

/** `parley ingest <file|folder…>`: ingests articles, with a progress bar and a summary. Exit 1 if any failed. */
export async function runIngest(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error("usage: parley ingest <file|folder…>");
    return 2;
  }
  return ingestPaths(paths);
}

/** `parley seed [folder…]`: ingests seeds/ and any folders given; running it again adds nothing. */
export async function runSeed(paths: string[]): Promise<number> {
  return ingestPaths([seedsDir, ...paths]);
}

async function ingestPaths(paths: string[]): Promise<number> {
  const files = await collectArticleFiles(paths);
  const db = await openMigratedDatabase();
  try {
    console.error(`Ingesting ${files.length} file(s) into ${describeDatabase(db.config)}`);
    const bar = progressBar(files.length);
    const outcomes = await ingestFiles(db, files, (outcome, i) => bar.update(i + 1, basename(outcome.file)));
    bar.finish();
    printSummary(outcomes);
    return outcomes.some((o) => o.status === "failed") ? 1 : 0;
  } finally {
    await db.close();
  }
}

function printSummary(outcomes: FileOutcome[]): void {
  const count = (status: FileOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  console.log(`articles: ${count("created")} new, ${count("unchanged")} unchanged, ${count("failed")} failed`);
  for (const o of outcomes) {
    if (o.status === "failed") console.log(`  failed  ${o.file}: ${o.reason}`);
    else if (o.status === "created") {
      const { persons, meetings, quoteCount } = o.result;
      console.log(`  new     ${o.file}: ${persons.length} people (${persons.filter((p) => p.created).length} new), ${meetings.length} meetings (${meetings.filter((m) => m.merged).length} merged), ${quoteCount} quotes`);
    }
  }
}
