import type { PrismaClient } from "../../db/client.ts";
import { byKey } from "../common/batch.ts";
import { Country } from "./country.type.ts";

/** Countries by ISO code. */
export async function countriesByCode(prisma: PrismaClient, codes: readonly string[]): Promise<(Country | null)[]> {
  const rows = await prisma.country.findMany({ where: { code: { in: [...codes] } } });
  return byKey(codes, rows.map(Country.from), (c) => c.code);
}

/** How often a country's officials met another country's. */
export interface CountryContactRef {
  countryCode: string;
  meetingIds: number[];
}

/**
 * For each country, the other countries whose people met its people, most meetings first.
 * One query: the participants of every meeting that has a participant from the countries asked.
 */
export async function contactsByCountryCode(prisma: PrismaClient, codes: readonly string[]): Promise<CountryContactRef[][]> {
  const meetings = await prisma.meeting.findMany({
    where: { participants: { some: { person: { countryCode: { in: [...codes] } } } } },
    select: { id: true, participants: { select: { person: { select: { countryCode: true } } } } },
  });
  return codes.map((code) => {
    const byCountry = new Map<string, number[]>();
    for (const meeting of meetings) {
      const countries = new Set(meeting.participants.map((p) => p.person.countryCode).filter((c): c is string => !!c));
      if (!countries.has(code)) continue;
      for (const other of countries) if (other !== code) byCountry.set(other, [...(byCountry.get(other) ?? []), meeting.id]);
    }
    return [...byCountry].map(([countryCode, meetingIds]) => ({ countryCode, meetingIds })).sort((a, b) => b.meetingIds.length - a.meetingIds.length || a.countryCode.localeCompare(b.countryCode));
  });
}
