import type { PrismaClient } from "../../db/client.ts";
import { OrderDirection } from "../common/order-direction.enum.ts";
import type { QuoteOrder } from "./quote.args.ts";
import { quoteWhere, type QuoteFilter } from "./quote.filter.ts";

/** Ids of the quotes matching a filter, by article and position in it (ascending unless asked). */
export async function listQuoteIds(prisma: PrismaClient, filter: QuoteFilter, order?: QuoteOrder): Promise<number[]> {
  const direction = order?.direction === OrderDirection.DESC ? "desc" : "asc";
  const rows = await prisma.quote.findMany({ where: quoteWhere(filter), select: { id: true }, orderBy: [{ articleId: direction }, { startOffset: direction }] });
  return rows.map((r) => r.id);
}
