import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { migrate } from "../../src/db/migrate.ts";
import { backends, createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";

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
