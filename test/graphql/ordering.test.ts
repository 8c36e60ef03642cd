/**
 * Lists with a natural order take `orderBy`: meetings by date both ways (undated last either
 * way), at the root and under a person, over articles written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/index.ts";
import { backends } from "../fixtures/databases.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

const ARTICLES = [
  { publishedAt: "2019-05-14", text: "Lavrov and Pompeo meet in Sochi\nRussian Foreign Minister Sergey Lavrov met US Secretary of State Mike Pompeo in Sochi today." },
  { publishedAt: "2021-05-20", text: "Lavrov and Blinken meet in Geneva\nRussian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken in Geneva today." },
  { publishedAt: undefined, text: "Lavrov and Wang Yi meet\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Beijing." },
];

const MEETINGS = `query ($direction: OrderDirection!) {
  meetings(orderBy: { field: DATE, direction: $direction }) { nodes { date location } }
  person(name: "Lavrov") { meetings(orderBy: { field: DATE, direction: $direction }) { nodes { date location } } }
}`;

describe.each(backends)("ordering on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { seed: false });
    for (const [i, article] of ARTICLES.entries()) {
      await ingestArticle(server.db, { text: article.text, sourceName: `ordering-${i}.txt`, hints: { language: "en", publishedAt: article.publishedAt } });
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("orders meetings by date both ways, undated last either way, at the root and under a person", async () => {
    const places = (nodes: { location: string }[]) => nodes.map((n) => n.location);
    const newest = await server.data(MEETINGS, { direction: "DESC" });
    const oldest = await server.data(MEETINGS, { direction: "ASC" });
    expect(places(newest.meetings.nodes)).toEqual(["Geneva", "Sochi", "Beijing"]);
    expect(places(oldest.meetings.nodes)).toEqual(["Sochi", "Geneva", "Beijing"]);
    expect(places(newest.person.meetings.nodes)).toEqual(places(newest.meetings.nodes));
    expect(places(oldest.person.meetings.nodes)).toEqual(places(oldest.meetings.nodes));
    expect(oldest.meetings.nodes.map((n: { date: string | null }) => n.date)).toEqual(["2019-05-14", "2021-05-20", null]);
  });
});
