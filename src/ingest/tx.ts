import type { PrismaClient } from "../db/client.ts";

/** The transaction client an article is written through. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
