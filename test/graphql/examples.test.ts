/**
 * The example operations in examples/operations are what a frontend would write, and codegen
 * types them; this runs each one against a seeded server over HTTP, on PGlite and PostgreSQL,
 * then walks issue 3's "done when" flows with them: page through everything Lavrov said two
 * quotes at a time, find every Lavrov–Kerry meeting with one query, ingest an article with a
 * token and see its people merged into the known ones.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../fixtures/databases.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

const operationsDir = join(import.meta.dirname, "../../examples/operations");
const operationFiles = readdirSync(operationsDir).filter((f) => f.endsWith(".graphql")).sort();
const operation = (name: string) => readFileSync(join(operationsDir, `${name}.graphql`), "utf8");

const API_TOKEN = "test-token";
const withToken = { authorization: `Bearer ${API_TOKEN}` };

/** A second text of our own, for the ingest flow: it must be new to the server when the flow runs. */
const FLOW_ARTICLE = [
  "Lavrov and Zarif talk by phone",
  "Russian Foreign Minister Sergey Lavrov spoke by phone with Iranian Foreign Minister Mohammad Javad Zarif on Monday.",
  'Lavrov said: "Our two countries will keep working together for a political settlement in Syria."',
].join("\n");

type Variables = Record<string, unknown>;

/**
 * Each example's variables, as a frontend would send them: `<Name>.variables.json` beside the
 * operation. GraphiQL opens with them and the README quotes them, so they are what is tested here.
 */
const exampleVariables = (file: string): Variables => JSON.parse(readFileSync(join(operationsDir, file.replace(/\.graphql$/, ".variables.json")), "utf8"));
/** Mutations need the server's token; GraphiQL's tab for them says so in its headers. */
const exampleHeaders = (file: string) => ((parse(readFileSync(join(operationsDir, file), "utf8")).definitions[0] as OperationDefinitionNode).operation === "mutation" ? withToken : {});

describe("examples/operations", () => {
  it.each(operationFiles)("%s holds one operation, named after the file, with a variables file beside it", (file) => {
    const definitions = parse(readFileSync(join(operationsDir, file), "utf8")).definitions;
    expect(definitions).toHaveLength(1);
    expect((definitions[0] as OperationDefinitionNode).name?.value).toBe(basename(file, ".graphql"));
    expect(existsSync(join(operationsDir, file.replace(/\.graphql$/, ".variables.json"))), `add ${basename(file, ".graphql")}.variables.json`).toBe(true);
    expect(exampleVariables(file)).toBeTypeOf("object");
  });

  it("includes every example the issue asks for, and no variables without an operation", () => {
    expect(operationFiles).toEqual(["Articles", "CountryContacts", "IngestArticle", "LavrovMeetings", "MeetingsBetween", "NodeLookup", "PersonNetwork", "PersonQuotesPage", "SearchQuotes"].map((n) => `${n}.graphql`));
    const variableFiles = readdirSync(operationsDir).filter((f) => f.endsWith(".variables.json"));
    expect(variableFiles.map((f) => f.replace(".variables.json", ".graphql")).sort()).toEqual(operationFiles);
  });
});

describe.each(backends)("example operations over HTTP on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { seed: true, policy: { apiToken: API_TOKEN } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each(operationFiles)("%s runs without errors and finds something", async (file) => {
    const response = await server.gql(readFileSync(join(operationsDir, file), "utf8"), exampleVariables(file), exampleHeaders(file));
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    // Every root field found something in the seeded graph: not null, and not an empty list.
    const data = response.data as Record<string, unknown>;
    expect(Object.keys(data).length).toBeGreaterThan(0);
    for (const [field, value] of Object.entries(data)) {
      expect(value, `${file}: ${field}`).not.toBeNull();
      if (typeof value === "object" && "totalCount" in value!) expect((value as { totalCount: number }).totalCount, `${file}: ${field}.totalCount`).toBeGreaterThan(0);
    }
  });

  it("pages through everything Lavrov said, two quotes at a time, following endCursor", async () => {
    type Page = { person: { quotes: { edges: { cursor: string; node: { id: string; speaker: { name: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } } | null };
    const fetchPage = async (after: string | null) => (await server.data<Page>(operation("PersonQuotesPage"), { name: "لاوروف", first: 2, after })).person;
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let pages = 0; ; pages++) {
      const person = await fetchPage(after);
      expect(person, "Lavrov is in the seeded graph").not.toBeNull();
      const { edges, pageInfo } = person!.quotes;
      totalCount = person!.quotes.totalCount;
      expect(pages, "more pages than quotes").toBeLessThanOrEqual(Math.ceil(totalCount / 2));
      expect(edges.length).toBeLessThanOrEqual(2);
      for (const { node } of edges) expect(node.speaker.name).toBe("Sergey Lavrov");
      ids.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor);
      after = pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThan(2); // more than one page, or paging was not exercised
    expect(ids).toHaveLength(totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    // The same quotes the root list has for him, by another route.
    const { quotes } = await server.data(`query ($name: String!) { quotes(speakerName: $name, first: 100) { nodes { id } } }`, { name: "Lavrov" });
    expect([...ids].sort()).toEqual(quotes.nodes.map((q: { id: string }) => q.id).sort());
  });

  it("finds every meeting between Lavrov and Kerry with one query (Moscow and Geneva)", async () => {
    const { meetings } = await server.data(operation("MeetingsBetween"), { a: "Lavrov", b: "کری" });
    expect(meetings.totalCount).toBeGreaterThanOrEqual(2);
    expect(meetings.nodes).toHaveLength(meetings.totalCount);
    for (const m of meetings.nodes) expect(m.participants.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["Sergey Lavrov", "John Kerry"]));
    expect(meetings.nodes.map((m: { location: string | null }) => m.location)).toEqual(expect.arrayContaining(["Moscow", "Geneva"]));
  });

  it("refuses ingestArticle without the token and with a wrong one, and writes nothing", async () => {
    const count = async () => (await server.data(`{ articles { totalCount } }`)).articles.totalCount as number;
    const before = await count();
    const input = { text: FLOW_ARTICLE, clientMutationId: "no-token" };
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong-token" }, { authorization: API_TOKEN }];
    for (const headers of attempts) {
      const response = await server.gql(operation("IngestArticle"), { input }, headers);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(headers)).toBe("UNAUTHENTICATED");
      expect(response.data?.ingestArticle ?? null).toBeNull();
    }
    expect(await count()).toBe(before);
  });

  it("ingests a new article with the token, merges its people into the known ones, and is idempotent", async () => {
    const input = { text: FLOW_ARTICLE, language: "EN", publishedAt: "2016-04-11", clientMutationId: "flow-1" };
    const first = (await server.data(operation("IngestArticle"), { input }, withToken)).ingestArticle;
    expect(first.created).toBe(true);
    expect(first.clientMutationId).toBe("flow-1");
    const lavrov = first.people.find((p: { person: { name: string } }) => p.person.name === "Sergey Lavrov");
    expect(lavrov, "the article's Lavrov resolves to the seeded Sergey Lavrov").toBeDefined();
    expect(lavrov.created).toBe(false);
    const { person } = await server.data(`{ person(name: "Lavrov") { id } }`);
    expect(lavrov.person.id).toBe(person.id);

    const again = (await server.data(operation("IngestArticle"), { input: { ...input, clientMutationId: "flow-2" } }, withToken)).ingestArticle;
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    expect(again.clientMutationId).toBe("flow-2");
  });
});
