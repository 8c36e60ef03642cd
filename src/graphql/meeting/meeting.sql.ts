/** The SQL behind Meeting, MeetingReport and every list of meetings. */
import type { FieldScope, TypeSql } from "../compile/compiler.ts";
import { boundedList, connection } from "../compile/connection.ts";
import { column, globalId, type Sql } from "../compile/sql.ts";
import { OrderDirection } from "../common/order-direction.enum.ts";
import { byId, dateArgument, idArgument, idListArgument, personNamed, requirePeople, textArgument, type NamedPerson } from "../common/sql-args.ts";
import { participantsOf } from "../person/person.sql.ts";
import { quotesWhere } from "../quote/quote.sql.ts";
import type { MeetingOrder } from "./meeting.args.ts";

/** Participants listed per meeting at most (summits name a few dozen). */
export const MAX_PARTICIPANTS = 100;
/** Reports listed per meeting at most, oldest ingest first. */
export const MAX_REPORTS = 100;

export const meetingSql: TypeSql = {
  id: ({ row }) => globalId("Meeting", column(row, "id")),
  location: ({ row }) => column(row, "location"),
  date: ({ row }) => column(row, "date"),
  mode: ({ row }) => column(row, "mode"),
  participants: (f) => participantsOf(f, column(f.row, "id"), MAX_PARTICIPANTS),
  reports: (f) =>
    boundedList(f, {
      from: (s) => `"MeetingSource" ${s}`,
      where: (s) => [`${s}."meetingId" = ${f.row}."id"`],
      order: (s) => [{ sql: `${s}."articleId"`, descending: false, type: "int" }],
      cursorTag: "reports",
    }, MAX_REPORTS),
  quotes: (f) => quotesWhere(f, { kind: "meeting", meetingId: column(f.row, "id") }),
};

/** A row of MeetingSource: an article reporting a meeting. */
export const meetingReportSql: TypeSql = {
  article: (f) => f.one((a) => `FROM "Article" ${a} WHERE ${a}."id" = ${f.row}."articleId"`),
  evidence: (f) => f.value({ start: column(f.row, "startOffset"), end: column(f.row, "endOffset"), text: column(f.row, "evidence") }),
};

/** Which meetings a list holds before its filters: all, or those of a person, article, pair or two countries. */
export type MeetingLink =
  | { kind: "all" }
  | { kind: "person"; personId: Sql }
  | { kind: "pair"; personId: Sql; otherId: Sql }
  | { kind: "article"; articleId: Sql }
  | { kind: "countries"; code: Sql; otherCode: Sql };

/**
 * A connection of meetings: the link's meetings filtered by the field's arguments (days,
 * place, mode, other participants by id or name), newest first (undated last) unless
 * `orderBy` says otherwise. An unknown participant name answers NOT_FOUND.
 */
export function meetingsWhere(f: FieldScope, link: MeetingLink): Sql {
  const filter = meetingFilter(f);
  if ("refused" in filter) return filter.refused;
  const descending = f.args.decide((args) => (args.orderBy as MeetingOrder | undefined)?.direction !== OrderDirection.ASC);
  const sql = connection(f, {
    from: (m) => linkFrom(link, m),
    where: (m) => [...linkWhere(link, m), ...filter.conditions(m)],
    order: (m) => [
      // Undated meetings last in either direction.
      { sql: `COALESCE(${m}."date", '${descending ? "-infinity" : "infinity"}'::date)`, descending, type: "date" },
      { sql: `${m}."id"`, descending, type: "int" },
    ],
    cursorTag: descending ? "meetings-newest" : "meetings-oldest",
  });
  return requirePeople(filter.named, sql);
}

function linkFrom(link: MeetingLink, m: string): Sql {
  switch (link.kind) {
    case "person":
    case "pair":
      return `"MeetingParticipant" ${m}_l JOIN "Meeting" ${m} ON ${m}."id" = ${m}_l."meetingId"`;
    case "article":
      return `"MeetingSource" ${m}_l JOIN "Meeting" ${m} ON ${m}."id" = ${m}_l."meetingId"`;
    default:
      return `"Meeting" ${m}`;
  }
}

function linkWhere(link: MeetingLink, m: string): Sql[] {
  switch (link.kind) {
    case "person":
      return [`${m}_l."personId" = ${link.personId}`];
    case "pair":
      return [`${m}_l."personId" = ${link.personId}`, tookPart(m, link.otherId)];
    case "article":
      return [`${m}_l."articleId" = ${link.articleId}`];
    case "countries":
      return [fromCountry(m, link.code), fromCountry(m, link.otherCode)];
    default:
      return [];
  }
}

/** Whether a person took part in the meeting `m`. */
function tookPart(m: string, personId: Sql): Sql {
  return `EXISTS (SELECT 1 FROM "MeetingParticipant" ${m}_p WHERE ${m}_p."meetingId" = ${m}."id" AND ${m}_p."personId" = ${personId})`;
}

function fromCountry(m: string, code: Sql): Sql {
  return `EXISTS (SELECT 1 FROM "MeetingParticipant" ${m}_c JOIN "Person" ${m}_cp ON ${m}_cp."id" = ${m}_c."personId" WHERE ${m}_c."meetingId" = ${m}."id" AND ${m}_cp."countryCode" = ${code})`;
}

interface MeetingFilter {
  conditions(m: string): Sql[];
  /** People named in the arguments, who must be known. */
  named: NamedPerson[];
}

/** The filters of MeetingFilterArgs and the participant arguments, as SQL (parameters made once). */
function meetingFilter(f: FieldScope): MeetingFilter | { refused: Sql } {
  const from = dateArgument(f, "from");
  const to = dateArgument(f, "to");
  const mode = textArgument(f, "mode");
  const location = textArgument(f, "location");
  const ids: Sql[] = [];
  for (const [argument, many] of [["participants", true], ["with", false]] as const) {
    const checked = many ? idListArgument(f, argument, "Person") : idArgument(f, argument, "Person");
    if ("refused" in checked) return checked;
    if (Array.isArray(checked.ok)) ids.push(...checked.ok);
    else if (checked.ok) ids.push(checked.ok);
  }
  const nameCount = f.args.decide((args) => ((args.participantNames ?? []) as string[]).length + (args.withName != null ? 1 : 0));
  const named = Array.from({ length: nameCount }, (_, i) =>
    personNamed(f, (args) => [...((args.participantNames ?? []) as string[]), ...(args.withName != null ? [args.withName as string] : [])][i], true),
  );
  return {
    named,
    conditions: (m) => [
      ...[...ids, ...named.map((person) => person.id)].map((personId) => tookPart(m, personId)),
      ...(from ? [`${m}."date" >= ${from}`] : []),
      ...(to ? [`${m}."date" <= ${to}`] : []),
      ...(mode ? [`${m}."mode" = ${mode}::"MeetingMode"`] : []),
      ...(location ? [`lower(${m}."location") = lower(${location})`] : []),
    ],
  };
}

/** Root fields: a meeting by id; meetings by participants, days, place and mode. */
export const meetingQueries: TypeSql = {
  meeting: (f) => byId(f, "Meeting"),
  meetings: (f) => meetingsWhere(f, { kind: "all" }),
};
