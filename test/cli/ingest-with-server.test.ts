/**
 * `npm run ingest` while `npm start` serves the same PGlite folder: the articles go through the
 * server's API (so the server sees them at once and keeps them), or the user is told why not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedDatabase } from "../../src/app.ts";
import { lockFileOf } from "../../src/db/lock.ts";
import { copyPgliteTemplate } from "../fixtures/databases.ts";
import { pgliteEnv, runCli, start, type Running } from "../fixtures/processes.ts";

/** Written for this test. */
const ARTICLE = "Zarif and Lavrov talk in Moscow\nIranian Foreign Minister Mohammad Javad Zarif met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.\n\"We agreed on the next steps,\" Zarif said.\n";
const TOKEN = "cli-through-server-token";

async function serve(dataDir: string, env: NodeJS.ProcessEnv): Promise<{ server: Running; url: string }> {
  const server = start("src/server.ts", [], pgliteEnv(dataDir, { PORT: "0", ...env }));
  const [, url] = await server.waitFor(/Parley GraphQL at (http:\/\/\S+)/);
  return { server, url };
}

async function stop(server: Running) {
  server.child.kill("SIGTERM");
  return server.exited;
}

async function articleTitles(url: string): Promise<string[]> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ articles(first: 100) { nodes { title } } }" }) });
  return ((await response.json()) as any).data.articles.nodes.map((n: { title: string }) => n.title);
}

describe("npm run ingest with a server holding the embedded database", () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "parley-through-"));
    file = join(dir, "zarif-lavrov.txt");
    writeFileSync(file, ARTICLE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("sends the articles to the server, which shows them at once and keeps them", async () => {
    const dataDir = join(dir, "token");
    copyPgliteTemplate(dataDir);
    const { server, url } = await serve(dataDir, { PARLEY_API_TOKEN: TOKEN });
    try {
      const withoutToken = await runCli(["ingest", file], pgliteEnv(dataDir));
      expect(withoutToken.code).toBe(1);
      expect(withoutToken.stderr).toContain(`run this command with PARLEY_API_TOKEN set to the server's token, or stop the server (kill ${server.child.pid})`);

      const run = await runCli(["ingest", file], pgliteEnv(dataDir, { PARLEY_API_TOKEN: TOKEN }));
      expect(run.stderr).toContain(`A Parley server (PID ${server.child.pid}) holds`);
      expect(run.stdout).toContain("articles: 1 new, 0 unchanged, 0 failed");
      expect(run.stdout).toContain(`through ${url.replace("localhost", "127.0.0.1")}`);
      expect(run.code).toBe(0);
      expect(await articleTitles(url)).toContain("Zarif and Lavrov talk in Moscow");

      const failed = await runCli(["articles", "--failed"], pgliteEnv(dataDir));
      expect(failed.stdout).toContain("0 articles with extraction failed (from the server at");
    } finally {
      expect((await stop(server)).code).toBe(0);
    }
    // Stored by the server, so kept: the folder holds it once the server is gone.
    const db = await openMigratedDatabase({ kind: "pglite", dataDir });
    try {
      expect(await db.query(`SELECT "title" FROM "Article" WHERE "sourceName" = 'zarif-lavrov.txt'`)).toEqual([{ title: "Zarif and Lavrov talk in Moscow" }]);
    } finally {
      await db.close();
    }
  }, 240_000);

  it("explains what to do when the server takes no writes, and writes nothing", async () => {
    // The lock as a server started without PARLEY_API_TOKEN or PARLEY_DEV leaves it (the first
    // test shows a real server writing its URL there): this process plays the server.
    const dataDir = join(dir, "read-only");
    const url = "http://127.0.0.1:9/graphql";
    mkdirSync(dirname(dataDir), { recursive: true });
    writeFileSync(lockFileOf(dataDir), JSON.stringify({ pid: process.pid, hostname: hostname(), processStart: null, command: "parley server (npm start)", startedAt: new Date().toISOString(), url, writes: "off" }));
    try {
      const run = await runCli(["ingest", file], pgliteEnv(dataDir, { PARLEY_API_TOKEN: TOKEN }));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`The Parley server at ${url} (PID ${process.pid}) holds the embedded database but does not accept writes.`);
      expect(run.stderr).toContain("PARLEY_API_TOKEN=<secret> npm start");
      expect(run.stdout).not.toContain("articles:");

      const reextract = await runCli(["reextract"], pgliteEnv(dataDir));
      expect(reextract.code).toBe(1);
      expect(reextract.stderr).toContain(`stop the server (kill ${process.pid})`);
    } finally {
      rmSync(lockFileOf(dataDir), { force: true });
    }
  }, 120_000);
});
