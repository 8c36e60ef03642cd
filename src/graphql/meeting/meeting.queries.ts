import type { PrismaClient } from "../../db/client.ts";
import type { MeetingOrder } from "./meeting.args.ts";
import { meetingOrderBy, meetingWhere, type MeetingFilter } from "./meeting.filter.ts";

/** Ids of the meetings matching a filter, in the requested order. */
export async function listMeetingIds(prisma: PrismaClient, filter: MeetingFilter, order?: MeetingOrder): Promise<number[]> {
  const rows = await prisma.meeting.findMany({ where: meetingWhere(filter), select: { id: true }, orderBy: meetingOrderBy(order) });
  return rows.map((r) => r.id);
}
