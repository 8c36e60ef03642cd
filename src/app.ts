/**
 * Start-up shared by the server and the CLI: open the configured database and bring its
 * schema up to date.
 */
import { join } from "node:path";
import { databaseConfigFromEnv, type DatabaseConfig } from "./db/config.ts";
import { openDatabase, type Database } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";

/** The articles the graph starts from. */
export const seedsDir = join(import.meta.dirname, "../seeds");

/** Opens the database (from the environment unless given) and applies pending migrations. */
export async function openMigratedDatabase(config: DatabaseConfig = databaseConfigFromEnv()): Promise<Database> {
  const db = await openDatabase(config);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
