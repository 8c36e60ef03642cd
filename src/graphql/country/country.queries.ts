import type { PrismaClient } from "../../db/client.ts";

/** Codes of every country Parley knows, alphabetically. */
export async function listCountryCodes(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.country.findMany({ select: { code: true }, orderBy: { code: "asc" } });
  return rows.map((r) => r.code);
}
