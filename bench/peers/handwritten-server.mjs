/**
 * The hand-written baseline of `npm run bench:compare`: node:http + pg, and for each benchmark
 * query ONE hand-written SQL statement (a prepared statement) that builds the whole answer as
 * JSON in PostgreSQL; the server sends that text as it comes. No GraphQL: each query has its own
 * route, `POST /query/<name>` with the variables as a JSON body, and the answer is
 * `{"data": …}` in the plain shape the bench compares every server's answer in.
 *   DATABASE_URL=… BENCH_SCHEMA=parley_bench PORT=… node handwritten-server.mjs
 */
import { createServer } from "node:http";
import pg from "pg";

const schema = process.env.BENCH_SCHEMA ?? "parley_bench";
const port = Number(process.env.PORT ?? 5679);
// The same pool size as Parley's read pool and PostGraphile's (pg's default).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: `-c search_path="${schema.replace(/"/g, '""')}"` });

/** Escapes LIKE's wildcards, as Parley does, so a word matches only itself. */
const containing = (word) => `%${String(word).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each query: its SQL (one statement returning one text column `d`) and its parameters from the variables. */
const QUERIES = {
  // (a) A person's first 20 meetings, newest first (undated last), with participants and the first 5 quotes of each.
  personMeetings: {
    params: (v) => [v.id, v.first ?? 20, v.quotes ?? 5],
    sql: `SELECT json_build_object('person', (
        SELECT json_build_object('name', p."name", 'meetings', COALESCE((
          SELECT json_agg(json_build_object(
            'date', m."date", 'location', m."location", 'mode', m."mode",
            'participants', (
              SELECT json_agg(json_build_object('name', pp."name", 'country', CASE WHEN pp."countryCode" IS NULL THEN NULL ELSE json_build_object('code', pp."countryCode") END) ORDER BY pp."id")
              FROM "MeetingParticipant" mp JOIN "Person" pp ON pp."id" = mp."personId" WHERE mp."meetingId" = m."id"),
            'quotes', COALESCE((
              SELECT json_agg(json_build_object('text', q."text", 'speaker', json_build_object('name', s."name")) ORDER BY q."articleId", q."startOffset")
              FROM (SELECT "text", "speakerId", "articleId", "startOffset" FROM "Quote" WHERE "meetingId" = m."id" ORDER BY "articleId", "startOffset" LIMIT $3) q
              JOIN "Person" s ON s."id" = q."speakerId"), '[]'::json)
          ) ORDER BY m."date" DESC NULLS LAST, m."id" DESC)
          FROM (SELECT m.* FROM "MeetingParticipant" l JOIN "Meeting" m ON m."id" = l."meetingId" WHERE l."personId" = p."id" ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT $2) m
        ), '[]'::json))
        FROM "Person" p WHERE p."id" = $1))::text AS d`,
  },
  // (b) The first 50 people by name, with their country.
  peopleByName: {
    params: (v) => [v.first ?? 50],
    sql: `SELECT json_build_object('persons', COALESCE(json_agg(json_build_object(
          'name', p."name", 'country', CASE WHEN c."code" IS NULL THEN NULL ELSE json_build_object('code', c."code", 'name', c."nameEn") END
        ) ORDER BY p."name", p."id"), '[]'::json))::text AS d
      FROM (SELECT "id", "name", "countryCode" FROM "Person" ORDER BY "name", "id" LIMIT $1) p LEFT JOIN "Country" c ON c."code" = p."countryCode"`,
  },
  // (c) A person's quotes containing a word (folded text), in article order, with how many there are.
  personQuotesSearch: {
    params: (v) => [v.id, containing(v.word), v.first ?? 20],
    sql: `SELECT json_build_object('person', (
        SELECT json_build_object('name', p."name", 'quotes', json_build_object(
          'totalCount', (SELECT count(*) FROM "Quote" q WHERE q."speakerId" = p."id" AND q."normalizedText" LIKE $2),
          'nodes', COALESCE((
            SELECT json_agg(json_build_object('text', q."text", 'language', q."language", 'article', json_build_object('title', a."title", 'publishedAt', a."publishedAt")) ORDER BY q."articleId", q."startOffset")
            FROM (SELECT "text", "language", "articleId", "startOffset" FROM "Quote" WHERE "speakerId" = p."id" AND "normalizedText" LIKE $2 ORDER BY "articleId", "startOffset" LIMIT $3) q
            JOIN "Article" a ON a."id" = q."articleId"), '[]'::json)))
        FROM "Person" p WHERE p."id" = $1))::text AS d`,
  },
  // (d) The meetings two people both took part in, newest first (undated last), with participants and reports.
  meetingsBetween: {
    params: (v) => [v.a, v.b, v.first ?? 20],
    sql: `WITH "between" AS (
        SELECT a."meetingId" FROM "MeetingParticipant" a JOIN "MeetingParticipant" b ON b."meetingId" = a."meetingId" AND b."personId" = $2 WHERE a."personId" = $1)
      SELECT json_build_object('meetings', json_build_object(
        'totalCount', (SELECT count(*) FROM "between"),
        'nodes', COALESCE((
          SELECT json_agg(json_build_object(
            'date', m."date", 'location', m."location", 'mode', m."mode",
            'participants', (
              SELECT json_agg(json_build_object('name', pp."name") ORDER BY pp."id")
              FROM "MeetingParticipant" mp JOIN "Person" pp ON pp."id" = mp."personId" WHERE mp."meetingId" = m."id"),
            'reports', COALESCE((
              SELECT json_agg(json_build_object('article', json_build_object('title', ar."title", 'publisher', ar."publisher"), 'evidence', s."evidence") ORDER BY s."articleId")
              FROM "MeetingSource" s JOIN "Article" ar ON ar."id" = s."articleId" WHERE s."meetingId" = m."id"), '[]'::json)
          ) ORDER BY m."date" DESC NULLS LAST, m."id" DESC)
          FROM (SELECT m.* FROM "between" x JOIN "Meeting" m ON m."id" = x."meetingId" ORDER BY m."date" DESC NULLS LAST, m."id" DESC LIMIT $3) m
        ), '[]'::json)))::text AS d`,
  },
  // (e) The countries whose people met a country's people, with the number of meetings, most first.
  countryContacts: {
    params: (v) => [v.code],
    sql: `SELECT json_build_object('country', (
        SELECT json_build_object('code', c."code", 'name', c."nameEn", 'metCountries', COALESCE((
          SELECT json_agg(json_build_object('country', json_build_object('code', k."code", 'name', k."nameEn"), 'meetingCount', x."meetingCount") ORDER BY x."meetingCount" DESC, x."countryCode")
          FROM (
            SELECT o."countryCode", count(DISTINCT s."meetingId")::int AS "meetingCount"
            FROM "MeetingParticipant" s JOIN "Person" sp ON sp."id" = s."personId"
            JOIN "MeetingParticipant" mo ON mo."meetingId" = s."meetingId" JOIN "Person" o ON o."id" = mo."personId"
            WHERE sp."countryCode" = c."code" AND o."countryCode" <> c."code"
            GROUP BY o."countryCode") x
          JOIN "Country" k ON k."code" = x."countryCode"), '[]'::json))
        FROM "Country" c WHERE c."code" = $1))::text AS d`,
  },
};

const server = createServer(async (req, res) => {
  const name = req.url?.startsWith("/query/") ? req.url.slice("/query/".length) : null;
  const query = name && Object.hasOwn(QUERIES, name) ? QUERIES[name] : null;
  if (req.method !== "POST" || !query) {
    res.writeHead(404, { "content-type": "text/plain" }).end(`POST /query/{${Object.keys(QUERIES).join(",")}}`);
    return;
  }
  try {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const variables = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
    const { rows } = await pool.query({ name, text: query.sql, values: query.params(variables) });
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(`{"data":${rows[0].d}}`);
  } catch (error) {
    res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: error.message }] }));
  }
});
server.listen(port, "127.0.0.1", () => console.log(`Hand-written SQL server at http://127.0.0.1:${port}/query/<name>`));

const stop = async () => {
  server.close();
  await pool.end();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
