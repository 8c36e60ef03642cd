/**
 * Bulk ingest speed: generates articles from Parley's own templates (fa, ar, en; see
 * test/fixtures/generated-articles.ts) into a .jsonl file, then ingests it as `npm run ingest`
 * does (extraction on worker threads, batched writes) into a fresh PGlite folder and a fresh
 * PostgreSQL schema, and prints articles/s for each. A second run over the same file shows the
 * resume path (everything unchanged). Prints numbers; asserts nothing.
 *   npm run bench:ingest [-- count=10000 [pglite|postgres]]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openMigratedDatabase } from "../src/app.ts";
import type { DatabaseConfig } from "../src/db/config.ts";
import { ingestFiles } from "../src/ingest/index.ts";
import { generateArticles, toJsonl } from "../test/fixtures/generated-articles.ts";

const count = Number(process.argv[2] ?? 10_000);
const only = process.argv[3];
const postgresUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

const dir = mkdtempSync(join(tmpdir(), "parley-bench-ingest-"));
const file = join(dir, "articles.jsonl");
writeFileSync(file, toJsonl(generateArticles(count, { seed: 2026, people: 150 })));
console.log(`${count} generated articles (fa, ar, en) in ${file}; ${availableParallelism()} cores`);

async function run(name: string, config: DatabaseConfig) {
  const db = await openMigratedDatabase(config, { command: "parley bench:ingest" });
  try {
    for (const pass of ["first run", "rerun (resume)"]) {
      const started = performance.now();
      const outcomes = await ingestFiles(db, [file]);
      const seconds = (performance.now() - started) / 1000;
      const tally = (s: string) => outcomes.filter((o) => o.status === s).length;
      console.log(
        `${name.padEnd(10)} ${pass.padEnd(15)} ${(count / seconds).toFixed(0).padStart(6)} articles/s  (${seconds.toFixed(1)} s: ${tally("created")} new, ${tally("unchanged")} unchanged, ${tally("failed")} failed)`,
      );
    }
    const [stats] = await db.query<{ persons: number; meetings: number; quotes: number }>(
      `SELECT (SELECT count(*) FROM "Person")::int AS persons, (SELECT count(*) FROM "Meeting")::int AS meetings, (SELECT count(*) FROM "Quote")::int AS quotes`,
    );
    console.log(`${"".padEnd(10)} graph: ${stats.persons} people, ${stats.meetings} meetings, ${stats.quotes} quotes`);
  } finally {
    await db.close();
  }
}

try {
  if (!only || only === "pglite") await run("PGlite", { kind: "pglite", dataDir: join(dir, "pglite") });
  if (!only || only === "postgres") {
    const schema = `parley_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      await run("PostgreSQL", { kind: "postgres", url: postgresUrl, schema });
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
