import type { PrismaClient } from "../../db/client.ts";
import { byKey, groupByKey } from "../common/batch.ts";
import { orderMeetingRefs } from "../meeting/meeting.filter.ts";
import { Person } from "./person.type.ts";

/** People by database id. */
export async function personsById(prisma: PrismaClient, ids: readonly number[]): Promise<(Person | null)[]> {
  const rows = await prisma.person.findMany({ where: { id: { in: [...ids] } } });
  return byKey(ids, rows.map(Person.from), (p) => p.dbId);
}

/** Every spelling of each person, in the order they were first seen. */
export async function aliasesByPersonId(prisma: PrismaClient, ids: readonly number[]): Promise<string[][]> {
  const rows = await prisma.personAlias.findMany({ where: { personId: { in: [...ids] } }, orderBy: { id: "asc" }, select: { personId: true, text: true } });
  return groupByKey(ids, rows, (r) => r.personId).map((group) => group.map((r) => r.text));
}

/** What a list of a person's meetings is filtered and ordered on. */
export interface MeetingRef {
  id: number;
  date: Date | null;
  location: string | null;
  mode: string;
  participantIds: number[];
}

/** The meetings each person took part in, newest first (undated last), with their participants. */
export async function meetingRefsByPersonId(prisma: PrismaClient, ids: readonly number[]): Promise<MeetingRef[][]> {
  const rows = await prisma.meetingParticipant.findMany({
    where: { personId: { in: [...ids] } },
    select: { personId: true, meeting: { select: { id: true, date: true, location: true, mode: true, participants: { select: { personId: true } } } } },
  });
  return groupByKey(ids, rows, (r) => r.personId).map((group) =>
    orderMeetingRefs(group.map(({ meeting }) => ({ ...meeting, participantIds: meeting.participants.map((p) => p.personId) })), undefined),
  );
}


/** What a list of quotes is filtered on. */
export interface QuoteRef {
  id: number;
  speakerId: number;
  meetingId: number | null;
  articleId: number;
  language: string;
  normalizedText: string;
}

const QUOTE_REF = { id: true, speakerId: true, meetingId: true, articleId: true, language: true, normalizedText: true } as const;
const QUOTE_ORDER = [{ articleId: "asc" }, { startOffset: "asc" }] as const;

/** Each person's quotes, in article order. */
export async function quoteRefsBySpeakerId(prisma: PrismaClient, ids: readonly number[]): Promise<QuoteRef[][]> {
  const rows = await prisma.quote.findMany({ where: { speakerId: { in: [...ids] } }, select: QUOTE_REF, orderBy: [...QUOTE_ORDER] });
  return groupByKey(ids, rows, (r) => r.speakerId);
}

/** Each meeting's quotes, in article order. */
export async function quoteRefsByMeetingId(prisma: PrismaClient, ids: readonly number[]): Promise<QuoteRef[][]> {
  const rows = await prisma.quote.findMany({ where: { meetingId: { in: [...ids] } }, select: QUOTE_REF, orderBy: [...QUOTE_ORDER] });
  return groupByKey(ids, rows, (r) => r.meetingId as number);
}

/** Each article's quotes, in text order. */
export async function quoteRefsByArticleId(prisma: PrismaClient, ids: readonly number[]): Promise<QuoteRef[][]> {
  const rows = await prisma.quote.findMany({ where: { articleId: { in: [...ids] } }, select: QUOTE_REF, orderBy: [...QUOTE_ORDER] });
  return groupByKey(ids, rows, (r) => r.articleId);
}

/** Ids of the articles that mention each person, newest first. */
export async function articleIdsByPersonId(prisma: PrismaClient, ids: readonly number[]): Promise<number[][]> {
  const rows = await prisma.mention.findMany({
    where: { personId: { in: [...ids] } },
    distinct: ["personId", "articleId"],
    select: { personId: true, articleId: true },
    orderBy: [{ personId: "asc" }, { articleId: "desc" }],
  });
  return groupByKey(ids, rows, (r) => r.personId).map((group) => group.map((r) => r.articleId));
}

/** Ids of the people of each country, by name. */
export async function personIdsByCountryCode(prisma: PrismaClient, codes: readonly string[]): Promise<number[][]> {
  const rows = await prisma.person.findMany({ where: { countryCode: { in: [...codes] } }, select: { id: true, countryCode: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return groupByKey(codes, rows, (r) => r.countryCode as string).map((group) => group.map((r) => r.id));
}
