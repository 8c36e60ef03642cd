/**
 * `npm run ingest` on an archive: folders and .jsonl files, a summary with reasons, a rerun
 * that resumes without duplicates, a run killed with SIGKILL half-way (every article whole or
 * absent, the rerun completes the set), and several processes ingesting one file at once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedDatabase } from "../../src/app.ts";
import type { Database } from "../../src/db/client.ts";
import type { DatabaseConfig } from "../../src/db/config.ts";
import { ingestFiles } from "../../src/ingest/index.ts";
import { backends, copyPgliteTemplate, createTestDatabase, testDatabaseUrl, type Backend, type TestDatabase } from "../fixtures/databases.ts";
import { generateArticles, toJsonl } from "../fixtures/generated-articles.ts";
import { factsPerArticle, graphDump } from "../fixtures/graph-dump.ts";
import { pgliteEnv, postgresEnv, runCli, start } from "../fixtures/processes.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-bulk-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh place for a child process to ingest into, and a way to open it afterwards. */
function place(backend: Backend, name: string): { env: (extra?: NodeJS.ProcessEnv) => NodeJS.ProcessEnv; config: DatabaseConfig; drop(): Promise<void> } {
  if (backend === "pglite") {
    const dataDir = join(dir, name, "pglite");
    copyPgliteTemplate(dataDir);
    return { env: (extra) => pgliteEnv(dataDir, extra), config: { kind: "pglite", dataDir }, drop: async () => {} };
  }
  const schema = `parley_bulk_${name}_${process.pid}_${Math.random().toString(36).slice(2, 6)}`;
  return {
    env: (extra) => postgresEnv(schema, extra),
    config: { kind: "postgres", url: testDatabaseUrl, schema },
    async drop() {
      const admin = new pg.Client({ connectionString: testDatabaseUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    },
  };
}

async function withDatabase<T>(config: DatabaseConfig, use: (db: Database) => Promise<T>): Promise<T> {
  const db = await openMigratedDatabase(config);
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

describe("npm run ingest on folders and .jsonl files", () => {
  it("reads nested folders and .jsonl lines, reports every failure with its reason, and resumes without duplicates", async () => {
    const archive = join(dir, "archive");
    mkdirSync(join(archive, "2016", "03"), { recursive: true });
    const articles = generateArticles(16, { seed: 3, people: 10 });
    articles.slice(0, 6).forEach((a, i) => writeFileSync(join(archive, "2016", "03", `a${i}.txt`), a.text));
    writeFileSync(join(archive, "2016", "empty.txt"), "");
    const lines = toJsonl(articles.slice(6)).trimEnd().split("\n");
    lines.splice(3, 0, "{not json", JSON.stringify({ text: articles[12].text, publishedAt: "9999-12-31" }), JSON.stringify({ url: "https://example.org/no-text" }));
    writeFileSync(join(archive, "feed.jsonl"), lines.join("\n") + "\n");
    const dataDir = join(dir, "archive-db", "pglite");
    copyPgliteTemplate(dataDir);

    const first = await runCli(["ingest", archive], pgliteEnv(dataDir, { PARLEY_PROGRESS_INTERVAL_MS: "0" }));
    expect(first.stdout).toContain("articles: 16 new, 0 unchanged, 4 failed");
    const failures = first.stdout.split("\n").filter((l) => l.trim().startsWith("failed"));
    expect(failures).toEqual([
      `  failed   ${join(archive, "2016", "empty.txt")}: Article text is empty.`,
      expect.stringMatching(/feed\.jsonl:4: line 4 is not valid JSON \(.+\)\.$/),
      expect.stringMatching(/feed\.jsonl:5: publishedAt must lie between 1900-01-01 and tomorrow, .* \(got 9999-12-31\)\.$/),
      `  failed   ${join(archive, "feed.jsonl")}:6: Article text must be a string.`,
    ]);
    expect(first.stdout).toMatch(/20 articles in \d+ s \([\d.]+ articles\/s\)/);
    expect(first.stderr).toMatch(/\] \d+\/20 articles {2}[\d.]+\/s {2}ETA \d+ s/);
    expect(first.code).toBe(1);

    const again = await runCli(["ingest", archive], pgliteEnv(dataDir));
    expect(again.stdout).toContain("articles: 0 new, 16 unchanged, 4 failed");
    expect(await withDatabase({ kind: "pglite", dataDir }, (db) => db.query(`SELECT count(*)::int AS n FROM "Article"`))).toEqual([{ n: 16 }]);
  }, 180_000);
});

describe.each(backends)("npm run ingest killed half-way on %s", (backend) => {
  let reference: TestDatabase;
  let file: string;
  const total = 200;
  beforeAll(async () => {
    file = join(dir, `crash-${backend}.jsonl`);
    writeFileSync(file, toJsonl(generateArticles(total, { seed: 9, people: 60 })));
    reference = await createTestDatabase(backend);
    const outcomes = await ingestFiles(reference.db, [file]);
    expect(outcomes.filter((o) => o.status !== "created")).toEqual([]);
  }, 300_000);
  afterAll(async () => {
    await reference?.dispose();
  });

  it("leaves every stored article whole, and the rerun completes the set without duplicates", async () => {
    const target = place(backend, "crash");
    try {
      const run = start("src/cli.ts", ["ingest", file], target.env({ PARLEY_PROGRESS_INTERVAL_MS: "0" }));
      const [, done] = await run.waitFor(new RegExp(`\\] (\\d+)/${total} articles`), 180_000);
      run.child.kill("SIGKILL");
      expect((await run.exited).signal).toBe("SIGKILL");
      expect(Number(done)).toBeLessThan(total);

      const expected = await factsPerArticle(reference.db);
      const stored = await withDatabase(target.config, factsPerArticle);
      expect(stored.size, "the kill came after some articles were stored").toBeGreaterThan(0);
      expect(stored.size, "the kill came before the end").toBeLessThan(total);
      for (const [hash, facts] of stored) expect(facts, hash).toBe(expected.get(hash));

      const rerun = await runCli(["ingest", file], target.env());
      expect(rerun.stdout).toContain(`articles: ${total - stored.size} new, ${stored.size} unchanged, 0 failed`);
      expect(rerun.code).toBe(0);
      expect(await withDatabase(target.config, graphDump)).toEqual(await graphDump(reference.db));
    } finally {
      await target.drop();
    }
  }, 400_000);
});

// On PGlite a second process is refused (test/db/lock.test.ts) and several clients go through the
// server (test/graphql/ingest-article.test.ts); PostgreSQL lets every process write.
describe.skipIf(!backends.includes("postgres"))("npm run ingest from several processes on PostgreSQL", () => {
  it("stores each article once, and the graph one process would make, when three processes ingest the same file at once", async () => {
    const target = place("postgres", "concurrent");
    const small = join(dir, "concurrent.jsonl");
    writeFileSync(small, toJsonl(generateArticles(20, { seed: 9, people: 12 })));
    try {
      const runs = await Promise.all([1, 2, 3].map(() => runCli(["ingest", small], target.env())));
      for (const r of runs) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/articles: \d+ new, \d+ unchanged, 0 failed/);
      }
      const created = runs.reduce((n, r) => n + Number(/articles: (\d+) new/.exec(r.stdout)?.[1] ?? 0), 0);
      expect(created).toBe(20);
      const sequential = await createTestDatabase("postgres");
      try {
        await ingestFiles(sequential.db, [small]);
        expect(await withDatabase(target.config, graphDump)).toEqual(await graphDump(sequential.db));
      } finally {
        await sequential.dispose();
      }
    } finally {
      await target.drop();
    }
  }, 400_000);
});
