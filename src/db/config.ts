import { resolve } from "node:path";

/** Where Parley keeps its data: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string; /** PostgreSQL schema to use instead of `public`. */ schema?: string };

/**
 * Reads the database choice from the environment: `DATABASE_URL` (postgresql://…) selects
 * PostgreSQL, in the schema `DATABASE_SCHEMA` or else the URL's `?schema=` (Prisma's convention);
 * otherwise PGlite in `PARLEY_DATA_DIR` (default ./data/pglite).
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must be a postgresql:// URL (got "${url.slice(0, 20)}…"); leave it unset to use the embedded database.`);
    }
    const schema = env.DATABASE_SCHEMA?.trim() || urlSchema(url);
    return { kind: "postgres", url, schema: schema || undefined };
  }
  return { kind: "pglite", dataDir: resolve(env.PARLEY_DATA_DIR ?? "data/pglite") };
}

function urlSchema(url: string): string | null {
  try {
    return new URL(url).searchParams.get("schema")?.trim() || null;
  } catch {
    throw new Error("DATABASE_URL is not a valid URL; percent-encode special characters in the user name and password.");
  }
}

/** A short description for logs, without credentials. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `PGlite at ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL at ${url.host}${url.pathname}${config.schema ? ` (schema ${config.schema})` : ""}`;
}
