/**
 * ingestArticle over HTTP: clear refusals (the reason at the top, never the text echoed back),
 * the publication-day range, extraction outcomes on Article, and the same article sent by
 * several clients at once stored once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { defaultExtractor, ingestArticle } from "../../src/ingest/index.ts";
import { backends } from "../fixtures/databases.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

const TOKEN = "ingest-test-token";
const auth = { authorization: `Bearer ${TOKEN}` };
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id extraction { status error extractorVersion extractedAt } } } }`;

/** Written for this test. */
const ARTICLE = "Zarif and Lavrov meet in Moscow\nIranian Foreign Minister Mohammad Javad Zarif met Sergey Lavrov in Moscow on Tuesday.\n\"The talks were useful,\" Lavrov said.\n";

function tomorrowPlus(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

describe.each(backends)("ingestArticle over HTTP on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { seed: false, policy: { apiToken: TOKEN } });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const count = async () => (await server.data(`{ articles { totalCount } }`)).articles.totalCount as number;

  it("refuses a 250,000-character article with the limit in the message and without echoing the text", async () => {
    const text = "بسیار ".repeat(41_667);
    const raw = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...auth }, body: JSON.stringify({ query: INGEST, variables: { input: { text } } }) });
    const body = await raw.text();
    expect(body.length).toBeLessThan(1_000);
    expect(body).not.toContain("بسیار");
    const error = JSON.parse(body).errors[0];
    expect(error.message).toBe(`Article text is ${text.trimEnd().length} characters; the limit is 200000.`);
    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(await count()).toBe(0);
  });

  it("takes publishedAt from 1900-01-01 to tomorrow and refuses the rest with the range in the message", async () => {
    for (const publishedAt of ["9999-12-31", tomorrowPlus(2), "1899-12-31"]) {
      const response = await server.gql(INGEST, { input: { text: ARTICLE, publishedAt } }, auth);
      expect(response.errors?.[0]?.message, publishedAt).toMatch(new RegExp(`^publishedAt must lie between 1900-01-01 and tomorrow, \\d{4}-\\d\\d-\\d\\d \\(got ${publishedAt}\\)\\.$`));
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await count()).toBe(0);
    const accepted = await server.data(INGEST, { input: { text: ARTICLE, publishedAt: tomorrowPlus(1) } }, auth);
    expect(accepted.ingestArticle.created).toBe(true);
  });

  it("puts an argument validation reason in the top-level message, without the value", async () => {
    const response = await server.gql(INGEST, { input: { text: "Lavrov met Kerry.", clientMutationId: "m".repeat(300) } }, auth);
    expect(response.errors?.[0]?.message).toBe("Invalid argument: clientMutationId must be shorter than or equal to 200 characters.");
    expect(JSON.stringify(response)).not.toContain("mmmmmmmmmm");
  });

  it("reports each article's extraction and lists the failed ones", async () => {
    const failing = { ...defaultExtractor(), version: "test-broken", extract: () => { throw new Error("no rule for this"); } };
    const failed = await ingestArticle(server.db, { text: "An article the extractor cannot read.", sourceName: "broken.txt" }, { extractor: failing });
    const ok = await server.data(INGEST, { input: { text: "Lavrov met Kerry in Geneva on Friday." } }, auth);
    expect(ok.ingestArticle.article.extraction).toMatchObject({ status: "OK", error: null, extractorVersion: defaultExtractor().version });

    const { articles } = await server.data(`{ articles(extraction: FAILED) { totalCount nodes { id sourceName persons { totalCount } extraction { status error extractorVersion extractedAt } } } }`);
    expect(articles.totalCount).toBe(1);
    expect(articles.nodes[0]).toMatchObject({ sourceName: "broken.txt", persons: { totalCount: 0 }, extraction: { status: "FAILED", extractorVersion: "test-broken" } });
    expect(articles.nodes[0].extraction.error).toMatch(/^Error: no rule for this/);
    expect(Date.parse(articles.nodes[0].extraction.extractedAt)).toBeGreaterThan(Date.now() - 600_000);
    expect(failed.extraction?.status).toBe("FAILED");
    const all = await server.data(`{ ok: articles(extraction: OK) { totalCount } all: articles { totalCount } }`);
    expect(all.ok.totalCount + 1).toBe(all.all.totalCount);
  });

  it("stores an article sent by six clients at once once", async () => {
    const text = `${ARTICLE}Concurrent copy for ${backend}.\n`;
    expect(extractArticle(text).persons.length).toBeGreaterThan(0);
    const before = await count();
    const answers = await Promise.all(Array.from({ length: 6 }, () => server.data(INGEST, { input: { text } }, auth)));
    expect(answers.filter((a) => a.ingestArticle.created)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.ingestArticle.article.id)).size).toBe(1);
    expect(await count()).toBe(before + 1);
  });
});
