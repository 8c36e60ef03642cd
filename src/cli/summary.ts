import { formatDuration } from "./progress.ts";

/** One article's outcome as the summary shows it (local or through a server). */
export interface Tally {
  source: string;
  status: "created" | "reextracted" | "unchanged" | "failed";
  /** Why it failed. */
  reason?: string;
  /** The extractor's error, for an article stored without facts. */
  extractionError?: string | null;
  /** What was stored, for the per-article lines of a small run. */
  detail?: string;
}

/** Per-article "new" lines are printed up to this many articles; failures up to this many lines, then grouped. */
const LIST_LIMIT = 20;

/**
 * Prints `articles: N new, N unchanged, N failed`, the failures with their reasons and the
 * articles stored with a failed extraction; returns the exit code (1 if anything failed).
 */
export function printSummary(tallies: Tally[], seconds: number, options: { interrupted?: boolean } = {}): number {
  const count = (status: Tally["status"]) => tallies.filter((t) => t.status === status).length;
  const reextracted = count("reextracted");
  const extractionFailed = tallies.filter((t) => t.extractionError);
  console.log(
    `articles: ${count("created")} new${reextracted ? `, ${reextracted} re-extracted` : ""}, ${count("unchanged")} unchanged, ${count("failed")} failed` +
      (extractionFailed.length ? ` (${extractionFailed.length} stored with extraction failed)` : ""),
  );
  if (tallies.length <= LIST_LIMIT) for (const t of tallies) if (t.status === "created" && t.detail) console.log(`  new     ${t.source}: ${t.detail}`);
  listWithReasons(tallies.filter((t) => t.status === "failed").map((t) => ({ source: t.source, reason: t.reason ?? "unknown error" })), "failed ");
  listWithReasons(extractionFailed.map((t) => ({ source: t.source, reason: t.extractionError! })), "extraction failed");
  if (extractionFailed.length) console.log("  (stored without facts: once the extractor is fixed, `npm run reextract -- --failed` reads them again)");
  const rate = seconds > 0 ? tallies.length / seconds : 0;
  console.log(`${tallies.length} articles in ${formatDuration(seconds)} (${rate.toFixed(1)} articles/s)`);
  if (options.interrupted) console.log("Interrupted: every article above is stored whole; run the same command again to continue.");
  return count("failed") || extractionFailed.length || options.interrupted ? 1 : 0;
}

function listWithReasons(items: { source: string; reason: string }[], label: string): void {
  for (const item of items.slice(0, LIST_LIMIT)) console.log(`  ${label}  ${item.source}: ${item.reason}`);
  if (items.length <= LIST_LIMIT) return;
  console.log(`  … and ${items.length - LIST_LIMIT} more; all reasons:`);
  const byReason = new Map<string, number>();
  for (const item of items) byReason.set(item.reason, (byReason.get(item.reason) ?? 0) + 1);
  for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)} × ${reason}`);
}
