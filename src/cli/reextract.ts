import { openMigratedDatabase } from "../app.ts";
import { describeDatabase } from "../db/config.ts";
import { DatabaseLockedError } from "../db/lock.ts";
import { extractorVersion, reextractArticles, type ReextractSelection } from "../ingest/index.ts";
import { stopOnSignal } from "./ingest.ts";
import { formatDuration, progressBar } from "./progress.ts";

const USAGE = "usage: parley reextract [--stale | --failed]\n" +
  "  (no option)  every stored article\n" +
  "  --stale      articles read by another extractor version, or whose extraction failed\n" +
  "  --failed     articles whose extraction failed";

/**
 * `parley reextract [--stale|--failed]`: reads stored articles again with the current extractor,
 * one transaction per article, with a progress bar. Safe to stop; `--stale` then continues.
 */
export async function runReextract(args: string[]): Promise<number> {
  const options = new Set(args);
  if (args.some((a) => a !== "--stale" && a !== "--failed") || options.size > 1) {
    console.error(USAGE);
    return 2;
  }
  const selection: ReextractSelection = options.has("--failed") ? "failed" : options.has("--stale") ? "stale" : "all";
  const db = await openMigratedDatabase(undefined, { command: "parley reextract" }).catch((error: unknown) => {
    if (error instanceof DatabaseLockedError && error.holder.url) {
      throw new Error(`${error.message}\nRe-extraction rewrites the whole graph: stop the server (kill ${error.holder.pid}), run it, then start the server again.`);
    }
    throw error;
  });
  const stop = stopOnSignal();
  const started = Date.now();
  try {
    let bar = progressBar(0);
    const outcomes = await reextractArticles(db, selection, {
      signal: stop.signal,
      onStart(total) {
        console.error(`Re-extracting ${total} article(s) (${selection}) in ${describeDatabase(db.config)} with extractor ${extractorVersion()}`);
        bar = progressBar(total);
      },
      onOutcome: (o, done) => bar.update(done, o.source),
    });
    bar.finish();
    const failed = outcomes.filter((o) => o.status === "failed");
    const extractionFailed = outcomes.filter((o) => o.status === "reextracted" && o.extractionError);
    const seconds = (Date.now() - started) / 1000;
    console.log(`articles: ${outcomes.length - failed.length} re-extracted (${extractionFailed.length} with extraction failed), ${failed.length} failed, in ${formatDuration(seconds)}`);
    for (const o of failed) if (o.status === "failed") console.log(`  failed  ${o.source} (Article ${o.articleId}): ${o.reason}`);
    for (const o of extractionFailed) if (o.status === "reextracted") console.log(`  extraction failed  ${o.source} (Article ${o.articleId}): ${o.extractionError}`);
    if (stop.signal.aborted) console.log("Interrupted: the articles done so far are stored whole; `npm run reextract -- --stale` continues with the rest.");
    return failed.length || extractionFailed.length || stop.signal.aborted ? 1 : 0;
  } finally {
    stop.dispose();
    await db.close();
  }
}
