import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { databaseConfigFromEnv } from "../../src/db/config.ts";
import { migrate } from "../../src/db/migrate.ts";
import pg from "pg";
import { backends, createTestDatabase, testDatabaseUrl, type TestDatabase } from "../fixtures/databases.ts";

describe.each(backends)("migrations on %s", (backend) => {
  let t: TestDatabase;
  afterEach(async () => {
    await t?.dispose();
  });

  it("are recorded once and not applied twice", async () => {
    t = await createTestDatabase(backend);
    expect(await migrate(t.db)).toEqual([]);
    const rows = await t.db.query<{ name: string }>(`SELECT "name" FROM "_parley_migrations"`);
    expect(rows.length).toBeGreaterThan(0);
    expect(await t.db.prisma.article.count()).toBe(0);
  });

  it("roll back a failing migration whole, record nothing, and leave the database usable", async () => {
    t = await createTestDatabase(backend);
    const dir = mkdtempSync(join(tmpdir(), "parley-bad-migration-"));
    try {
      mkdirSync(join(dir, "0001_half_good"));
      writeFileSync(join(dir, "0001_half_good", "migration.sql"), `CREATE TABLE "Half" ("id" INT);\nSELECT no_such_function();`);
      await expect(migrate(t.db, dir)).rejects.toThrow(/Migration 0001_half_good failed/);
      expect(await t.db.query(`SELECT to_regclass('"Half"') AS "table"`)).toEqual([{ table: null }]);
      expect(await t.db.query(`SELECT "name" FROM "_parley_migrations" WHERE "name" = '0001_half_good'`)).toEqual([]);
      expect(await t.db.prisma.article.count()).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!backends.includes("postgres"))("a schema named in the configuration", () => {
  it("is created by the migrations when it does not exist yet", async () => {
    const schema = `parley_new_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const url = new URL(testDatabaseUrl);
    url.searchParams.set("schema", schema);
    const db = await openDatabase(databaseConfigFromEnv({ DATABASE_URL: url.toString() }));
    try {
      expect((await migrate(db)).length).toBeGreaterThan(0);
      expect(await db.prisma.person.count()).toBe(0);
      const tables = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'Person'`, [schema]);
      expect(tables).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
      const admin = new pg.Client({ connectionString: testDatabaseUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  });

  it("is created and migrated once when several processes start on it at the same moment", async () => {
    const schema = `parley_race_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const url = new URL(testDatabaseUrl);
    url.searchParams.set("schema", schema);
    // Separate clients, as separate processes would be: each has its own pool of connections.
    const dbs = await Promise.all([1, 2, 3, 4].map(() => openDatabase(databaseConfigFromEnv({ DATABASE_URL: url.toString() }))));
    try {
      const applied = await Promise.all(dbs.map((db) => migrate(db)));
      const all = applied.flat();
      expect(new Set(all).size, "each migration applied by one of them").toBe(all.length);
      const recorded = await dbs[0].query<{ n: number }>(`SELECT count(*)::int AS n FROM "_parley_migrations"`);
      expect(recorded).toEqual([{ n: all.length }]);
      expect(await dbs[3].prisma.person.count()).toBe(0);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
      const admin = new pg.Client({ connectionString: testDatabaseUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  });
});

describe("PGlite data folder", () => {
  it("keeps its data across a close and a reopen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-reopen-"));
    try {
      const config = { kind: "pglite" as const, dataDir: join(dir, "db") };
      const first = await openDatabase(config);
      await migrate(first);
      await first.prisma.country.create({ data: { code: "RU", nameEn: "Russia" } });
      await first.close();
      const second = await openDatabase(config);
      expect(await migrate(second)).toEqual([]);
      expect(await second.prisma.country.findUnique({ where: { code: "RU" } })).toMatchObject({ nameEn: "Russia" });
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(backends)("text search indexes on %s", (backend) => {
  it("exist, as trigram GIN indexes the planner can use for LIKE '%…%'", async () => {
    const t = await createTestDatabase(backend);
    try {
      const indexes = await t.db.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE '%trgm_idx' ORDER BY indexname`,
      );
      expect(indexes.map((i) => i.indexname)).toEqual(["PersonAlias_normalized_trgm_idx", "Quote_normalizedText_trgm_idx"]);
      for (const index of indexes) expect(index.indexdef).toMatch(/USING gin .*gin_trgm_ops/);
      // An empty table is always scanned; with scans ruled out, the plan shows the index is usable.
      const plan = await t.db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT "id" FROM "Quote" WHERE "normalizedText" LIKE '%لاوروف%'`);
      });
      expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Quote_normalizedText_trgm_idx");
    } finally {
      await t.dispose();
    }
  });
});
