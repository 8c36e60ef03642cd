/** The SQL behind Country, CountryContact and lists of countries. */
import type { FieldScope, TypeSql } from "../compile/compiler.ts";
import { boundedList, connection } from "../compile/connection.ts";
import { column, globalId, type Sql } from "../compile/sql.ts";
import { countryCodeArgument } from "../common/sql-args.ts";
import { meetingsWhere } from "../meeting/meeting.sql.ts";
import { peopleOfCountry } from "../person/person.sql.ts";

/** More than there are countries: lists of countries are never cut. */
export const MAX_COUNTRIES = 300;

export const countrySql: TypeSql = {
  id: ({ row }) => globalId("Country", column(row, "code")),
  code: ({ row }) => column(row, "code"),
  name: ({ row }) => column(row, "nameEn"),
  nameFa: ({ row }) => column(row, "nameFa"),
  nameAr: ({ row }) => column(row, "nameAr"),
  people: (f) => connection(f, peopleOfCountry(column(f.row, "code"))),
  metCountries: (f) =>
    boundedList(f, {
      // Every other country among the participants of the meetings this country's people took part in.
      from: (c) => `(SELECT ${c}_o."countryCode", count(DISTINCT ${c}_s."meetingId")::int AS "meetingCount", ${f.row}."code" AS "ownerCode"
        FROM "MeetingParticipant" ${c}_s JOIN "Person" ${c}_sp ON ${c}_sp."id" = ${c}_s."personId"
        JOIN "MeetingParticipant" ${c}_m ON ${c}_m."meetingId" = ${c}_s."meetingId"
        JOIN "Person" ${c}_o ON ${c}_o."id" = ${c}_m."personId"
        WHERE ${c}_sp."countryCode" = ${f.row}."code" AND ${c}_o."countryCode" <> ${f.row}."code"
        GROUP BY ${c}_o."countryCode") ${c}`,
      where: () => [],
      order: (c) => [
        { sql: `${c}."meetingCount"`, descending: true, type: "int" },
        { sql: `${c}."countryCode"`, descending: false, type: "text" },
      ],
      cursorTag: "contacts",
    }, MAX_COUNTRIES),
};

/** Another country whose officials met a country's officials (a row of `metCountries`). */
export const countryContactSql: TypeSql = {
  country: (f) => f.one((c) => `FROM "Country" ${c} WHERE ${c}."code" = ${f.row}."countryCode"`),
  meetingCount: ({ row }) => column(row, "meetingCount"),
  meetings: (f) => meetingsWhere(f, { kind: "countries", code: column(f.row, "ownerCode"), otherCode: column(f.row, "countryCode") }),
};

/** Every country, by code. */
export function countriesWhere(f: FieldScope): Sql {
  return connection(f, {
    from: (c) => `"Country" ${c}`,
    where: () => [],
    order: (c) => [{ sql: `${c}."code"`, descending: false, type: "text" }],
    cursorTag: "countries",
  });
}

/** The countries an article names, by code. */
export function countriesOfArticle(f: FieldScope, articleId: Sql): Sql {
  return boundedList(f, {
    from: (c) => `"ArticleCountry" ${c}_l JOIN "Country" ${c} ON ${c}."code" = ${c}_l."countryCode"`,
    where: (c) => [`${c}_l."articleId" = ${articleId}`],
    order: (c) => [{ sql: `${c}."code"`, descending: false, type: "text" }],
    cursorTag: "countries",
  }, MAX_COUNTRIES);
}

/** Root fields: a country by ISO code; every country. */
export const countryQueries: TypeSql = {
  country: (f) => {
    const code = countryCodeArgument(f, "code");
    return f.one((c) => `FROM "Country" ${c} WHERE ${c}."code" = ${code}`);
  },
  countries: countriesWhere,
};
