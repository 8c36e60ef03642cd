import type { PrismaClient } from "../../db/client.ts";
import { fold } from "../../extract/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { OrderDirection } from "../common/order-direction.enum.ts";
import { PersonOrderField, type PersonOrder } from "./person.args.ts";

/**
 * The person a name refers to, in any script or spelling: an exact (folded) alias first,
 * then an alias containing it; among several, the most mentioned person. Null if none.
 */
export async function findPersonIdByName(prisma: PrismaClient, name: string): Promise<number | null> {
  const key = fold(name);
  if (!key) return null;
  for (const normalized of [{ equals: key }, { contains: key }]) {
    const people = await prisma.person.findMany({
      where: { aliases: { some: { normalized } } },
      select: { id: true },
      orderBy: [{ mentions: { _count: "desc" } }, { id: "asc" }],
      take: 1,
    });
    if (people[0]) return people[0].id;
  }
  return null;
}

/** Filters for the root list of people. */
export interface PersonFilter {
  search?: string;
  countryCode?: string;
}

/** Ids of the people matching a filter, in the requested order. */
export async function listPersonIds(prisma: PrismaClient, filter: PersonFilter, order?: PersonOrder): Promise<number[]> {
  const words = filter.search ? fold(filter.search).split(" ").filter(Boolean) : [];
  const where: Prisma.PersonWhereInput = {
    countryCode: filter.countryCode?.toUpperCase(),
    AND: words.map((word) => ({ aliases: { some: { normalized: { contains: word } } } })),
  };
  const rows = await prisma.person.findMany({ where, select: { id: true }, orderBy: [personOrderBy(order), { id: "asc" }] });
  return rows.map((r) => r.id);
}

function personOrderBy(order: PersonOrder | undefined): Prisma.PersonOrderByWithRelationInput {
  const direction = order?.direction === OrderDirection.DESC ? "desc" : "asc";
  switch (order?.field) {
    case PersonOrderField.MEETING_COUNT:
      return { participations: { _count: direction } };
    case PersonOrderField.QUOTE_COUNT:
      return { quotes: { _count: direction } };
    default:
      return { name: direction };
  }
}
