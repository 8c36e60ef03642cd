/**
 * `parley ingest` as a user runs it: a child process on an embedded database in a temp folder,
 * reporting per-file outcomes in its summary and its exit code.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedDatabase } from "../../src/app.ts";

const root = join(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx src/cli.ts …` on PGlite in `dataDir`, whatever database the test environment points at. */
function parley(args: string[], dataDir: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, PARLEY_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;
  return new Promise((resolve) => {
    execFile(tsx, ["src/cli.ts", ...args], { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Written for this test: an article of our own, and an empty file that must be refused. */
const GOOD_ARTICLE = "Lavrov meets Kerry in Moscow\nRussian Foreign Minister Sergey Lavrov met US Secretary of State John Kerry in Moscow on Thursday to discuss Syria.\n";

describe("parley ingest", () => {
  let dir: string;
  let articles: string;
  let dataDir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
    articles = join(dir, "articles");
    dataDir = join(dir, "pglite");
    mkdirSync(articles);
    writeFileSync(join(articles, "lavrov-kerry.txt"), GOOD_ARTICLE);
    writeFileSync(join(articles, "blank.txt"), "");
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("ingests the good file, reports the empty one as failed, and exits 1", async () => {
    const run = await parley(["ingest", articles], dataDir);
    expect(run.stdout).toContain("articles: 1 new, 0 unchanged, 1 failed");
    const failure = run.stdout.split("\n").find((line) => line.trim().startsWith("failed"));
    expect(failure).toContain(join(articles, "blank.txt"));
    expect(failure).toMatch(/empty/i);
    expect(run.code).toBe(1);
  }, 90_000);

  it("finds the good file unchanged on a second run", async () => {
    const run = await parley(["ingest", articles], dataDir);
    expect(run.stdout).toContain("articles: 0 new, 1 unchanged, 1 failed");
    expect(run.code).toBe(1);
  }, 90_000);

  it("re-extracts articles from another extractor version with --stale, and counts them in the listing", async () => {
    const db = await openMigratedDatabase({ kind: "pglite", dataDir });
    await db.exec(`UPDATE "Article" SET "extractorVersion" = 'unknown'`);
    await db.close();
    const listing = await parley(["articles", "--failed"], dataDir);
    expect(listing.stdout).toContain("0 of 1 articles with extraction failed; 1 not read by the current extractor");
    const run = await parley(["reextract", "--stale"], dataDir);
    expect(run.stderr).toMatch(/Re-extracting 1 article\(s\) \(stale\)/);
    expect(run.stdout).toMatch(/articles: 1 re-extracted \(0 with extraction failed\), 0 failed/);
    expect(run.code).toBe(0);
  }, 120_000);

  it("names a missing path and exits non-zero without a stack trace", async () => {
    const missing = join(dir, "no-such-folder");
    const run = await parley(["ingest", missing], dataDir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(missing);
    expect(run.stderr).toMatch(/no such file or folder/i);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 90_000);
});

describe("parley schema --check", () => {
  it("exits 0 while schema.graphql matches the code", async () => {
    const run = await parley(["schema", "--check"], join(tmpdir(), "parley-unused"));
    expect(run.stdout).toContain("is up to date");
    expect(run.code).toBe(0);
  }, 90_000);
});
