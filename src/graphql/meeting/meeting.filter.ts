import type { Prisma } from "../../generated/prisma/client.ts";
import type { MeetingRef } from "../person/person.loader.ts";
import type { MeetingFilterArgs } from "./meeting.args.ts";

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
