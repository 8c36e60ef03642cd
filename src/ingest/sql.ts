/**
 * Raw SQL through the transaction's Prisma client, for the set-based writes of a batch: rows go
 * in as one JSON parameter (`json_to_recordset($1::json)`), which PGlite and PostgreSQL read
 * alike and which keeps a batch of any size to one statement per table.
 */
import type { Tx } from "./tx.ts";

/** Runs a query and returns its rows. */
export function rows<Row>(tx: Tx, sql: string, ...params: unknown[]): Promise<Row[]> {
  return tx.$queryRawUnsafe<Row[]>(sql, ...params).catch(rethrowDatabaseError);
}

/** Runs a statement and returns the number of rows it changed. */
export function run(tx: Tx, sql: string, ...params: unknown[]): Promise<number> {
  return tx.$executeRawUnsafe(sql, ...params).catch(rethrowDatabaseError);
}

/** An error PostgreSQL raised, with its SQLSTATE (`code`, e.g. 23505 for a unique violation). */
export class DatabaseError extends Error {
  override name = "DatabaseError";

  constructor(
    message: string,
    readonly code: string | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Prisma reports a failed raw query as "Raw query failed. Code: N/A. Message: undefined" and
 * keeps PostgreSQL's own message in `meta.driverAdapterError`: give that message back.
 */
function rethrowDatabaseError(error: unknown): never {
  const adapterError = (error as { meta?: { driverAdapterError?: { message?: string; cause?: { message?: string; originalMessage?: string; code?: string; originalCode?: string } } } }).meta?.driverAdapterError;
  if (!adapterError) throw error;
  const cause = adapterError.cause ?? {};
  throw new DatabaseError(cause.originalMessage ?? cause.message ?? adapterError.message ?? "database error", cause.originalCode ?? cause.code, { cause: error });
}

/** A JSON parameter. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Serialises writers: a transaction-scoped advisory lock, one per schema, taken first in every
 * write transaction. Two processes ingesting into one PostgreSQL then merge people and meetings
 * exactly as one process would, and the same article sent twice at once is stored once.
 */
export async function takeWriteLock(tx: Tx): Promise<void> {
  await rows(tx, `SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('parley-write:' || current_schema()))`);
}
