/**
 * Start-up shared by the server and the CLI: open the configured database and bring its
 * schema up to date.
 */
import { join } from "node:path";
import { databaseConfigFromEnv, describeDatabase, type DatabaseConfig } from "./db/config.ts";
import { openDatabase, type Database, type OpenOptions } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";

/** The articles the graph starts from. */
export const seedsDir = join(import.meta.dirname, "../seeds");

/**
 * Opens the database (from the environment unless given) and applies pending migrations.
 * Failures name the database, since a wrong DATABASE_URL is the usual cause.
 */
export async function openMigratedDatabase(config: DatabaseConfig = databaseConfigFromEnv(), options: OpenOptions = {}): Promise<Database> {
  const db = await openDatabase(config, options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw new Error(`${describeDatabase(config)}: ${(error as Error).message}`, { cause: error });
  }
  return db;
}
