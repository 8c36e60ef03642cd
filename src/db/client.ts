/**
 * The one place a PrismaClient is built. PGlite (embedded, a data folder on disk) or
 * PostgreSQL (through @prisma/adapter-pg) is chosen here; the rest of Parley only sees
 * `Database`.
 */
import { mkdirSync } from "node:fs";
import { basename, dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { DatabaseConfig } from "./config.ts";
import { acquireDataDirLock, type DataDirLock } from "./lock.ts";

export type { PrismaClient } from "../generated/prisma/client.ts";

/** An open database: the Prisma client plus the raw access the migrator needs. */
export interface Database {
  readonly config: DatabaseConfig;
  readonly prisma: PrismaClient;
  /** Runs a script of several SQL statements (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Runs one read statement of the GraphQL read path: on PostgreSQL on a pool of its own whose
   * sessions stop any statement after the read timeout, prepared once per connection under `name`.
   */
  read<Row>(sql: string, params: unknown[], name: string): Promise<Row[]>;
  /** SQL statements sent since the database was opened, by Prisma and by `read` (to count round trips). */
  statementCount(): number;
  /** The embedded database's folder lock this process holds (null on PostgreSQL, which needs none). */
  readonly lock: DataDirLock | null;
  close(): Promise<void>;
}

/** What the read path may spend on one statement. */
export interface ReadLimits {
  /** PostgreSQL stops a read statement after this long (PGlite, single-threaded Wasm, cannot be interrupted). */
  statementTimeoutMs: number;
}

const DEFAULT_READ_LIMITS: ReadLimits = { statementTimeoutMs: 10_000 };

export interface OpenOptions {
  /** Who is opening the database, for the lock file (e.g. "parley ingest"); default: the command line. */
  command?: string;
  limits?: ReadLimits;
}

/**
 * Opens the configured database. Migrations are not applied here: see migrate.ts. An embedded
 * database is locked for this process first: DatabaseLockedError names the process holding it.
 */
export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  return config.kind === "pglite" ? openPglite(config, options.command ?? commandLine()) : openPostgres(config, options.limits ?? DEFAULT_READ_LIMITS);
}

function commandLine(): string {
  return [basename(process.argv[1] ?? "node"), ...process.argv.slice(2)].join(" ").slice(0, 200);
}

async function openPglite(config: Extract<DatabaseConfig, { kind: "pglite" }>, command: string): Promise<Database> {
  mkdirSync(dirname(config.dataDir), { recursive: true });
  const lock = acquireDataDirLock(config.dataDir, command);
  let pglite: PGlite;
  try {
    mkdirSync(config.dataDir, { recursive: true });
    pglite = await PGlite.create(config.dataDir, { extensions: { pg_trgm } }); // trigram indexes for text search
  } catch (error) {
    lock.release();
    throw new Error(`Cannot open the embedded database at ${config.dataDir}: ${(error as Error).message}`);
  }
  return wrap(config, new PrismaPGlite(pglite), lock, {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async (sql, params) => (await pglite.query(sql, params)).rows,
    read: async (sql, params) => (await pglite.query(sql, params)).rows,
    close: async () => {
      try {
        await pglite.close();
      } finally {
        lock.release();
      }
    },
  });
}

async function openPostgres(config: Extract<DatabaseConfig, { kind: "postgres" }>, limits: ReadLimits): Promise<Database> {
  const searchPath = config.schema ? `-c search_path=${quoteIdent(config.schema)}` : "";
  const pool = new pg.Pool({ connectionString: config.url, options: searchPath || undefined });
  // Reads run apart from writes, so their timeout never cuts an ingest short. JIT is off for
  // them: it spends seconds compiling a compiled query's many subplans and saves nothing here.
  const readPool = new pg.Pool({
    connectionString: config.url,
    options: `${searchPath} -c statement_timeout=${limits.statementTimeoutMs} -c jit=off`.trim(),
    // Each connection keeps the statements it prepared; recycling it now and then bounds them
    // however many different operations clients send.
    maxUses: 10_000,
  });
  const adapter = new PrismaPg(pool, { schema: config.schema });
  return wrap(config, adapter, null, {
    exec: (sql) => execOnOneConnection(pool, sql),
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    read: async (sql, params, name) => (await readPool.query({ name, text: sql, values: params })).rows,
    close: async () => {
      await Promise.all([pool.end(), readPool.end()]);
    },
  });
}

/**
 * Runs a script on one pooled connection. A script that fails after its own BEGIN leaves that
 * connection inside an aborted transaction, so it is rolled back on the same connection before
 * going back to the pool (a ROLLBACK outside a transaction only warns).
 */
async function execOnOneConnection(pool: pg.Pool, sql: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(sql);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

interface RawAccess {
  exec(sql: string): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
  read(sql: string, params: unknown[], name: string): Promise<unknown[]>;
  close(): Promise<void>;
}

function wrap(config: DatabaseConfig, adapter: PrismaPg | PrismaPGlite, lock: DataDirLock | null, raw: RawAccess): Database {
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  let statements = 0;
  prisma.$on("query", () => void statements++);
  return {
    config,
    prisma,
    exec: raw.exec,
    query: async <Row>(sql: string, params?: unknown[]) => (await raw.query(sql, params)) as Row[],
    read: async <Row>(sql: string, params: unknown[], name: string) => {
      statements++;
      return (await raw.read(sql, params, name)) as Row[];
    },
    statementCount: () => statements,
    lock,
    async close() {
      await prisma.$disconnect();
      await raw.close();
    },
  };
}

/** Quotes a PostgreSQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
