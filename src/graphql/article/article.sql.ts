/** The SQL behind Article, Mention and every list of articles. */
import type { FieldScope, TypeSql } from "../compile/compiler.ts";
import { boundedList, connection, type ListSource } from "../compile/connection.ts";
import { column, globalId, type Sql } from "../compile/sql.ts";
import { OrderDirection } from "../common/order-direction.enum.ts";
import { byId, dateArgument, languageArgument, languageValue, textArgument } from "../common/sql-args.ts";
import { countriesOfArticle } from "../country/country.sql.ts";
import { meetingsWhere } from "../meeting/meeting.sql.ts";
import { peopleMentionedIn } from "../person/person.sql.ts";
import { quotesWhere } from "../quote/quote.sql.ts";
import { ArticleOrderField, type ArticleOrder } from "./article.args.ts";

/** Mentions listed per article at most (a long article names people a few hundred times). */
export const MAX_MENTIONS = 1000;

export const articleSql: TypeSql = {
  id: ({ row }) => globalId("Article", column(row, "id")),
  title: ({ row }) => column(row, "title"),
  body: ({ row }) => column(row, "body"),
  language: ({ row }) => languageValue(column(row, "language")),
  publisher: ({ row }) => column(row, "publisher"),
  publishedAt: ({ row }) => column(row, "publishedAt"),
  sourceName: ({ row }) => column(row, "sourceName"),
  url: ({ row }) => column(row, "url"),
  contentHash: ({ row }) => column(row, "contentHash"),
  // Stored as UTC without a zone; written as graphql-scalars' DateTime writes a JS Date.
  ingestedAt: ({ row }) => `to_char(${column(row, "ingestedAt")}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  extraction: (f) =>
    f.value({
      status: `${column(f.row, "extractionStatus")}::text`,
      error: column(f.row, "extractionError"),
      extractorVersion: column(f.row, "extractorVersion"),
      extractedAt: `to_char(${column(f.row, "extractedAt")}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    }),
  persons: (f) => connection(f, peopleMentionedIn(column(f.row, "id"))),
  mentions: (f) =>
    boundedList(f, {
      from: (m) => `"Mention" ${m}`,
      where: (m) => [`${m}."articleId" = ${f.row}."id"`],
      order: (m) => [{ sql: `${m}."startOffset"`, descending: false, type: "int" }],
      cursorTag: "mentions",
    }, MAX_MENTIONS),
  meetings: (f) => meetingsWhere(f, { kind: "article", articleId: column(f.row, "id") }),
  quotes: (f) => quotesWhere(f, { kind: "article", articleId: column(f.row, "id") }),
  countries: (f) => countriesOfArticle(f, column(f.row, "id")),
};

/** A row of Mention: where an article refers to a person. */
export const mentionSql: TypeSql = {
  evidence: (f) => f.value({ start: column(f.row, "startOffset"), end: column(f.row, "endOffset"), text: column(f.row, "text") }),
  person: (f) => f.one((p) => `FROM "Person" ${p} WHERE ${p}."id" = ${f.row}."personId"`),
};

/** The root list of articles: by language, publisher, publication day and extraction outcome; newest ingest first unless `orderBy` says otherwise. */
export function articlesWhere(f: FieldScope): Sql {
  const language = languageArgument(f);
  const publisher = textArgument(f, "publisher");
  const from = dateArgument(f, "from");
  const to = dateArgument(f, "to");
  const extraction = textArgument(f, "extraction", (status) => status);
  const order = f.args.decide((args) => (args.orderBy as ArticleOrder | undefined) ?? { field: ArticleOrderField.INGESTED_AT, direction: OrderDirection.DESC });
  const descending = order.direction === OrderDirection.DESC;
  return connection(f, {
    from: (a) => `"Article" ${a}`,
    where: (a) => [
      ...(language ? [`${a}."language" = ${language}`] : []),
      ...(publisher ? [`lower(${a}."publisher") = lower(${publisher})`] : []),
      ...(from ? [`${a}."publishedAt" >= ${from}`] : []),
      ...(to ? [`${a}."publishedAt" <= ${to}`] : []),
      ...(extraction ? [`${a}."extractionStatus" = ${extraction}::"ExtractionStatus"`] : []),
    ],
    order: (a) => [
      // Ingest order is id order; undated articles come last in either direction by publication day.
      ...(order.field === ArticleOrderField.PUBLISHED_AT ? [{ sql: `COALESCE(${a}."publishedAt", '${descending ? "-infinity" : "infinity"}'::date)`, descending, type: "date" as const }] : []),
      { sql: `${a}."id"`, descending, type: "int" },
    ],
    cursorTag: `articles-${order.field}-${order.direction}`.toLowerCase(),
  });
}

/** The articles that mention a person, newest ingest first. */
export function articlesMentioning(personId: Sql): ListSource {
  return {
    from: (a) => `"Article" ${a}`,
    where: (a) => [`EXISTS (SELECT 1 FROM "Mention" ${a}_m WHERE ${a}_m."articleId" = ${a}."id" AND ${a}_m."personId" = ${personId})`],
    order: (a) => [{ sql: `${a}."id"`, descending: true, type: "int" }],
    cursorTag: "articles-ingested_at-desc",
  };
}

/** Root fields: an article by id; articles by language, publisher, day and extraction outcome. */
export const articleQueries: TypeSql = {
  article: (f) => byId(f, "Article"),
  articles: articlesWhere,
};
