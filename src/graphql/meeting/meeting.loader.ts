import type { PrismaClient } from "../../db/client.ts";
import { byKey, groupByKey } from "../common/batch.ts";
import type { MeetingRef } from "../person/person.loader.ts";
import { orderMeetingRefs } from "./meeting.filter.ts";
import { Meeting } from "./meeting.type.ts";

/** Meetings by database id. */
export async function meetingsById(prisma: PrismaClient, ids: readonly number[]): Promise<(Meeting | null)[]> {
  const rows = await prisma.meeting.findMany({ where: { id: { in: [...ids] } } });
  return byKey(ids, rows.map(Meeting.from), (m) => m.dbId);
}

/** A person's part in a meeting. */
export interface ParticipantRef {
  personId: number;
  role: string | null;
}

/** Each meeting's participants, by person id. */
export async function participantsByMeetingId(prisma: PrismaClient, ids: readonly number[]): Promise<ParticipantRef[][]> {
  const rows = await prisma.meetingParticipant.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { personId: "asc" } });
  return groupByKey(ids, rows, (r) => r.meetingId);
}

/** An article reporting a meeting. */
export interface SourceRef {
  meetingId: number;
  articleId: number;
  evidence: string;
  startOffset: number;
  endOffset: number;
}

/** The articles that report each meeting, oldest ingest first. */
export async function sourcesByMeetingId(prisma: PrismaClient, ids: readonly number[]): Promise<SourceRef[][]> {
  const rows = await prisma.meetingSource.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { articleId: "asc" } });
  return groupByKey(ids, rows, (r) => r.meetingId);
}

/** The meetings each article reports. */
export async function meetingRefsByArticleId(prisma: PrismaClient, ids: readonly number[]): Promise<MeetingRef[][]> {
  const rows = await prisma.meetingSource.findMany({
    where: { articleId: { in: [...ids] } },
    select: { articleId: true, meeting: { select: { id: true, date: true, location: true, mode: true, participants: { select: { personId: true } } } } },
  });
  return groupByKey(ids, rows, (r) => r.articleId).map((group) =>
    orderMeetingRefs(group.map(({ meeting }) => ({ ...meeting, participantIds: meeting.participants.map((p) => p.personId) })), undefined),
  );
}
