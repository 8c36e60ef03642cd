/**
 * One process per embedded database: a second process is told who holds the folder and what
 * to do; a lock left by a dead process is taken over. (PostgreSQL takes many processes.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { DatabaseLockedError, lockFileOf } from "../../src/db/lock.ts";
import { copyPgliteTemplate } from "../fixtures/databases.ts";
import { pgliteEnv, runCli, start, type Running } from "../fixtures/processes.ts";

const ARTICLE = "Lavrov meets Kerry in Moscow\nRussian Foreign Minister Sergey Lavrov met US Secretary of State John Kerry in Moscow on Thursday.\n";

describe("the PGlite folder lock", () => {
  let dir: string;
  let dataDir: string;
  let holder: Running | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parley-lock-"));
    dataDir = join(dir, "pglite");
    copyPgliteTemplate(dataDir);
    writeFileSync(join(dir, "article.txt"), ARTICLE);
  });
  afterEach(async () => {
    if (holder && holder.child.exitCode === null) {
      holder.child.kill("SIGKILL");
      await holder.exited;
    }
    holder = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const hold = async () => {
    holder = start("test/fixtures/hold-database.ts", [], pgliteEnv(dataDir));
    await holder.waitFor(/holding/);
    return holder.child.pid!;
  };

  it("refuses a second process with the holder's PID and what to do, takes over once the holder is killed, and when its PID now belongs to another program", async () => {
    const pid = await hold();
    const error = await openDatabase({ kind: "pglite", dataDir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as DatabaseLockedError).holder).toMatchObject({ pid, command: "hold-database (test)" });
    expect((error as Error).message).toContain(`(PID ${pid}`);
    expect((error as Error).message).toContain(`kill ${pid}`);

    const refused = await runCli(["ingest", join(dir, "article.txt")], pgliteEnv(dataDir));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`in use by \`hold-database (test)\` (PID ${pid}`);
    expect(refused.stdout).not.toMatch(/articles: 1 new/);

    // Killed: its lock stays behind, and is taken over.
    holder!.child.kill("SIGKILL");
    await holder!.exited;
    expect(JSON.parse(readFileSync(lockFileOf(dataDir), "utf8")).pid).toBe(pid);
    const afterKill = await openDatabase({ kind: "pglite", dataDir });
    expect(await afterKill.query(`SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
    await afterKill.close();
    expect(existsSync(lockFileOf(dataDir))).toBe(false);

    // A live PID that started at another time than the holder did is not the holder.
    writeFileSync(lockFileOf(dataDir), JSON.stringify({ pid: process.ppid, hostname: hostname(), processStart: "1", command: "long gone", startedAt: "2020-01-01T00:00:00Z" }));
    const db = await openDatabase({ kind: "pglite", dataDir });
    expect(JSON.parse(readFileSync(lockFileOf(dataDir), "utf8")).pid).toBe(process.pid);
    await db.close();
    expect(existsSync(lockFileOf(dataDir))).toBe(false);
  }, 180_000);
});
