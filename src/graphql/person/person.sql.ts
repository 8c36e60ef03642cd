/** The SQL behind Person, MetPerson and lists of people. */
import type { FieldScope, TypeSql } from "../compile/compiler.ts";
import { boundedList, connection, type ListSource, type OrderKey } from "../compile/connection.ts";
import { column, globalId, type Sql } from "../compile/sql.ts";
import { articlesMentioning } from "../article/article.sql.ts";
import { OrderDirection } from "../common/order-direction.enum.ts";
import { badUserInput } from "../common/errors.ts";
import { countryCodeArgument, idArgument, personNamed, searchPatterns } from "../common/sql-args.ts";
import { meetingsWhere } from "../meeting/meeting.sql.ts";
import { quotesWhere } from "../quote/quote.sql.ts";
import { PersonOrderField, type PersonOrder } from "./person.args.ts";

/** Spellings listed per person at most (the gazetteer knows a few dozen for the most written-about). */
export const MAX_ALIASES = 100;

export const personSql: TypeSql = {
  id: ({ row }) => globalId("Person", column(row, "id")),
  name: ({ row }) => column(row, "name"),
  role: ({ row }) => column(row, "role"),
  country: (f) => f.one((c) => `FROM "Country" ${c} WHERE ${c}."code" = ${f.row}."countryCode"`),
  aliases: (f) => {
    const a = f.alias("a");
    return `(SELECT COALESCE(json_agg(${a}."text" ORDER BY ${a}."id"), '[]'::json) FROM (SELECT "id", "text" FROM "PersonAlias" WHERE "personId" = ${f.row}."id" ORDER BY "id" LIMIT ${MAX_ALIASES}) ${a})`;
  },
  meetings: (f) => meetingsWhere(f, { kind: "person", personId: column(f.row, "id") }),
  quotes: (f) => quotesWhere(f, { kind: "speaker", personId: column(f.row, "id") }),
  metPeople: (f) => connection(f, metPeopleOf(column(f.row, "id"))),
  articles: (f) => connection(f, articlesMentioning(column(f.row, "id"))),
};

/** A person's contacts: one row per other participant of their meetings, with how many they shared. */
export const metPersonSql: TypeSql = {
  person: (f) => f.one((p) => `FROM "Person" ${p} WHERE ${p}."id" = ${f.row}."personId"`),
  meetingCount: ({ row }) => column(row, "meetingCount"),
  meetings: (f) => meetingsWhere(f, { kind: "pair", personId: column(f.row, "ownerId"), otherId: column(f.row, "personId") }),
};

function metPeopleOf(personId: Sql): ListSource {
  return {
    from: (m) => `(SELECT ${m}_o."personId", count(*)::int AS "meetingCount", ${personId} AS "ownerId"
      FROM "MeetingParticipant" ${m}_s JOIN "MeetingParticipant" ${m}_o ON ${m}_o."meetingId" = ${m}_s."meetingId" AND ${m}_o."personId" <> ${m}_s."personId"
      WHERE ${m}_s."personId" = ${personId} GROUP BY ${m}_o."personId") ${m}`,
    where: () => [],
    order: (m) => [
      { sql: `${m}."meetingCount"`, descending: true, type: "int" },
      { sql: `${m}."personId"`, descending: false, type: "int" },
    ],
    cursorTag: "met-people",
  };
}

/** The root list of people: by a name in any script, by country; ordered by name or by activity. */
export function personsWhere(f: FieldScope): Sql {
  const words = searchPatterns(f);
  const country = countryCodeArgument(f, "country");
  const order = f.args.decide((args) => (args.orderBy as PersonOrder | undefined) ?? { field: PersonOrderField.NAME, direction: OrderDirection.ASC });
  return connection(f, {
    from: (p) => `"Person" ${p}`,
    where: (p) => [
      ...(country ? [`${p}."countryCode" = ${country}`] : []),
      ...words.map((word) => `EXISTS (SELECT 1 FROM "PersonAlias" ${p}_a WHERE ${p}_a."personId" = ${p}."id" AND ${p}_a."normalized" LIKE ${word})`),
    ],
    order: (p) => personOrder(p, order),
    cursorTag: `people-${order.field}-${order.direction}`.toLowerCase(),
  });
}

/** People ordered by `order`, ties by id ascending (as the list has always been). */
function personOrder(p: string, order: PersonOrder): OrderKey[] {
  const descending = order.direction === OrderDirection.DESC;
  const key: OrderKey =
    order.field === PersonOrderField.MEETING_COUNT
      ? { sql: `(SELECT count(*)::int FROM "MeetingParticipant" ${p}_k WHERE ${p}_k."personId" = ${p}."id")`, descending, type: "int" }
      : order.field === PersonOrderField.QUOTE_COUNT
        ? { sql: `(SELECT count(*)::int FROM "Quote" ${p}_k WHERE ${p}_k."speakerId" = ${p}."id")`, descending, type: "int" }
        : { sql: `${p}."name"`, descending, type: "text" };
  return [key, { sql: `${p}."id"`, descending: false, type: "int" }];
}

/** The people of a country, by name. */
export function peopleOfCountry(code: Sql): ListSource {
  return {
    from: (p) => `"Person" ${p}`,
    where: (p) => [`${p}."countryCode" = ${code}`],
    order: (p) => personOrder(p, { field: PersonOrderField.NAME, direction: OrderDirection.ASC }),
    cursorTag: "people-name-asc",
  };
}

/** The people an article refers to, in order of first mention. */
export function peopleMentionedIn(articleId: Sql): ListSource {
  return {
    from: (p) => `(SELECT "personId", min("startOffset") AS "firstOffset" FROM "Mention" WHERE "articleId" = ${articleId} GROUP BY "personId") ${p}_m JOIN "Person" ${p} ON ${p}."id" = ${p}_m."personId"`,
    where: () => [],
    order: (p) => [
      { sql: `${p}_m."firstOffset"`, descending: false, type: "int" },
      { sql: `${p}."id"`, descending: false, type: "int" },
    ],
    cursorTag: "people-first-mention",
  };
}

/** A meeting's participants, by person id (a bounded list). */
export function participantsOf(f: FieldScope, meetingId: Sql, limit: number): Sql {
  return boundedList(f, {
    from: (p) => `"MeetingParticipant" ${p}_l JOIN "Person" ${p} ON ${p}."id" = ${p}_l."personId"`,
    where: (p) => [`${p}_l."meetingId" = ${meetingId}`],
    order: (p) => [{ sql: `${p}."id"`, descending: false, type: "int" }],
    cursorTag: "participants",
  }, limit);
}

/** Root fields: a person by id or by any spelling of their name; the list of people. */
export const personQueries: TypeSql = {
  person: (f) => {
    const by = f.args.decide((args) => (args.id != null) === (args.name != null) ? "refused" : args.id != null ? "id" : "name");
    if (by === "refused") return f.plan.error(badUserInput('Give exactly one of "id" or "name".'));
    const id = by === "id" ? idArgument(f, "id", "Person") : { ok: personNamed(f, (args) => args.name as string, false).id };
    if ("refused" in id) return id.refused;
    return f.one((p) => `FROM "Person" ${p} WHERE ${p}."id" = ${id.ok}`);
  },
  persons: personsWhere,
};
