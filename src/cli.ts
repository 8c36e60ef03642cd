/**
 * Command line: `tsx src/cli.ts <command> [args…]`.
 *   extract <file…>        print extracted facts as the scorer's JSON array (no database)
 *   migrate                apply pending migrations to the configured database
 *   seed [folder…]         ingest seeds/ (and any folders given), idempotently
 *   ingest <file|folder…>  ingest articles with a progress bar and a summary
 */
import "reflect-metadata";
import { runExtract } from "./cli/extract.ts";
import { runIngest, runSeed } from "./cli/ingest.ts";
import { runMigrate } from "./cli/migrate.ts";
import { runSchema } from "./cli/schema.ts";

const commands: Record<string, (args: string[]) => Promise<number>> = {
  extract: runExtract,
  migrate: runMigrate,
  seed: runSeed,
  ingest: runIngest,
  schema: runSchema,
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(`usage: parley <${Object.keys(commands).join("|")}> [args…]`);
    return 2;
  }
  return command(args);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
