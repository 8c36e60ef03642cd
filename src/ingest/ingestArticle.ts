import type { Database } from "../db/client.ts";
import { defaultExtractor, runExtraction, type Extractor } from "./extractor.ts";
import type { MergedMeeting } from "./mergeMeeting.ts";
import type { ResolvedPerson } from "./resolvePerson.ts";
import { storeArticles } from "./storeArticles.ts";
import { validateArticle, type ArticleInput } from "./validateArticle.ts";

/** What ingesting one article did. */
export interface IngestResult {
  /**
   * "unchanged" when the same text was ingested before (nothing was written); "reextracted" when
   * it was, but its extraction had failed and has now been run again.
   */
  status: "created" | "unchanged" | "reextracted";
  articleId: number;
  persons: ResolvedPerson[];
  meetings: MergedMeeting[];
  quoteCount: number;
  /** How extraction went; null when nothing was written. */
  extraction: { status: "OK" | "FAILED"; error: string | null } | null;
}

/** Options for tests and tools. */
export interface IngestOptions {
  /** The extractor to run (default: src/extract, with its version). */
  extractor?: Extractor;
}

/**
 * Runs the whole pipeline for one article: validate, extract (outside any transaction), then
 * store the article and every fact in ONE transaction, so an article is stored with all its
 * facts or not at all. An extractor error is stored with the article (extraction FAILED, no
 * facts) for re-extraction to repair. Idempotent: the same text again returns the stored
 * article with status "unchanged". Throws InvalidArticleError for input it refuses.
 */
export async function ingestArticle(db: Database, input: ArticleInput, options: IngestOptions = {}): Promise<IngestResult> {
  const article = validateArticle(input);
  const known = await db.prisma.article.findUnique({ where: { contentHash: article.contentHash }, select: { id: true, extractionStatus: true } });
  if (known?.extractionStatus === "OK") return unchanged(known.id);

  const extractor = options.extractor ?? defaultExtractor();
  const outcome = runExtraction(extractor.extract, article.text, article.hints);
  const [stored] = await storeArticles(db, [{ ...article, extractorVersion: extractor.version, outcome }]);
  if (stored.status === "failed") throw new Error(stored.reason);
  if (stored.status === "unchanged") return unchanged(stored.articleId);
  return {
    status: stored.status,
    articleId: stored.articleId,
    persons: stored.written.persons,
    meetings: stored.written.meetings,
    quoteCount: stored.written.quoteCount,
    extraction: stored.outcome.ok ? { status: "OK", error: null } : { status: "FAILED", error: stored.outcome.error },
  };
}

function unchanged(articleId: number): IngestResult {
  return { status: "unchanged", articleId, persons: [], meetings: [], quoteCount: 0, extraction: null };
}
