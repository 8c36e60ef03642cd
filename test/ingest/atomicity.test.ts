/** One transaction per article: a failure part-way leaves nothing of that article behind. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { seedsDir } from "../../src/app.ts";
import { ingestArticle, InvalidArticleError } from "../../src/ingest/index.ts";
import { backends, createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";

const FAIL_ON_QUOTE = `
CREATE FUNCTION parley_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'simulated failure while storing quotes'; END $$;
CREATE TRIGGER parley_test_fail BEFORE INSERT ON "Quote" FOR EACH STATEMENT EXECUTE FUNCTION parley_test_fail();`;

async function counts(t: TestDatabase) {
  const p = t.db.prisma;
  return { articles: await p.article.count(), persons: await p.person.count(), aliases: await p.personAlias.count(), meetings: await p.meeting.count(), mentions: await p.mention.count(), quotes: await p.quote.count() };
}

describe.each(backends)("ingest on %s", (backend) => {
  let t: TestDatabase;
  afterEach(async () => {
    await t?.dispose();
  });

  it("stores nothing of an article whose transaction fails part-way, and stores it whole once the fault is gone", async () => {
    t = await createTestDatabase(backend);
    const text = await readFile(join(seedsDir, "002_4e639f07dc94885c.txt"), "utf8");
    await t.db.exec(FAIL_ON_QUOTE);
    await expect(ingestArticle(t.db, { text, sourceName: "002.txt" })).rejects.toThrow(/simulated failure/);
    expect(await counts(t)).toEqual({ articles: 0, persons: 0, aliases: 0, meetings: 0, mentions: 0, quotes: 0 });

    await t.db.exec(`DROP TRIGGER parley_test_fail ON "Quote"`);
    const result = await ingestArticle(t.db, { text, sourceName: "002.txt" });
    expect(result.status).toBe("created");
    const after = await counts(t);
    expect(after.articles).toBe(1);
    expect(after.quotes).toBe(result.quoteCount);
    expect(after.quotes).toBeGreaterThan(0);
  });

  it("treats the same text with other line endings as the same article", async () => {
    t = await createTestDatabase(backend);
    const text = "Sergey Lavrov met John Kerry in Geneva on Friday.\nLavrov said the talks were useful.";
    const first = await ingestArticle(t.db, { text, sourceName: "a.txt" });
    const again = await ingestArticle(t.db, { text: text.replace(/\n/g, "\r\n") + "\n\n", sourceName: "b.txt" });
    expect(first.status).toBe("created");
    expect(again).toMatchObject({ status: "unchanged", articleId: first.articleId });
  });

  it("rejects empty, binary and oversized text with a reason and writes nothing", async () => {
    t = await createTestDatabase(backend);
    for (const text of ["", "   \n ", "abc\u0000def", "x".repeat(200_001)]) {
      await expect(ingestArticle(t.db, { text, sourceName: "bad.txt" })).rejects.toBeInstanceOf(InvalidArticleError);
    }
    await expect(ingestArticle(t.db, { text: "Some text.", sourceName: "x", hints: { publishedAt: "2016-02-30" } })).rejects.toThrow(/not a real date/);
    expect((await counts(t)).articles).toBe(0);
  });
});
