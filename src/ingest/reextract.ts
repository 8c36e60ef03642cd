/**
 * Re-extraction: reads stored articles again with the current extractor and replaces their
 * facts, one transaction per article, merging people and meetings as a fresh ingest would.
 * Facts the article no longer supports go: its mentions, quotes, meeting reports and countries,
 * then the meetings no article reports any more and the people no fact refers to any more, and
 * spellings of a person that no mention or gazetteer entry backs. Ids of what still holds stay.
 * Running it again changes nothing; stopping it half-way leaves every article whole, and
 * `stale` continues with the articles not yet done.
 */
import { availableParallelism } from "node:os";
import type { ArticleHints } from "../extract/index.ts";
import type { Database } from "../db/client.ts";
import { defaultExtractor, runExtraction, type ExtractionOutcome, type Extractor } from "./extractor.ts";
import { ExtractPool } from "./extractPool.ts";
import { json, rows, run, takeWriteLock } from "./sql.ts";
import type { Tx } from "./tx.ts";
import { writeArticles, type WrittenArticle } from "./writeArticles.ts";

/** Which stored articles to re-extract. */
export type ReextractSelection =
  /** Every article. */
  | "all"
  /** Articles read by another extractor version than the current one, or whose extraction failed. */
  | "stale"
  /** Articles whose extraction failed. */
  | "failed";

/** What re-extracting one article did. */
export type ReextractOutcome =
  | { articleId: number; source: string; status: "reextracted"; result: WrittenArticle; extractionError: string | null }
  | { articleId: number; source: string; status: "failed"; reason: string };

export interface ReextractOptions {
  /** The extractor to run in process (default: src/extract on worker threads). */
  extractor?: Extractor;
  /** Worker threads for extraction; default one per core, none for a handful of articles. */
  workers?: number;
  /** Stops after the article being written. */
  signal?: AbortSignal;
  /** Told how many articles were selected, before the first is done. */
  onStart?(total: number): void;
  onOutcome?(outcome: ReextractOutcome, done: number): void;
}

/** Articles read per round trip (and extracted in parallel). */
const PAGE_SIZE = 50;
const FEW_ARTICLES = 24;
const TRANSACTION_TIMEOUT_MS = 120_000;

/** The selection's condition, with its parameters (numbered from $1). */
function selectionFilter(selection: ReextractSelection, version: string): { where: string; params: unknown[] } {
  if (selection === "stale") return { where: `("extractorVersion" <> $1 OR "extractionStatus" = 'FAILED')`, params: [version] };
  return { where: selection === "failed" ? `"extractionStatus" = 'FAILED'` : "TRUE", params: [] };
}

/** Re-extracts the selected articles, oldest first; returns what became of each. */
export async function reextractArticles(db: Database, selection: ReextractSelection, options: ReextractOptions = {}): Promise<ReextractOutcome[]> {
  const extractor = options.extractor ?? defaultExtractor();
  const { where, params } = selectionFilter(selection, extractor.version);
  const [{ total, last }] = await rows<{ total: number; last: number | null }>(db.prisma, `SELECT count(*)::int AS "total", max("id") AS "last" FROM "Article" WHERE ${where}`, ...params);
  options.onStart?.(total);
  const workers = options.extractor ? 0 : (options.workers ?? (total < FEW_ARTICLES ? 0 : availableParallelism()));
  const pool = workers > 0 ? new ExtractPool(workers) : null;
  const extract = (text: string, hints: ArticleHints) => (pool ? pool.extract(text, hints) : Promise.resolve(runExtraction(extractor.extract, text, hints)));
  const outcomes: ReextractOutcome[] = [];
  try {
    let after = 0;
    while (last !== null && after < last && !options.signal?.aborted) {
      const page = await rows<{ id: number; body: string; hints: string | null; sourceName: string }>(
        db.prisma,
        `SELECT "id", "body", "hints"::text AS "hints", "sourceName" FROM "Article"
         WHERE ${where} AND "id" > $${params.length + 1} AND "id" <= $${params.length + 2} ORDER BY "id" LIMIT ${PAGE_SIZE}`,
        ...params,
        after,
        last,
      );
      if (!page.length) break;
      const extracted = page.map((a) => ({ ...a, outcome: extract(a.body, a.hints ? (JSON.parse(a.hints) as ArticleHints) : {}) }));
      for (const article of extracted) {
        if (options.signal?.aborted) break;
        const outcome = await reextractOne(db, article.id, await article.outcome, extractor).then(
          (result): ReextractOutcome => ({ articleId: article.id, source: article.sourceName, status: "reextracted", result, extractionError: result.extractionError }),
          (error: unknown): ReextractOutcome => ({ articleId: article.id, source: article.sourceName, status: "failed", reason: (error as Error).message }),
        );
        outcomes.push(outcome);
        options.onOutcome?.(outcome, outcomes.length);
        after = article.id;
      }
    }
  } finally {
    await pool?.close();
  }
  return outcomes;
}

/** Replaces one article's facts with `outcome`, in one transaction. */
async function reextractOne(db: Database, articleId: number, outcome: ExtractionOutcome, extractor: Extractor): Promise<WrittenArticle & { extractionError: string | null }> {
  return db.prisma.$transaction(
    async (tx) => {
      await takeWriteLock(tx);
      const [article] = await rows<{ contentHash: string; body: string; sourceName: string; url: string | null; hints: string | null }>(
        tx,
        `SELECT "contentHash", "body", "sourceName", "url", "hints"::text AS "hints" FROM "Article" WHERE "id" = $1`,
        articleId,
      );
      if (!article) throw new Error(`Article ${articleId} was deleted meanwhile.`);
      const before = await previousFacts(tx, articleId);
      await run(tx, `DELETE FROM "MeetingSource" WHERE "articleId" = $1`, articleId);
      await run(tx, `DELETE FROM "ArticleCountry" WHERE "articleId" = $1`, articleId);
      await recomputeMeetings(tx, before.meetingIds);

      const [written] = await writeArticles(tx, [{
        articleId,
        contentHash: article.contentHash,
        text: article.body,
        sourceName: article.sourceName,
        url: article.url,
        hints: article.hints ? (JSON.parse(article.hints) as ArticleHints) : {},
        extractorVersion: extractor.version,
        outcome,
        previousMeetingIds: new Set(before.meetingIds),
      }]);
      await run(tx, `DELETE FROM "Mention" WHERE "articleId" = $1 AND "startOffset" NOT IN (SELECT value::int FROM json_array_elements_text($2::json))`, articleId, json(written.offsets.mentions));
      await run(tx, `DELETE FROM "Quote" WHERE "articleId" = $1 AND "startOffset" NOT IN (SELECT value::int FROM json_array_elements_text($2::json))`, articleId, json(written.offsets.quotes));
      await removeUnsupported(tx, before, extractor);
      return { ...written, extractionError: outcome.ok ? null : outcome.error };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
}

/** The meetings an article reported and the people its facts referred to, before re-extraction. */
async function previousFacts(tx: Tx, articleId: number): Promise<{ meetingIds: number[]; personIds: number[] }> {
  const meetings = await rows<{ id: number }>(tx, `SELECT "meetingId" AS "id" FROM "MeetingSource" WHERE "articleId" = $1`, articleId);
  const people = await rows<{ id: number }>(
    tx,
    `SELECT "personId" AS "id" FROM "Mention" WHERE "articleId" = $1
     UNION SELECT "speakerId" FROM "Quote" WHERE "articleId" = $1
     UNION SELECT mp."personId" FROM "MeetingParticipant" mp JOIN "MeetingSource" s ON s."meetingId" = mp."meetingId" WHERE s."articleId" = $1`,
    articleId,
  );
  return { meetingIds: meetings.map((m) => m.id), personIds: people.map((p) => p.id) };
}

/** A meeting's place and day are the first ones its (remaining) sources gave, in ingest order. */
async function recomputeMeetings(tx: Tx, meetingIds: number[]): Promise<void> {
  if (!meetingIds.length) return;
  await run(
    tx,
    `UPDATE "Meeting" m SET
       "location" = (SELECT s."location" FROM "MeetingSource" s WHERE s."meetingId" = m."id" AND s."location" IS NOT NULL ORDER BY s."articleId" LIMIT 1),
       "date" = (SELECT s."date" FROM "MeetingSource" s WHERE s."meetingId" = m."id" AND s."date" IS NOT NULL ORDER BY s."articleId" LIMIT 1)
     WHERE m."id" IN (SELECT value::int FROM json_array_elements_text($1::json))`,
    json(meetingIds),
  );
}

/** Removes meetings no article reports, people nothing refers to, and spellings nothing backs. */
async function removeUnsupported(tx: Tx, before: { meetingIds: number[]; personIds: number[] }, extractor: Extractor): Promise<void> {
  if (before.meetingIds.length) {
    await run(
      tx,
      `DELETE FROM "Meeting" m WHERE m."id" IN (SELECT value::int FROM json_array_elements_text($1::json))
         AND NOT EXISTS (SELECT 1 FROM "MeetingSource" s WHERE s."meetingId" = m."id")`,
      json(before.meetingIds),
    );
  }
  if (!before.personIds.length) return;
  await run(
    tx,
    `DELETE FROM "Person" p WHERE p."id" IN (SELECT value::int FROM json_array_elements_text($1::json))
       AND NOT EXISTS (SELECT 1 FROM "Mention" x WHERE x."personId" = p."id")
       AND NOT EXISTS (SELECT 1 FROM "Quote" x WHERE x."speakerId" = p."id")
       AND NOT EXISTS (SELECT 1 FROM "MeetingParticipant" x WHERE x."personId" = p."id")`,
    json(before.personIds),
  );
  const people = await rows<{ id: number; key: string }>(tx, `SELECT "id", "key" FROM "Person" WHERE "id" IN (SELECT value::int FROM json_array_elements_text($1::json))`, json(before.personIds));
  const known = people.flatMap((p) => extractor.knownNames(p.key).map((text) => ({ id: p.id, text: text.trim() })));
  await run(
    tx,
    `DELETE FROM "PersonAlias" a USING "Person" p
     WHERE a."personId" = p."id" AND p."id" IN (SELECT value::int FROM json_array_elements_text($1::json))
       AND a."text" <> p."name"
       AND NOT EXISTS (SELECT 1 FROM "Mention" m WHERE m."personId" = a."personId" AND btrim(m."text") = a."text")
       AND NOT EXISTS (SELECT 1 FROM json_to_recordset($2::json) AS k("id" int, "text" text) WHERE k."id" = a."personId" AND k."text" = a."text")`,
    json(before.personIds),
    json(known),
  );
}
