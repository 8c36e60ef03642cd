/**
 * Extraction failures are data, and re-extraction repairs them: an older extractor (with a bug,
 * and an error on one article) writes the graph; re-extracting with the current one must give
 * the graph a fresh ingest gives, keep the ids of what still holds, change nothing when run
 * again, and leave every article whole when interrupted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { seedsDir } from "../../src/app.ts";
import type { Database } from "../../src/db/client.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { defaultExtractor, extractorVersion, ingestArticle, ingestMany, reextractArticles, type Extractor, type IncomingArticle } from "../../src/ingest/index.ts";
import { backends, createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";
import { generateArticles } from "../fixtures/generated-articles.ts";
import { factsPerArticle, graphDump } from "../fixtures/graph-dump.ts";

/** The seeds and 36 generated articles in which a small cast meets again and again. */
function articles(): IncomingArticle[] {
  const seeds = readdirSync(seedsDir).sort().map((f) => ({ source: f, input: { text: readFileSync(join(seedsDir, f), "utf8"), sourceName: f } }));
  const generated = generateArticles(36, { seed: 5, people: 12 }).map((a, i) => ({ source: `g${i}`, input: { text: a.text, sourceName: `g${i}`, hints: { publishedAt: a.publishedAt } } }));
  return [...seeds, ...generated];
}

/**
 * Last year's extractor: it misses every meeting, also reports a person who is not there, and
 * throws on one article.
 */
const older: Extractor = {
  ...defaultExtractor(),
  version: "older-test-version",
  extract(text, hints) {
    if (/^Story ID: 8$/m.test(text)) throw new RangeError("offset out of range");
    const facts = extractArticle(text, hints);
    const ghost = { key: "name:ghost", name: "Ghost", gazetteerId: null, country: null, role: null, knownNames: [], mentions: [{ start: 0, end: 1, text: text.slice(0, 1), kind: "name" as const }] };
    return { ...facts, meetings: [], quotes: facts.quotes.map((q) => ({ ...q, meeting: null })), persons: [...facts.persons.filter((p) => !p.mentions.some((m) => m.start === 0)), ghost] };
  },
};

async function ingestAll(db: Database, extractor?: Extractor) {
  const outcomes = await ingestMany(db, articles(), { extractor, batchSize: 10 });
  expect(outcomes.filter((o) => o.status === "failed")).toEqual([]);
  return outcomes;
}

/** Ids of everything, to see what re-extraction kept. */
async function ids(db: Database) {
  return {
    persons: await db.query(`SELECT "id", "key" FROM "Person" ORDER BY "id"`),
    meetings: await db.query(`SELECT "id", "participantKey", "location" FROM "Meeting" ORDER BY "id"`),
    quotes: await db.query(`SELECT "id", "articleId", "startOffset" FROM "Quote" ORDER BY "id"`),
  };
}

describe.each(backends)("extraction outcome and re-extraction on %s", (backend) => {
  const open: TestDatabase[] = [];
  const database = async () => {
    const t = await createTestDatabase(backend);
    open.push(t);
    return t.db;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.dispose()));
  });

  it("stores an article the extractor fails on, with the error and the version, and no facts", async () => {
    const db = await database();
    const text = "Story ID: 8\nSergey Lavrov met John Kerry in Geneva on Friday.\n";
    const result = await ingestArticle(db, { text, sourceName: "bad.txt" }, { extractor: older });
    expect(result).toMatchObject({ status: "created", persons: [], meetings: [], extraction: { status: "FAILED" } });
    expect(result.extraction?.error).toMatch(/^RangeError: offset out of range \(at /);
    const [row] = await db.query<Record<string, unknown>>(`SELECT "extractionStatus"::text AS "status", "extractionError", "extractorVersion", "title" FROM "Article"`);
    expect(row).toMatchObject({ status: "FAILED", extractorVersion: "older-test-version", title: "Story ID: 8" });
    expect(await db.query(`SELECT 1 FROM "Mention" UNION ALL SELECT 1 FROM "Person"`)).toEqual([]);

    // The same text again is not "unchanged": a working extractor now reads it.
    const again = await ingestArticle(db, { text, sourceName: "bad.txt" });
    expect(again).toMatchObject({ status: "reextracted", articleId: result.articleId, extraction: { status: "OK", error: null } });
    expect(again.persons.map((p) => p.name).sort()).toEqual(["John Kerry", "Sergey Lavrov"]);
    const [fixed] = await db.query<Record<string, unknown>>(`SELECT "extractionStatus"::text AS "status", "extractionError", "extractorVersion" FROM "Article"`);
    expect(fixed).toEqual({ status: "OK", extractionError: null, extractorVersion: extractorVersion() });
  });

  it("brings an improved extractor's facts to old articles: the graph a fresh ingest gives, ids kept, nothing changed by a second run", async () => {
    const fresh = await database();
    await ingestAll(fresh);
    const db = await database();
    const old = await ingestAll(db, older);
    expect(old.flatMap((o) => (o.status === "created" && o.extractionError ? [o.source] : []))).toEqual(["g7"]);
    const before = await ids(db);
    expect(before.persons.map((p) => (p as { key: string }).key)).toContain("name:ghost");
    expect(before.meetings).toEqual([]);

    const outcomes = await reextractArticles(db, "stale", { workers: 2 });
    expect(outcomes).toHaveLength(41);
    expect(outcomes.every((o) => o.status === "reextracted" && o.extractionError === null)).toBe(true);
    expect(await graphDump(db)).toEqual(await graphDump(fresh));
    const after = await ids(db);
    const kept = (list: { id: number; key: string }[]) => new Map(list.map((p) => [p.key, p.id]));
    for (const [key, id] of kept(after.persons as { id: number; key: string }[])) {
      const old = kept(before.persons as { id: number; key: string }[]).get(key);
      if (old !== undefined) expect(id, key).toBe(old);
    }

    expect(await reextractArticles(db, "stale")).toEqual([]);
    const again = await reextractArticles(db, "all", { workers: 0 });
    expect(again).toHaveLength(41);
    expect(await ids(db)).toEqual(after);
    expect(await graphDump(db)).toEqual(await graphDump(fresh));
  });

  it("leaves every article whole when stopped half-way, and --stale finishes the job", async () => {
    const fresh = await database();
    await ingestAll(fresh);
    const oldRun = await database();
    await ingestAll(oldRun, older);
    const db = await database();
    await ingestAll(db, older);

    const stop = new AbortController();
    const done = await reextractArticles(db, "stale", { workers: 0, signal: stop.signal, onOutcome: (_, n) => n === 13 && stop.abort() });
    expect(done).toHaveLength(13);
    const versions = await db.query<{ contentHash: string; extractorVersion: string }>(`SELECT "contentHash", "extractorVersion" FROM "Article"`);
    const [now, newFacts, oldFacts] = [await factsPerArticle(db), await factsPerArticle(fresh), await factsPerArticle(oldRun)];
    for (const { contentHash, extractorVersion: version } of versions) {
      expect(now.get(contentHash), contentHash).toBe((version === older.version ? oldFacts : newFacts).get(contentHash));
    }
    expect(versions.filter((v) => v.extractorVersion !== older.version)).toHaveLength(13);

    expect(await reextractArticles(db, "stale", { workers: 0 })).toHaveLength(28);
    expect(await graphDump(db)).toEqual(await graphDump(fresh));
  });

  it("re-extracts only failed articles with --failed", async () => {
    const db = await database();
    await ingestAll(db, older);
    const outcomes = await reextractArticles(db, "failed");
    expect(outcomes.map((o) => o.source)).toEqual(["g7"]);
    expect(await db.query(`SELECT count(*)::int AS n FROM "Article" WHERE "extractionStatus" = 'FAILED'`)).toEqual([{ n: 0 }]);
  });
});
