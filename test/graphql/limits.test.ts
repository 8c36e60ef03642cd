/**
 * Hostile and oversized operations are refused before anything runs, with an error whose code
 * names the limit, while the server goes on answering; answers that would be too large, and
 * statements that run too long, come back as typed errors too. (How fast a refusal is, and
 * that memory stays flat meanwhile, is measured by bench/hostile.bench.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, queryLimitsFromEnv } from "../../src/graphql/limits.ts";
import { backends } from "../fixtures/databases.ts";
import { aliasedQuery, COSTLY, deepQuery } from "../fixtures/hostile.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

describe("limits from the environment", () => {
  it("takes each limit from its variable and refuses what is not a positive whole number", () => {
    expect(queryLimitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(queryLimitsFromEnv({ PARLEY_MAX_DEPTH: "8", PARLEY_MAX_COST: " 1000 " })).toMatchObject({ maxDepth: 8, maxCost: 1000 });
    expect(() => queryLimitsFromEnv({ PARLEY_MAX_ALIASES: "lots" })).toThrow(/PARLEY_MAX_ALIASES must be a positive whole number/);
    expect(() => queryLimitsFromEnv({ PARLEY_STATEMENT_TIMEOUT_MS: "0" })).toThrow(/PARLEY_STATEMENT_TIMEOUT_MS/);
  });
});

describe("hostile operations", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite");
  });
  afterAll(async () => {
    await server?.stop();
  });

  const codeOf = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.gql(query, variables);
    expect(response.data ?? null, "nothing of a refused operation runs").toBeNull();
    return response.errors?.[0];
  };

  it("refuses the query nested 29 deep, naming the depth limit and what it found", async () => {
    expect(await codeOf(deepQuery(29))).toMatchObject({ message: expect.stringMatching(/depth limit of 12 exceeded, found 29/), extensions: { code: "DEPTH_LIMIT_EXCEEDED", limit: 12 } });
    // A query as deep as the limit runs (through single objects and pages of one, so its cost is low).
    const twelveDeep = `{ person(name: "Lavrov") { country { people(first: 1) { nodes { country { people(first: 1) { nodes { country { people(first: 1) { nodes { country { code } } } } } } } } } } } }`;
    expect((await server.gql(twelveDeep)).errors).toBeUndefined();
    expect(await codeOf(twelveDeep.replace("{ code }", "{ people(first: 1) { totalCount } }"))).toMatchObject({ extensions: { code: "DEPTH_LIMIT_EXCEEDED" } });
  });

  it("refuses 1,000 aliases at parse time (token limit) and 40 at validation (alias limit)", async () => {
    expect(await codeOf(aliasedQuery(1000))).toMatchObject({ message: expect.stringMatching(/more tha[nt] 2000 tokens/), extensions: { code: "GRAPHQL_PARSE_FAILED" } });
    expect(await codeOf(aliasedQuery(40))).toMatchObject({ message: expect.stringMatching(/Aliases limit of 30 exceeded, found 40/), extensions: { code: "ALIAS_LIMIT_EXCEEDED", limit: 30 } });
    expect((await server.gql(aliasedQuery(30))).errors).toBeUndefined();
  });

  it("refuses page sizes that multiply past the cost limit, with the cost, every time it is sent", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(await codeOf(COSTLY, { n: 100 })).toMatchObject({ extensions: { code: "COST_LIMIT_EXCEEDED", cost: 1_010_100, limit: 500_000 } });
    }
    // The same operation with small pages is fine: cost is counted from the variables of each request.
    expect((await server.gql(COSTLY, { n: 5 })).errors).toBeUndefined();
  });

  it("refuses too many directives", async () => {
    const query = `{ countries(first: 1) { ${Array.from({ length: 60 }, () => "... @include(if: true) { totalCount }").join(" ")} } }`;
    expect(await codeOf(query)).toMatchObject({ extensions: { code: "DIRECTIVE_LIMIT_EXCEEDED", limit: 50 } });
  });

  it("keeps answering /healthz and ordinary queries while hostile ones arrive", async () => {
    const health = server.url.replace(/graphql$/, "healthz");
    const hostile = Array.from({ length: 30 }, (_, i) => server.gql(i % 3 === 0 ? deepQuery(29) : i % 3 === 1 ? aliasedQuery(1000) : COSTLY, { n: 100 }));
    const checks = Array.from({ length: 10 }, () => fetch(health).then((r) => r.status));
    const ordinary = server.data(`{ person(name: "Lavrov") { name } }`);
    expect(await Promise.all(checks)).toEqual(Array(10).fill(200));
    expect((await ordinary).person.name).toBe("Sergey Lavrov");
    for (const response of await Promise.all(hostile)) expect(response.errors?.[0]?.extensions?.code).toMatch(/LIMIT_EXCEEDED|PARSE_FAILED/);
  });
});

describe.each(backends)("answers over the limits on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { limits: { maxAnswerBytes: 2_000 } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("refuses an answer larger than the limit, with its size, on both paths", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await server.gql(`{ articles(first: 5) { nodes { body } } }`);
      expect(response.errors?.[0]).toMatchObject({ path: ["articles"], extensions: { code: "RESPONSE_TOO_LARGE", limit: 2_000, bytes: expect.any(Number) } });
      expect(response.errors?.[0]?.extensions?.bytes).toBeGreaterThan(2_000);
      expect(response.data ?? null).toBeNull();
    }
    expect((await server.gql(`{ articles(first: 5) { totalCount } }`)).errors).toBeUndefined();
  });

  it.runIf(backend === "postgres")("stops a statement that runs longer than the timeout, on both paths", async () => {
    const slow = await startTestServer(backend, { limits: { statementTimeoutMs: 1, maxCost: 1e9 } });
    const heavy = `{ persons(first: 100) { nodes { meetings(first: 100) { nodes { participants { metPeople(first: 100) { nodes { meetingCount } } } } } } } }`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await slow.gql(heavy);
      expect(response.errors?.[0]).toMatchObject({ path: ["persons"], extensions: { code: "QUERY_TIMEOUT", limit: 1 } });
    }
    await slow.stop();
  });
});
