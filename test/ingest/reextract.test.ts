/**
 * Extraction failures are data, and re-extraction repairs them: an older extractor (with a bug,
 * and an error on one article) writes the graph; re-extracting with the current one must give
 * the graph a fresh ingest gives, keep the ids of what still holds, change nothing when run
 * again, and leave every article whole when interrupted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedsDir } from "../../src/app.ts";
import type { Database } from "../../src/db/client.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { defaultExtractor, extractorVersion, ingestArticle, ingestMany, reextractArticles, type Extractor, type IncomingArticle } from "../../src/ingest/index.ts";
import { backends, createTestDatabase, type TestDatabase } from "../fixtures/databases.ts";
import { generateArticles } from "../fixtures/generated-articles.ts";
import { factsPerArticle, graphDump } from "../fixtures/graph-dump.ts";

const ARTICLES = 25;

/** The seeds and 20 generated articles in which a small cast meets again and again. */
function articles(): IncomingArticle[] {
  const seeds = readdirSync(seedsDir).sort().map((f) => ({ source: f, input: { text: readFileSync(join(seedsDir, f), "utf8"), sourceName: f } }));
  const generated = generateArticles(ARTICLES - 5, { seed: 5, people: 8 }).map((a, i) => ({ source: `g${i}`, input: { text: a.text, sourceName: `g${i}`, hints: { publishedAt: a.publishedAt } } }));
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
  /** The articles ingested by the current extractor: what re-extraction must end at. */
  let fresh: Database;
  beforeAll(async () => {
    fresh = await database();
    await ingestAll(fresh);
  }, 300_000);
  afterAll(async () => {
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
  }, 120_000);

  it("brings an improved extractor's facts to old articles: --failed, then --stale stopped half-way and resumed, gives the graph a fresh ingest gives, with ids kept; running it again changes nothing", async () => {
    const db = await database();
    const old = await ingestAll(db, older);
    expect(old.flatMap((o) => (o.status === "created" && o.extractionError ? [o.source] : []))).toEqual(["g7"]);
    const before = await ids(db);
    expect(before.persons.map((p) => (p as { key: string }).key)).toContain("name:ghost");
    expect(before.meetings).toEqual([]);
    const oldFacts = await factsPerArticle(db);
    const newFacts = await factsPerArticle(fresh);

    const failed = await reextractArticles(db, "failed");
    expect(failed.map((o) => o.source)).toEqual(["g7"]);
    expect(await db.query(`SELECT count(*)::int AS n FROM "Article" WHERE "extractionStatus" = 'FAILED'`)).toEqual([{ n: 0 }]);

    // Stopped after 9 articles: each article has exactly the facts of the version it records.
    const stop = new AbortController();
    const done = await reextractArticles(db, "stale", { workers: 0, signal: stop.signal, onOutcome: (_, n) => n === 9 && stop.abort() });
    expect(done).toHaveLength(9);
    const versions = await db.query<{ contentHash: string; extractorVersion: string }>(`SELECT "contentHash", "extractorVersion" FROM "Article"`);
    const now = await factsPerArticle(db);
    for (const { contentHash, extractorVersion: version } of versions) {
      expect(now.get(contentHash), contentHash).toBe((version === older.version ? oldFacts : newFacts).get(contentHash));
    }
    expect(versions.filter((v) => v.extractorVersion === older.version)).toHaveLength(ARTICLES - 10);

    const rest = await reextractArticles(db, "stale", { workers: 2 });
    expect(rest).toHaveLength(ARTICLES - 10);
    expect(rest.every((o) => o.status === "reextracted" && o.extractionError === null)).toBe(true);
    expect(await graphDump(db)).toEqual(await graphDump(fresh));
    const after = await ids(db);
    const byKey = (list: unknown[]) => new Map((list as { id: number; key: string }[]).map((p) => [p.key, p.id]));
    for (const [key, id] of byKey(after.persons)) if (byKey(before.persons).has(key)) expect(id, key).toBe(byKey(before.persons).get(key));
    expect(byKey(after.persons).has("name:ghost")).toBe(false);

    expect(await reextractArticles(db, "stale")).toEqual([]);
    expect(await reextractArticles(db, "all", { workers: 0 })).toHaveLength(ARTICLES);
    expect(await ids(db)).toEqual(after);
    expect(await graphDump(db)).toEqual(await graphDump(fresh));
  }, 300_000);
});
