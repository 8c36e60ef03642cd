/**
 * `npm start` as a user runs it: the real entry point in a child process, on an embedded
 * database in a temp folder and on PostgreSQL by DATABASE_URL. It must migrate, load the seeds
 * once, print its URL and answer GraphQL there; a second start loads nothing new.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { lockFileOf } from "../../src/db/lock.ts";
import { backends, copyPgliteTemplate, testDatabaseUrl } from "../fixtures/databases.ts";
import { startServer } from "../fixtures/npm-start.ts";
import { isRunning, pgliteEnv, processTree, startNpm } from "../fixtures/processes.ts";

const root = join(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");

async function lavrovMeetings(url: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ person(name: "لافروف") { name meetings { totalCount nodes { participants { name } } } } }` }),
  });
  return ((await response.json()) as any).data.person;
}

function environment(backend: string, place: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;
  if (backend === "pglite") return { ...env, PARLEY_DATA_DIR: place };
  const url = new URL(testDatabaseUrl);
  url.searchParams.set("schema", place);
  return { ...env, DATABASE_URL: url.toString() };
}

describe.each(backends)("npm start on %s", (backend) => {
  const place = backend === "pglite" ? join(mkdtempSync(join(tmpdir(), "parley-start-")), "pglite") : `parley_start_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  afterAll(async () => {
    if (backend === "pglite") return rmSync(join(place, ".."), { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${place}" CASCADE`);
    await admin.end();
  });

  it("migrates, loads the seeds once, and serves the graph at the URL it prints", async () => {
    const first = await startServer(environment(backend, place));
    let firstAnswer;
    try {
      expect(first.output()).toMatch(/Seeds: 5 new, 0 already loaded, 0 failed/);
      firstAnswer = await lavrovMeetings(first.url);
      expect(firstAnswer.name).toBe("Sergey Lavrov");
      const met = new Set(firstAnswer.meetings.nodes.flatMap((m: any) => m.participants.map((p: any) => p.name)));
      for (const name of ["John Kerry", "Mohammad Javad Zarif", "Walid al-Muallem"]) expect(met).toContain(name);
    } finally {
      await first.stop();
    }
    const second = await startServer(environment(backend, place));
    try {
      expect(second.output()).toMatch(/Seeds: 0 new, 5 already loaded, 0 failed/);
      expect(await lavrovMeetings(second.url)).toEqual(firstAnswer);
    } finally {
      await second.stop();
    }
  }, 120_000);
});

describe("npm start with a bad PORT", () => {
  function run(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(tsx, ["src/server.ts"], { cwd: root, env });
      let output = "";
      child.stdout.on("data", (c: Buffer) => (output += c.toString()));
      child.stderr.on("data", (c: Buffer) => (output += c.toString()));
      child.once("exit", (code) => resolve({ code, output }));
    });
  }

  it("says so and exits 1 when the port is taken or not a port", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-port-"));
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    try {
      // The port is only found taken after migrating and seeding; a ready folder saves the initdb.
      copyPgliteTemplate(join(dir, "pglite"));
      const env = environment("pglite", join(dir, "pglite"));
      const taken = await run({ ...env, PORT: String((blocker.address() as AddressInfo).port) });
      expect(taken.code).toBe(1);
      expect(taken.output).toMatch(/Port \d+ is already in use; set PORT/);
      const nonsense = await run({ ...env, PORT: "forty" });
      expect(nonsense.code).toBe(1);
      expect(nonsense.output).toMatch(/PORT must be a whole number/);
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

// The process tree does not depend on the database; on PGlite the folder's lock must be freed too.
describe.each(["SIGTERM", "SIGINT"] as const)("npm start stopped with %s", (signal) => {
  const place = join(mkdtempSync(join(tmpdir(), "parley-stop-")), "pglite");
  afterAll(() => rmSync(join(place, ".."), { recursive: true, force: true }));

  it("ends every process it started, closes the port and frees the database", async () => {
    const npm = startNpm(["start"], pgliteEnv(place, { PORT: "0" }));
    const [, url] = await npm.waitFor(/Parley GraphQL at (http:\/\/\S+)/, 90_000);
    const tree = processTree(npm.child.pid!);
    expect(tree.length).toBeGreaterThan(1);
    expect(await lavrovMeetings(url)).toMatchObject({ name: "Sergey Lavrov" });

    npm.child.kill(signal);
    await npm.exited;
    for (let waited = 0; tree.some(isRunning) && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(tree.filter(isRunning), `still running after ${signal}`).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
    expect(npm.output()).toContain(`${signal}: stopping`);
    expect(existsSync(lockFileOf(place))).toBe(false);
  }, 120_000);
});
