import { openDatabase } from "../db/client.ts";
import { databaseConfigFromEnv, describeDatabase } from "../db/config.ts";
import { migrate } from "../db/migrate.ts";

/** `parley migrate`: applies pending migrations and lists them. */
export async function runMigrate(): Promise<number> {
  const config = databaseConfigFromEnv();
  const db = await openDatabase(config, { command: "parley migrate" });
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `Applied ${applied.join(", ")} to ${describeDatabase(config)}` : `${describeDatabase(config)} is up to date`);
    return 0;
  } finally {
    await db.close();
  }
}
