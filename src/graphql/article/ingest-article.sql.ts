/** The SQL behind the ingestArticle payload: what the write produced, selected like any other object. */
import type { FieldScope, TypeSql } from "../compile/compiler.ts";
import { boundedList } from "../compile/connection.ts";
import { column, type Sql } from "../compile/sql.ts";

/** What the mutation resolver hands the statement, as `RequestValues.root`. */
export interface IngestOutcome {
  created: boolean;
  clientMutationId: string | null;
  quoteCount: number;
  articleId: number;
  personIds: number[];
  personCreated: boolean[];
  meetingIds: number[];
  meetingMerged: boolean[];
}

const OUTCOME_COLUMNS: Record<keyof IngestOutcome, string> = {
  created: "boolean",
  clientMutationId: "text",
  quoteCount: "int",
  articleId: "int",
  personIds: "int[]",
  personCreated: "boolean[]",
  meetingIds: "int[]",
  meetingMerged: "boolean[]",
};

/** People and meetings one article can bring: more than any article names. */
const MAX_INGESTED = 1000;

export const ingestArticleMutation: TypeSql = {
  ingestArticle: (f) => {
    const columns = Object.entries(OUTCOME_COLUMNS).map(([name, cast]) => `${f.plan.param((request) => request.root[name], cast)} AS "${name}"`);
    return f.one((row) => `FROM (SELECT ${columns.join(", ")}) ${row}`);
  },
};

export const ingestArticlePayloadSql: TypeSql = {
  clientMutationId: ({ row }) => column(row, "clientMutationId"),
  created: ({ row }) => column(row, "created"),
  quoteCount: ({ row }) => column(row, "quoteCount"),
  article: (f) => f.one((a) => `FROM "Article" ${a} WHERE ${a}."id" = ${f.row}."articleId"`),
  people: (f) => outcomeList(f, column(f.row, "personIds"), column(f.row, "personCreated"), ["personId", "created"]),
  meetings: (f) => outcomeList(f, column(f.row, "meetingIds"), column(f.row, "meetingMerged"), ["meetingId", "merged"]),
};

export const ingestedPersonSql: TypeSql = {
  person: (f) => f.one((p) => `FROM "Person" ${p} WHERE ${p}."id" = ${f.row}."personId"`),
  created: ({ row }) => column(row, "created"),
};

export const ingestedMeetingSql: TypeSql = {
  meeting: (f) => f.one((m) => `FROM "Meeting" ${m} WHERE ${m}."id" = ${f.row}."meetingId"`),
  merged: ({ row }) => column(row, "merged"),
};

/** Pairs of arrays as rows, in their order. */
function outcomeList(f: FieldScope, ids: Sql, flags: Sql, [idName, flagName]: [string, string]): Sql {
  return boundedList(f, {
    from: (x) => `unnest(${ids}, ${flags}) WITH ORDINALITY AS ${x}("${idName}", "${flagName}", "ord")`,
    where: () => [],
    order: (x) => [{ sql: `${x}."ord"`, descending: false, type: "int" }],
    cursorTag: "ingested",
  }, MAX_INGESTED);
}
