/**
 * A query costs one SQL statement, however many rows and levels it reaches: the same nested
 * query over 1 root item and over every root item is one statement each, on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../fixtures/databases.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

const NESTED = `query ($first: Int!) {
  persons(first: $first, orderBy: { field: MEETING_COUNT, direction: DESC }) {
    nodes {
      name
      country { code }
      meetings(first: 20) {
        nodes {
          location
          participants { name country { code } }
          quotes(first: 20) { nodes { text speaker { name } article { title } } }
        }
      }
      quotes(first: 20) { nodes { text meeting { location } } }
    }
  }
}`;

describe.each(backends)("round trips on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function statementsFor(first: number) {
    const before = server.db.statementCount();
    const data = await server.data(NESTED, { first });
    return { statements: server.db.statementCount() - before, people: data.persons.nodes.length };
  }

  it("does not grow with the number of rows", async () => {
    // Ordered by meeting count, the single person reaches every level of the query (meetings,
    // their quotes, articles), so the comparison is not flattered by levels an empty list skips.
    const one = await statementsFor(1);
    const all = await statementsFor(100);
    expect(all.people).toBeGreaterThanOrEqual(4);
    expect(one.statements).toBe(1);
    expect(all.statements).toBe(1);
  });
});
