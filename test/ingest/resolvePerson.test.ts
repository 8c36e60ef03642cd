/** People outside the gazetteer across articles: one person by folded name and country. */
import { afterEach, describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/index.ts";
import { backends, createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";

describe.each(backends)("person resolution across articles on %s", (backend) => {
  let t: TestDatabase;
  afterEach(async () => {
    await t?.dispose();
  });

  const people = async () => (await t.db.prisma.person.findMany({ where: { name: { contains: "Oskarsson" } }, orderBy: { id: "asc" } })).map((p) => [p.name, p.countryCode]);

  it("keeps one person for the same full name and country in two articles", async () => {
    t = await createTestDatabase(backend);
    await ingestArticle(t.db, { text: "Icelandic Deputy Foreign Minister Helga Oskarsson said the talks in Reykjavik were useful.", sourceName: "a.txt" });
    await ingestArticle(t.db, { text: "Helga Oskarsson, the Icelandic deputy foreign minister, met the visiting delegation on Monday.", sourceName: "b.txt" });
    expect(await people()).toEqual([["Helga Oskarsson", "IS"]]);
  });

  it("keeps a namesake who serves another country apart", async () => {
    t = await createTestDatabase(backend);
    await ingestArticle(t.db, { text: "Icelandic Deputy Foreign Minister Helga Oskarsson said the talks in Reykjavik were useful.", sourceName: "a.txt" });
    await ingestArticle(t.db, { text: "Danish Ambassador Helga Oskarsson said the embassy would reopen next week.", sourceName: "b.txt" });
    expect(await people()).toEqual([["Helga Oskarsson", "IS"], ["Helga Oskarsson", "DK"]]);
  });
});
