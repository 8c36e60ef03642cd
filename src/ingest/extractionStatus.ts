import type { Database } from "../db/client.ts";
import { rows } from "./sql.ts";

/** Stored articles by how their extraction went. */
export interface ExtractionListing {
  /** Articles whose extraction failed, oldest first, with the error. */
  failed: { id: number; sourceName: string; title: string; extractorVersion: string; extractedAt: string; error: string | null }[];
  /** How many articles were read by another extractor version than `version` (failed ones included). */
  stale: number;
  total: number;
}

/** What `parley articles --failed` prints. */
export async function listArticlesByExtraction(db: Database, version: string): Promise<ExtractionListing> {
  const failed = await rows<ExtractionListing["failed"][number]>(
    db.prisma,
    `SELECT "id", "sourceName", "title", "extractorVersion", "extractedAt"::text AS "extractedAt", "extractionError" AS "error"
     FROM "Article" WHERE "extractionStatus" = 'FAILED' ORDER BY "id"`,
  );
  const [counts] = await rows<{ stale: number; total: number }>(
    db.prisma,
    `SELECT count(*) FILTER (WHERE "extractorVersion" <> $1 OR "extractionStatus" = 'FAILED')::int AS "stale", count(*)::int AS "total" FROM "Article"`,
    version,
  );
  return { failed, ...counts };
}
