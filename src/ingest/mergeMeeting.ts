import type { MeetingFact } from "../extract/index.ts";
import type { MeetingMode } from "../generated/prisma/enums.ts";
import type { Tx } from "./tx.ts";

/** The stored meeting a fact was merged into or created as. */
export interface MergedMeeting {
  id: number;
  merged: boolean;
}

const MODE: Record<MeetingFact["mode"], MeetingMode> = { in_person: "IN_PERSON", phone: "PHONE" };

/**
 * Stores a meeting an article reports, merging it into an existing meeting when that one
 * has the same participants and mode and does not contradict it: same place and day, or
 * one of them unknown. A meeting is never merged into one this article already reports
 * (an article that reports two meetings of the same people means two meetings).
 * Among several candidates the one agreeing on most known facts wins.
 */
export async function mergeMeeting(
  tx: Tx,
  fact: MeetingFact,
  participants: { personId: number; role: string | null }[],
  articleId: number,
): Promise<MergedMeeting> {
  const personIds = [...new Set(participants.map((p) => p.personId))].sort((a, b) => a - b);
  const date = fact.date ? new Date(`${fact.date}T00:00:00Z`) : null;
  const candidates = await tx.meeting.findMany({
    where: { mode: MODE[fact.mode], participants: { some: { personId: personIds[0] } }, sources: { none: { articleId } } },
    include: { participants: { select: { personId: true } } },
  });
  const best = candidates
    .filter((m) => sameSet(m.participants.map((p) => p.personId), personIds))
    .filter((m) => compatible(m.location, fact.location) && compatible(m.date?.getTime(), date?.getTime()))
    .map((m) => ({ m, agreement: Number(!!m.location && m.location === fact.location) + Number(!!m.date && m.date.getTime() === date?.getTime()) }))
    .sort((a, b) => b.agreement - a.agreement || a.m.id - b.m.id)[0]?.m;

  const source = { articleId, evidence: fact.evidence.text, startOffset: fact.evidence.start, endOffset: fact.evidence.end };
  if (best) {
    await tx.meeting.update({
      where: { id: best.id },
      data: { location: best.location ?? fact.location, date: best.date ?? date, sources: { create: source } },
    });
    return { id: best.id, merged: true };
  }
  const created = await tx.meeting.create({
    data: {
      location: fact.location,
      date,
      mode: MODE[fact.mode],
      participants: { create: uniqueBy(participants, (p) => p.personId).map((p) => ({ personId: p.personId, role: p.role })) },
      sources: { create: source },
    },
  });
  return { id: created.id, merged: false };
}

function sameSet(a: number[], sortedB: number[]): boolean {
  const sortedA = [...new Set(a)].sort((x, y) => x - y);
  return sortedA.length === sortedB.length && sortedA.every((v, i) => v === sortedB[i]);
}

/** Two facts agree when either is unknown or both are equal. */
function compatible<T>(a: T | null | undefined, b: T | null | undefined): boolean {
  return a == null || b == null || a === b;
}

function uniqueBy<T>(items: T[], key: (item: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
