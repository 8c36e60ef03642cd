import type { PrismaClient } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Language } from "../common/enums.ts";
import { OrderDirection } from "../common/order-direction.enum.ts";
import type { ExtractionStatus } from "./article-extraction.type.ts";
import { ArticleOrderField, type ArticleOrder } from "./article.args.ts";

/** Filters for the root list of articles. */
export interface ArticleFilter {
  language?: Language;
  publisher?: string;
  from?: Date;
  to?: Date;
  extraction?: ExtractionStatus;
}

/** Ids of the articles matching a filter, in the requested order (newest ingest first by default). */
export async function listArticleIds(prisma: PrismaClient, filter: ArticleFilter, order?: ArticleOrder): Promise<number[]> {
  const where: Prisma.ArticleWhereInput = {
    language: filter.language,
    publisher: filter.publisher ? { equals: filter.publisher.trim(), mode: "insensitive" } : undefined,
    publishedAt: filter.from || filter.to ? { gte: filter.from, lte: filter.to } : undefined,
    extractionStatus: filter.extraction,
  };
  const direction = order?.direction === OrderDirection.ASC ? "asc" : "desc";
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    order?.field === ArticleOrderField.PUBLISHED_AT ? [{ publishedAt: { sort: direction, nulls: "last" } }, { id: direction }] : [{ id: direction }];
  const rows = await prisma.article.findMany({ where, select: { id: true }, orderBy });
  return rows.map((r) => r.id);
}
