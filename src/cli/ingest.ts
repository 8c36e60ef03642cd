import { openMigratedDatabase, seedsDir } from "../app.ts";
import { describeDatabase } from "../db/config.ts";
import { DatabaseLockedError } from "../db/lock.ts";
import { ingestMany, readArticles, type ArticleOutcome } from "../ingest/index.ts";
import { progressBar } from "./progress.ts";
import { ingestThroughServer, remoteRefusal } from "./remote.ts";
import { printSummary, type Tally } from "./summary.ts";

/**
 * `parley ingest <file|folder|.jsonl…>`: ingests articles with a progress bar and a summary.
 * When a Parley server holds the embedded database, the articles go through its API instead.
 * Exit 1 if any article failed or was stored with a failed extraction.
 */
export async function runIngest(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error("usage: parley ingest <file|folder|file.jsonl…>");
    return 2;
  }
  return ingestPaths(paths, "parley ingest");
}

/** `parley seed [folder…]`: ingests seeds/ and any folders given; running it again adds nothing. */
export async function runSeed(paths: string[]): Promise<number> {
  return ingestPaths([seedsDir, ...paths], "parley seed");
}

async function ingestPaths(paths: string[], command: string): Promise<number> {
  const source = await readArticles(paths);
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const stop = stopOnSignal();
  let db;
  try {
    db = await openMigratedDatabase(undefined, { command });
  } catch (error) {
    if (error instanceof DatabaseLockedError && error.holder.url) return ingestRemotely(error, source, stop.signal, seconds);
    throw error;
  }
  try {
    console.error(`Ingesting ${source.total} article(s) into ${describeDatabase(db.config)}`);
    const bar = progressBar(source.total);
    const outcomes = await ingestMany(db, source.articles, { total: source.total, signal: stop.signal, onOutcome: (o, done) => bar.update(done, o.source) });
    bar.finish();
    return printSummary(outcomes.map(toTally), seconds(), { interrupted: stop.signal.aborted });
  } finally {
    stop.dispose();
    await db.close();
  }
}

async function ingestRemotely(locked: DatabaseLockedError, source: Awaited<ReturnType<typeof readArticles>>, signal: AbortSignal, seconds: () => number): Promise<number> {
  const token = process.env.PARLEY_API_TOKEN || undefined;
  const refusal = remoteRefusal(locked.holder, token);
  if (refusal) {
    console.error(refusal);
    return 1;
  }
  console.error(`A Parley server (PID ${locked.holder.pid}) holds ${locked.dataDir}: sending ${source.total} article(s) to ${locked.holder.url}`);
  const bar = progressBar(source.total);
  const tallies: Tally[] = [];
  const { stopped } = await ingestThroughServer(locked.holder, source.articles, token, (t) => bar.update(tallies.push(t), t.source), signal);
  bar.finish();
  const code = printSummary(tallies, seconds(), { interrupted: signal.aborted });
  if (stopped) console.error(stopped);
  return stopped ? 1 : code;
}

function toTally(outcome: ArticleOutcome): Tally {
  if (outcome.status === "failed") return { source: outcome.source, status: "failed", reason: outcome.reason };
  if (outcome.status === "unchanged") return { source: outcome.source, status: "unchanged" };
  const { persons, meetings, quoteCount } = outcome.result;
  return {
    source: outcome.source,
    status: outcome.status,
    extractionError: outcome.extractionError,
    detail: `${persons.length} people (${persons.filter((p) => p.created).length} new), ${meetings.length} meetings (${meetings.filter((m) => m.merged).length} merged), ${quoteCount} quotes`,
  };
}

/** The first SIGINT/SIGTERM asks the run to stop after the batch being written; a second one quits at once. */
export function stopOnSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    console.error(`\n${name}: stopping after the articles being written (again to quit at once)…`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
