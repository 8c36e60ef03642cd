import type { Database } from "../db/client.ts";
import type { ExtractionOutcome } from "./extractor.ts";
import { json, rows, takeWriteLock } from "./sql.ts";
import type { ValidArticle } from "./validateArticle.ts";
import { writeArticles, type ArticleToWrite, type WrittenArticle } from "./writeArticles.ts";

/** A validated article with what the extractor made of it. */
export interface ExtractedArticle extends ValidArticle {
  extractorVersion: string;
  outcome: ExtractionOutcome;
}

/** What storing one article did. */
export type StoreOutcome =
  /** Stored; "reextracted" when the same text was stored before with a failed extraction, now replaced. */
  | { status: "created" | "reextracted"; articleId: number; written: WrittenArticle; outcome: ExtractionOutcome }
  /** The same text was stored before (and read without error): nothing was written. */
  | { status: "unchanged"; articleId: number }
  | { status: "failed"; reason: string };

/** How long one write transaction may take, waiting for other writers included. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Stores articles in ONE transaction, so each is stored whole, with all its facts, or not at
 * all. Idempotent: a text stored before is "unchanged", unless its extraction had failed, in
 * which case this outcome replaces it. If the batch fails, each article is tried alone, so one
 * bad article costs only itself; a single article's failure is thrown.
 */
export async function storeArticles(db: Database, articles: ExtractedArticle[]): Promise<StoreOutcome[]> {
  if (!articles.length) return [];
  try {
    return await storeBatch(db, articles);
  } catch (error) {
    if (articles.length === 1) throw error;
  }
  const outcomes: StoreOutcome[] = [];
  for (const article of articles) {
    outcomes.push(await storeBatch(db, [article]).then((o) => o[0], (error: unknown) => ({ status: "failed" as const, reason: messageOf(error) })));
  }
  return outcomes;
}

function storeBatch(db: Database, articles: ExtractedArticle[]): Promise<StoreOutcome[]> {
  return db.prisma.$transaction(
    async (tx) => {
      await takeWriteLock(tx);
      const known = new Map(
        (
          await rows<{ id: number; contentHash: string; extractionStatus: string }>(
            tx,
            `SELECT "id", "contentHash", "extractionStatus"::text AS "extractionStatus" FROM "Article" WHERE "contentHash" IN (SELECT value FROM json_array_elements_text($1::json))`,
            json([...new Set(articles.map((a) => a.contentHash))]),
          )
        ).map((r) => [r.contentHash, r]),
      );
      const toWrite: ArticleToWrite[] = [];
      const slot: (number | { sameAs: string } | { unchanged: number })[] = [];
      const seen = new Set<string>();
      for (const article of articles) {
        const stored = known.get(article.contentHash);
        if (seen.has(article.contentHash)) slot.push({ sameAs: article.contentHash });
        else if (stored?.extractionStatus === "OK") slot.push({ unchanged: stored.id });
        else {
          slot.push(toWrite.length);
          toWrite.push({ ...article, articleId: stored?.id });
        }
        seen.add(article.contentHash);
      }
      const written = await writeArticles(tx, toWrite);
      const idByHash = new Map(toWrite.map((a, i) => [a.contentHash, written[i].articleId]));
      return slot.map((s): StoreOutcome => {
        if (typeof s === "number") {
          const article = toWrite[s];
          return { status: article.articleId ? "reextracted" : "created", articleId: written[s].articleId, written: written[s], outcome: article.outcome };
        }
        if ("unchanged" in s) return { status: "unchanged", articleId: s.unchanged };
        return { status: "unchanged", articleId: idByHash.get(s.sameAs) ?? known.get(s.sameAs)!.id };
      });
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
