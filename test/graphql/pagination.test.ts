/** Relay connection behaviour over HTTP: cursors forward and back, bounds, and errors a client can act on. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  articles(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id sourceName } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe("connections", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite");
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("pages forward with first/after and back with last/before over the same items", async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const { articles }: any = await server.data(PAGE, { first: 2, after });
      expect(articles.edges.length).toBeLessThanOrEqual(2);
      expect(articles.totalCount).toBe(5);
      forward.push(...articles.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(articles.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!articles.pageInfo.hasNextPage) break;
      after = articles.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(5);
    expect(new Set(forward).size).toBe(5);

    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const { articles }: any = await server.data(PAGE, { last: 2, before });
      backward.unshift(...articles.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!articles.pageInfo.hasPreviousPage) break;
      before = articles.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it("keeps a cursor valid: the page after an item is the same whatever page size found it", async () => {
    const { articles: first3 } = await server.data(PAGE, { first: 3 });
    const { articles: first1 } = await server.data(PAGE, { first: 1 });
    const { articles: after } = await server.data(PAGE, { first: 2, after: first1.edges[0].cursor });
    expect(after.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(first3.edges.slice(1).map((e: { node: { id: string } }) => e.node.id));
  });

  it("refuses pages above the maximum, first with last, and foreign cursors with BAD_USER_INPUT saying why", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ first: 101 }, /"first" must be between 1 and 100 \(got 101\)/],
      [{ first: 0 }, /"first" must be between 1 and 100 \(got 0\)/],
      [{ first: 2, last: 2 }, /either "first" or "last"/],
      [{ first: 2, after: "not-a-cursor" }, /"after" is not a cursor of this list/],
      [{ last: 1, before: Buffer.from("cursor:99999").toString("base64url") }, /"before" is not a cursor of this list/],
    ];
    for (const [variables, message] of cases) {
      const response = await server.gql(PAGE, variables);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toMatch(message);
    }
  });

  it("takes the window between after and before, and nothing when they cross", async () => {
    const all = (await server.data(PAGE, { first: 5 })).articles.edges;
    const window = await server.data(`query ($after: String, $before: String) { articles(after: $after, before: $before) { edges { cursor } pageInfo { hasNextPage hasPreviousPage } } }`, { after: all[0].cursor, before: all[4].cursor });
    expect(window.articles.edges.map((e: { cursor: string }) => e.cursor)).toEqual(all.slice(1, 4).map((e: { cursor: string }) => e.cursor));
    expect(window.articles.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    const crossed = await server.data(`query ($after: String, $before: String) { articles(after: $after, before: $before) { edges { cursor } } }`, { after: all[3].cursor, before: all[1].cursor });
    expect(crossed.articles.edges).toEqual([]);
    const lastBefore = await server.data(PAGE, { last: 2, before: all[3].cursor });
    expect(lastBefore.articles.edges.map((e: { cursor: string }) => e.cursor)).toEqual([all[1].cursor, all[2].cursor]);
    expect(lastBefore.articles.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it("gives 20 items by default and an empty page, with null cursors, for an empty list", async () => {
    const { quotes } = await server.data(`{ quotes { totalCount nodes { id } pageInfo { hasNextPage } } }`);
    expect(quotes.totalCount).toBeGreaterThan(20);
    expect(quotes.nodes).toHaveLength(20);
    expect(quotes.pageInfo.hasNextPage).toBe(true);
    const empty = await server.data(`{ quotes(search: "no quote holds this", first: 5) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    expect(empty.quotes).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it("refuses a cursor of a list in another order, and keeps paging after an item that was removed", async () => {
    const byPublication = await server.data(`{ articles(first: 1, orderBy: { field: PUBLISHED_AT, direction: DESC }) { edges { cursor } } }`);
    const foreign = await server.gql(PAGE, { first: 1, after: byPublication.articles.edges[0].cursor });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });

    const scratch = await startTestServer("pglite");
    try {
      const before = (await scratch.data(PAGE, { first: 5 })).articles.edges;
      const removedId = Buffer.from(before[1].node.id, "base64url").toString().split(":")[1];
      await scratch.db.query(`DELETE FROM "Article" WHERE "id" = $1`, [Number(removedId)]);
      const after = await scratch.data(PAGE, { first: 2, after: before[1].cursor });
      expect(after.articles.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([before[2].node.id, before[3].node.id]);
    } finally {
      await scratch.stop();
    }
  });

  it("gives every node a global id that node(id:) and nodes(ids:) resolve", async () => {
    const { articles } = await server.data(PAGE, { first: 3 });
    const ids = articles.edges.map((e: { node: { id: string } }) => e.node.id);
    const { node } = await server.data(`query ($id: ID!) { node(id: $id) { id __typename ... on Article { sourceName } } }`, { id: ids[0] });
    expect(node).toEqual({ id: ids[0], __typename: "Article", sourceName: articles.edges[0].node.sourceName });
    const { nodes } = await server.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [...ids, "bm9wZToz"] });
    expect(nodes).toEqual([...ids.map((id: string) => ({ id })), null]);
  });

  it("answers a malformed id with BAD_USER_INPUT and an unknown one with null", async () => {
    const bad = await server.gql(`{ article(id: "garbage") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await server.data(`query ($id: ID!) { article(id: $id) { id } }`, { id: Buffer.from("Article:987654").toString("base64url") });
    expect(unknown.article).toBeNull();
  });

  it("refuses writes with FORBIDDEN when the server has no token and no development mode", async () => {
    const response = await server.gql(`mutation { ingestArticle(input: { text: "Some text." }) { created } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
