import type { PrismaClient } from "../../db/client.ts";
import { byKey, groupByKey } from "../common/batch.ts";
import { Article } from "./article.type.ts";

/** Articles by database id. */
export async function articlesById(prisma: PrismaClient, ids: readonly number[]): Promise<(Article | null)[]> {
  const rows = await prisma.article.findMany({ where: { id: { in: [...ids] } } });
  return byKey(ids, rows.map(Article.from), (a) => a.dbId);
}

/** A place where an article refers to a person. */
export interface MentionRef {
  articleId: number;
  personId: number;
  text: string;
  startOffset: number;
  endOffset: number;
}

/** Each article's person mentions, in text order. */
export async function mentionsByArticleId(prisma: PrismaClient, ids: readonly number[]): Promise<MentionRef[][]> {
  const rows = await prisma.mention.findMany({ where: { articleId: { in: [...ids] } }, orderBy: [{ articleId: "asc" }, { startOffset: "asc" }] });
  return groupByKey(ids, rows, (r) => r.articleId);
}

/** The ISO codes of the countries each article names. */
export async function countryCodesByArticleId(prisma: PrismaClient, ids: readonly number[]): Promise<string[][]> {
  const rows = await prisma.articleCountry.findMany({ where: { articleId: { in: [...ids] } }, orderBy: { countryCode: "asc" } });
  return groupByKey(ids, rows, (r) => r.articleId).map((group) => group.map((r) => r.countryCode));
}
