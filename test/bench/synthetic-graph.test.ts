/**
 * The benchmark's synthetic graph is written straight into Parley's tables, so a schema change
 * can break it without any other test noticing (a new NOT NULL column did once). A small graph
 * is generated into a test schema, then every benchmark query is asked of Parley over HTTP.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERIES, SUBJECTS_SQL, type Subjects } from "../../bench/compare/queries.ts";
import { generateSyntheticGraph, SEARCH_WORD } from "../../bench/synthetic-graph.ts";
import { backends } from "../fixtures/databases.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

const SIZE = { people: 60, articles: 150, meetings: 300, quotes: 900 };

describe.runIf(backends.includes("postgres"))("bench: synthetic graph", () => {
  let server: TestServer;
  let sql: pg.Client;
  let subjects: Subjects;

  beforeAll(async () => {
    server = await startTestServer("postgres", { seed: false });
    if (server.config.kind !== "postgres") throw new Error("expected a PostgreSQL test database");
    const { url, schema } = server.config;
    await generateSyntheticGraph({ databaseUrl: url, schema, size: SIZE, seed: 7 });
    sql = new pg.Client({ connectionString: url, options: `-c search_path="${schema}"` });
    await sql.connect();
    const person = (await sql.query(SUBJECTS_SQL.person)).rows[0];
    const partner = (await sql.query(SUBJECTS_SQL.partner, [person.id])).rows[0];
    const country = (await sql.query(SUBJECTS_SQL.country)).rows[0];
    subjects = { personId: person.id, partnerId: partner.id, word: SEARCH_WORD, countryCode: country.code };
  });
  afterAll(async () => {
    await sql?.end();
    await server?.stop();
  });

  it("writes the sizes asked for, with each meeting's participant key matching its participants", async () => {
    const counts = (await sql.query(`SELECT (SELECT count(*) FROM "Person")::int AS people, (SELECT count(*) FROM "Article")::int AS articles,
      (SELECT count(*) FROM "Meeting")::int AS meetings, (SELECT count(*) FROM "Quote")::int AS quotes`)).rows[0];
    expect(counts).toEqual(SIZE);
    const mismatched = await sql.query(`SELECT m."id" FROM "Meeting" m
      WHERE m."participantKey" IS DISTINCT FROM (SELECT string_agg(p."personId"::text, ',' ORDER BY p."personId") FROM "MeetingParticipant" p WHERE p."meetingId" = m."id")`);
    expect(mismatched.rows).toEqual([]);
  });

  it.each(QUERIES.map((q) => [q.key, q] as const))("Parley answers benchmark query (%s) on it without errors", async (_key, query) => {
    const { query: text, variables } = query.parley(subjects);
    const data = await server.data(text, variables);
    const plain = query.fromParley(data);
    expect(JSON.stringify(plain).length).toBeGreaterThan(20);
  });

  it("finds the person's meetings that the tables hold", async () => {
    const expected = (await sql.query(`SELECT count(*)::int AS n FROM "MeetingParticipant" WHERE "personId" = $1`, [subjects.personId])).rows[0].n;
    const data = await server.data(`query ($id: ID!) { person(id: $id) { meetings(first: 1) { totalCount } } }`, { id: QUERIES[0].parley(subjects).variables.id });
    expect(expected).toBeGreaterThan(0);
    expect(data.person.meetings.totalCount).toBe(expected);
  });
});
