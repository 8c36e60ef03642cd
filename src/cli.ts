/**
 * Command line: `tsx src/cli.ts <command> [args…]`.
 *   extract <file…>        print extracted facts as the scorer's JSON array (no database)
 *   eval [options]         score the extractor on eval/ gold against article texts (see src/cli/eval.ts)
 *   train-names [--check]  learn the name-shape model (src/extract/data/name-shapes.json) from the repository's data
 *   migrate                apply pending migrations to the configured database
 *   seed [folder…]         ingest seeds/ (and any folders given), idempotently
 *   ingest <path…>         ingest article files, folders and .jsonl files (through the running
 *                          server when one holds the embedded database)
 *   reextract [--stale|--failed]  read stored articles again with the current extractor
 *   articles --failed      list articles whose extraction failed
 *   schema [--check]       write schema.graphql from the code, or check that it is current
 *   codegen                generate typed operations for examples/operations (codegen.ts)
 *   explorer               bundle GraphiQL and the /graph page into dist/explorer (npm ci does)
 */
import "reflect-metadata";

// Each command loads its own modules, so extract and eval do not start the database and GraphQL layers.
const commands: Record<string, (args: string[]) => Promise<number>> = {
  extract: async (args) => (await import("./cli/extract.ts")).runExtract(args),
  eval: async (args) => (await import("./cli/eval.ts")).runEval(args),
  "train-names": async (args) => (await import("./cli/train-names.ts")).runTrainNames(args),
  migrate: async () => (await import("./cli/migrate.ts")).runMigrate(),
  seed: async (args) => (await import("./cli/ingest.ts")).runSeed(args),
  ingest: async (args) => (await import("./cli/ingest.ts")).runIngest(args),
  reextract: async (args) => (await import("./cli/reextract.ts")).runReextract(args),
  articles: async (args) => (await import("./cli/articles.ts")).runArticles(args),
  schema: async (args) => (await import("./cli/schema.ts")).runSchema(args),
  codegen: async (args) => (await import("./cli/codegen.ts")).runCodegen(args),
  explorer: async (args) => (await import("./cli/explorer.ts")).runExplorer(args),
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
