import { openMigratedDatabase } from "../app.ts";
import { DatabaseLockedError } from "../db/lock.ts";
import { extractorVersion, listArticlesByExtraction } from "../ingest/index.ts";

const FAILED_QUERY = `{ articles(extraction: FAILED, first: 100) { totalCount nodes { id sourceName title extraction { extractorVersion extractedAt error } } } }`;

/**
 * `parley articles --failed`: lists the articles whose extraction failed, with the error, and
 * counts those a newer extractor has not read yet. Asks the running server when one holds the
 * embedded database.
 */
export async function runArticles(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0] !== "--failed") {
    console.error("usage: parley articles --failed");
    return 2;
  }
  const version = extractorVersion();
  let db;
  try {
    db = await openMigratedDatabase(undefined, { command: "parley articles" });
  } catch (error) {
    if (error instanceof DatabaseLockedError && error.holder.url) return listThroughServer(error.holder.url);
    throw error;
  }
  try {
    const listing = await listArticlesByExtraction(db, version);
    console.log(`${listing.failed.length} of ${listing.total} articles with extraction failed; ${listing.stale} not read by the current extractor (${version})`);
    for (const a of listing.failed) console.log(`  Article ${a.id}  ${a.sourceName}  (${a.extractorVersion}, ${a.extractedAt}): ${a.error}`);
    if (listing.stale) console.log("`npm run reextract -- --stale` reads them again (`-- --failed` only the failed ones).");
    return 0;
  } finally {
    await db.close();
  }
}

async function listThroughServer(url: string): Promise<number> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: FAILED_QUERY }) });
  const body = (await response.json()) as { data?: { articles: { totalCount: number; nodes: { id: string; sourceName: string; extraction: { extractorVersion: string; extractedAt: string; error: string | null } }[] } }; errors?: { message: string }[] };
  if (!body.data) throw new Error(`The server at ${url} answered: ${body.errors?.[0]?.message ?? response.status}`);
  const { totalCount, nodes } = body.data.articles;
  console.log(`${totalCount} articles with extraction failed (from the server at ${url})`);
  for (const a of nodes) console.log(`  ${a.id}  ${a.sourceName}  (${a.extraction.extractorVersion}, ${a.extraction.extractedAt}): ${a.extraction.error}`);
  if (totalCount > nodes.length) console.log(`  … and ${totalCount - nodes.length} more: query articles(extraction: FAILED) to page through them.`);
  return 0;
}
