/** The SQL behind Quote and every list of quotes. */
import type { FieldScope, TypeSql } from "../compile/compiler.ts";
import { connection } from "../compile/connection.ts";
import { column, globalId, type Sql } from "../compile/sql.ts";
import { OrderDirection } from "../common/order-direction.enum.ts";
import { byId, idArgument, languageArgument, languageValue, personNamed, requirePeople, searchPatterns, type NamedPerson } from "../common/sql-args.ts";
import type { QuoteOrder } from "./quote.args.ts";

export const quoteSql: TypeSql = {
  id: ({ row }) => globalId("Quote", column(row, "id")),
  text: ({ row }) => column(row, "text"),
  direct: ({ row }) => column(row, "direct"),
  language: ({ row }) => languageValue(column(row, "language")),
  evidence: (f) => f.value({ start: column(f.row, "startOffset"), end: column(f.row, "endOffset"), text: column(f.row, "text") }),
  speaker: (f) => f.one((p) => `FROM "Person" ${p} WHERE ${p}."id" = ${f.row}."speakerId"`),
  article: (f) => f.one((a) => `FROM "Article" ${a} WHERE ${a}."id" = ${f.row}."articleId"`),
  meeting: (f) => f.one((m) => `FROM "Meeting" ${m} WHERE ${m}."id" = ${f.row}."meetingId"`),
};

/** Which quotes a list holds before its filters. */
export type QuoteLink =
  | { kind: "all" }
  | { kind: "speaker"; personId: Sql }
  | { kind: "meeting"; meetingId: Sql }
  | { kind: "article"; articleId: Sql };

/**
 * A connection of quotes: the link's quotes filtered by the field's arguments (speaker by id or
 * name, meeting, language, words), by article and position in it. An unknown speaker name
 * answers NOT_FOUND.
 */
export function quotesWhere(f: FieldScope, link: QuoteLink): Sql {
  const speaker = idArgument(f, "speaker", "Person");
  if ("refused" in speaker) return speaker.refused;
  const meeting = idArgument(f, "meeting", "Meeting");
  if ("refused" in meeting) return meeting.refused;
  const speakerName: NamedPerson | null = f.args.decide((args) => args.speakerName != null) ? personNamed(f, (args) => args.speakerName as string, true) : null;
  const language = languageArgument(f);
  const words = searchPatterns(f);
  const descending = f.args.decide((args) => (args.orderBy as QuoteOrder | undefined)?.direction === OrderDirection.DESC);
  const sql = connection(f, {
    from: (q) => `"Quote" ${q}`,
    where: (q) => [
      ...linkWhere(link, q),
      ...(speaker.ok ? [`${q}."speakerId" = ${speaker.ok}`] : []),
      ...(speakerName ? [`${q}."speakerId" = ${speakerName.id}`] : []),
      ...(meeting.ok ? [`${q}."meetingId" = ${meeting.ok}`] : []),
      ...(language ? [`${q}."language" = ${language}`] : []),
      ...words.map((word) => `${q}."normalizedText" LIKE ${word}`),
    ],
    order: (q) => [
      { sql: `${q}."articleId"`, descending, type: "int" },
      { sql: `${q}."startOffset"`, descending, type: "int" },
    ],
    cursorTag: descending ? "quotes-last" : "quotes-first",
  });
  return speakerName ? requirePeople([speakerName], sql) : sql;
}

function linkWhere(link: QuoteLink, q: string): Sql[] {
  switch (link.kind) {
    case "speaker":
      return [`${q}."speakerId" = ${link.personId}`];
    case "meeting":
      return [`${q}."meetingId" = ${link.meetingId}`];
    case "article":
      return [`${q}."articleId" = ${link.articleId}`];
    default:
      return [];
  }
}

/** Root fields: a quote by id; quotes by speaker, meeting, words and language. */
export const quoteQueries: TypeSql = {
  quote: (f) => byId(f, "Quote"),
  quotes: (f) => quotesWhere(f, { kind: "all" }),
};
