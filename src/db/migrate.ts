/**
 * Applies prisma/migrations/<name>/migration.sql files in name order, each in its own
 * transaction together with its row in `_parley_migrations`. Used at start-up and by
 * `npm run db:migrate`. (`prisma migrate deploy` is not usable: it corrupts PGlite folders
 * and cannot read PostgreSQL's catalog through adapter-pg.)
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { quoteIdent, type Database } from "./client.ts";

export const migrationsDir = join(import.meta.dirname, "../../prisma/migrations");

const LEDGER = `CREATE TABLE IF NOT EXISTS "_parley_migrations" (
  "name" TEXT PRIMARY KEY,
  "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

/** Applies every migration not yet recorded; returns the names it applied. */
export async function migrate(db: Database, dir = migrationsDir): Promise<string[]> {
  // Processes starting at once on one PostgreSQL schema (ingest on several machines) take turns: "IF NOT EXISTS" does not
  // stop two of them creating the same schema or table at the same moment, which fails on the catalog's unique indexes.
  const turn = `SELECT pg_advisory_xact_lock(hashtext('${migrationLockKey(db).replace(/'/g, "''")}'));`;
  // As `prisma migrate` does, a schema named in the configuration is created when missing.
  const schema = db.config.kind === "postgres" && db.config.schema ? `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(db.config.schema)};\n` : "";
  await db.exec(`BEGIN;\n${turn}\n${schema}${LEDGER};\nCOMMIT;`);
  const applied: string[] = [];
  for (const name of await listMigrations(dir)) {
    if (await isApplied(db, name)) continue;
    const sql = await readFile(join(dir, name, "migration.sql"), "utf8");
    try {
      await db.exec(`BEGIN;\n${turn}\n${sql}\n;INSERT INTO "_parley_migrations" ("name") VALUES ('${name.replace(/'/g, "''")}');\nCOMMIT;`);
    } catch (error) {
      await db.exec("ROLLBACK").catch(() => {});
      // Another process may have applied it at the same moment: that is success, not failure.
      if (await isApplied(db, name)) continue;
      throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
    }
    applied.push(name);
  }
  return applied;
}

/** One lock per database schema: migrations of different schemas on one server need not wait for each other. */
function migrationLockKey(db: Database): string {
  return `parley-migrate:${db.config.kind === "postgres" ? (db.config.schema ?? "public") : "embedded"}`;
}

async function listMigrations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function isApplied(db: Database, name: string): Promise<boolean> {
  const rows = await db.query<{ name: string }>(`SELECT "name" FROM "_parley_migrations" WHERE "name" = $1`, [name]);
  return rows.length > 0;
}
