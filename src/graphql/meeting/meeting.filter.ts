import type { Prisma } from "../../generated/prisma/client.ts";
import { OrderDirection } from "../common/order-direction.enum.ts";
import type { MeetingRef } from "../person/person.loader.ts";
import type { MeetingFilterArgs, MeetingOrder } from "./meeting.args.ts";

/** A meeting filter with people already resolved to database ids. */
export interface MeetingFilter extends Pick<MeetingFilterArgs, "from" | "to" | "mode" | "location"> {
  participantIds?: number[];
}

/** The filter as a Prisma `where`, for root lists. */
export function meetingWhere(filter: MeetingFilter): Prisma.MeetingWhereInput {
  return {
    AND: [
      ...(filter.participantIds ?? []).map((personId) => ({ participants: { some: { personId } } })),
      ...(filter.from || filter.to ? [{ date: { gte: filter.from, lte: filter.to } }] : []),
      ...(filter.mode ? [{ mode: filter.mode }] : []),
      ...(filter.location ? [{ location: { equals: filter.location.trim(), mode: "insensitive" as const } }] : []),
    ],
  };
}

/** The order as a Prisma `orderBy`, for root lists: by date, undated last, then by id. */
export function meetingOrderBy(order: MeetingOrder | undefined): Prisma.MeetingOrderByWithRelationInput[] {
  const direction = order?.direction === OrderDirection.ASC ? "asc" : "desc";
  return [{ date: { sort: direction, nulls: "last" } }, { id: direction }];
}

/** The same order on already loaded meeting refs, for nested lists (a sorted copy). */
export function orderMeetingRefs(refs: readonly MeetingRef[], order: MeetingOrder | undefined): MeetingRef[] {
  const sign = order?.direction === OrderDirection.ASC ? 1 : -1;
  const undatedLast = (ref: MeetingRef) => (ref.date ? 0 : 1);
  return [...refs].sort((a, b) => undatedLast(a) - undatedLast(b) || sign * ((a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0)) || sign * (a.id - b.id));
}

/** The same filter on already loaded meeting refs, for nested lists. */
export function meetingRefMatches(ref: MeetingRef, filter: MeetingFilter): boolean {
  if (filter.participantIds?.some((id) => !ref.participantIds.includes(id))) return false;
  if ((filter.from || filter.to) && !ref.date) return false;
  if (filter.from && ref.date! < filter.from) return false;
  if (filter.to && ref.date! > filter.to) return false;
  if (filter.mode && ref.mode !== filter.mode) return false;
  if (filter.location && ref.location?.toLowerCase() !== filter.location.trim().toLowerCase()) return false;
  return true;
}
