import type { PrismaClient } from "../../db/client.ts";
import { byKey } from "../common/batch.ts";
import { Quote } from "./quote.type.ts";

/** Quotes by database id. */
export async function quotesById(prisma: PrismaClient, ids: readonly number[]): Promise<(Quote | null)[]> {
  const rows = await prisma.quote.findMany({ where: { id: { in: [...ids] } } });
  return byKey(ids, rows.map(Quote.from), (q) => q.dbId);
}
