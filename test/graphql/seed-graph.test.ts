/**
 * Issue 3's acceptance: the seeded graph answers nested questions over HTTP, on PGlite and on
 * PostgreSQL. The facts asserted are those the five seed articles report.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectArticleFiles, ingestFiles } from "../../src/ingest/index.ts";
import { seedsDir } from "../../src/app.ts";
import { backends } from "../fixtures/databases.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

const LAVROV_MEETINGS = `query ($name: String!) {
  person(name: $name) {
    id name role country { code }
    meetings(first: 50) {
      totalCount
      nodes {
        location date mode
        participants { name country { code } }
        reports { article { sourceName } }
        quotes(first: 100) { nodes { speaker { name } text } }
      }
    }
  }
}`;

type MeetingNode = { location: string | null; date: string | null; participants: { name: string; country: { code: string } | null }[]; reports: { article: { sourceName: string } }[]; quotes: { nodes: { speaker: { name: string }; text: string }[] } };

const names = (m: MeetingNode) => m.participants.map((p) => p.name).sort();

describe.each(backends)("seeded graph over HTTP on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("finds Lavrov by Persian, Arabic and English spellings as one person", async () => {
    const ids = new Set<string>();
    for (const name of ["لاوروف", "لافروف", "Lavrov", "سرگئی لاوروف", "sergey lavrov"]) {
      const { person } = await server.data(`query ($name: String!) { person(name: $name) { id name country { code } } }`, { name });
      expect(person, name).not.toBeNull();
      expect(person.name).toBe("Sergey Lavrov");
      expect(person.country.code).toBe("RU");
      ids.add(person.id);
    }
    expect(ids.size).toBe(1);
  });

  it("answers Lavrov's meetings with Kerry (Moscow, Geneva), Zarif and al-Muallem, and the trilateral in Moscow", async () => {
    const { person } = await server.data(LAVROV_MEETINGS, { name: "لاوروف" });
    const meetings: MeetingNode[] = person.meetings.nodes;
    const withKerry = meetings.filter((m) => names(m).join() === "John Kerry,Sergey Lavrov");
    expect(withKerry.map((m) => m.location).sort()).toEqual(["Geneva", "Moscow"]);
    expect(meetings.some((m) => names(m).join() === "Mohammad Javad Zarif,Sergey Lavrov")).toBe(true);
    expect(meetings.some((m) => names(m).join() === "Sergey Lavrov,Walid al-Muallem" && m.location === "Moscow")).toBe(true);
    const trilateral = meetings.find((m) => names(m).join() === "Mohammad Javad Zarif,Sergey Lavrov,Walid al-Muallem");
    expect(trilateral?.location).toBe("Moscow");
    const countries = Object.fromEntries(meetings.flatMap((m) => m.participants.map((p) => [p.name, p.country?.code])));
    expect(countries).toMatchObject({ "John Kerry": "US", "Mohammad Javad Zarif": "IR", "Walid al-Muallem": "SY" });
  });

  it("merges the Moscow Lavrov–Kerry meeting reported by a Persian and an Arabic article into one", async () => {
    const { person } = await server.data(LAVROV_MEETINGS, { name: "Lavrov" });
    const moscow = (person.meetings.nodes as MeetingNode[]).filter((m) => names(m).join() === "John Kerry,Sergey Lavrov" && m.location === "Moscow");
    expect(moscow).toHaveLength(1);
    expect(moscow[0].reports.map((r) => r.article.sourceName).sort()).toEqual(["000_6967ce8f0ae44b22.txt", "002_4e639f07dc94885c.txt"]);
    expect(moscow[0].date).toBe("2016-03-24");
  });

  it("returns quotes under the right speaker", async () => {
    const speakerOf = async (words: string) => {
      const { quotes } = await server.data(`query ($q: String!) { quotes(search: $q, first: 5) { nodes { speaker { name } text article { language } } } }`, { q: words });
      expect(quotes.nodes.length, words).toBeGreaterThan(0);
      return [...new Set(quotes.nodes.map((n: { speaker: { name: string } }) => n.speaker.name))];
    };
    expect(await speakerOf("انفجارهای بروکسل")).toEqual(["Sergey Lavrov"]);
    expect(await speakerOf("اوباما و پوتین باید")).toEqual(["John Kerry"]);
    expect(await speakerOf("القوى العظمى")).toEqual(["John Kerry"]);
    expect(await speakerOf("اجازه برگزاری ژنو جدیدی")).toEqual(["Walid al-Muallem"]);
    expect(await speakerOf("راه حل نظامی ندارد")).toEqual(["Mohammad Javad Zarif"]);
  });

  it("serves a person's quotes at a meeting nested under the meeting", async () => {
    const { person } = await server.data(LAVROV_MEETINGS, { name: "ظریف" });
    expect(person.name).toBe("Mohammad Javad Zarif");
    const quotesAtMeetings = (person.meetings.nodes as MeetingNode[]).flatMap((m) => m.quotes.nodes);
    expect(quotesAtMeetings.length).toBeGreaterThan(0);
    for (const quote of quotesAtMeetings) expect(["Mohammad Javad Zarif", "Sergey Lavrov", "Walid al-Muallem"]).toContain(quote.speaker.name);
  });

  it("goes from a country to its people and from an article to everything it mentions", async () => {
    const { country } = await server.data(`{ country(code: "RU") { name people(first: 10) { nodes { name } } } }`);
    expect(country.people.nodes.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["Sergey Lavrov", "Vladimir Putin"]));
    const { articles } = await server.data(`{ articles(first: 10) { nodes { sourceName language persons(first: 10) { nodes { name } } countries { code } mentions { evidence { start end text } } quotes(first: 50) { totalCount } } } }`);
    const arabic = articles.nodes.find((a: { language: string }) => a.language === "AR");
    expect(arabic.persons.nodes.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["Sergey Lavrov", "John Kerry"]));
    expect(arabic.countries.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(["RU", "US", "SY"]));
    expect(arabic.quotes.totalCount).toBeGreaterThan(5);
  });

  it("keeps evidence offsets that point into the article body", async () => {
    const { articles } = await server.data(`{ articles(first: 10) { nodes { body mentions { evidence { start end text } } quotes(first: 100) { nodes { evidence { start end text } } } } } }`);
    let checked = 0;
    for (const article of articles.nodes) {
      for (const { evidence } of [...article.mentions, ...article.quotes.nodes]) {
        expect(article.body.slice(evidence.start, evidence.end)).toBe(evidence.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("changes no counts when the seeds are ingested again", async () => {
    const COUNTS = `{ persons { totalCount } meetings { totalCount } quotes { totalCount } articles { totalCount } countries { totalCount } }`;
    const before = await server.data(COUNTS);
    const outcomes = await ingestFiles(server.db, await collectArticleFiles([seedsDir]));
    expect(outcomes.map((o) => o.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(await server.data(COUNTS)).toEqual(before);
    expect(before.articles.totalCount).toBe(5);
  });
});
