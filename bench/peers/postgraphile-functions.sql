-- What a PostGraphile user adds to Parley's tables so that PostGraphile 5 can answer the
-- benchmark queries (bench/compare/queries.ts), each the same work Parley does. Applied by
-- `npm run bench:compare`, which replaces __SCHEMA__ (Parley's tables) and __FUNCTIONS__ (the
-- schema these functions go in) with quoted schema names; every statement is idempotent.
--
-- These are PostGraphile's documented idioms: computed columns (a STABLE SQL function whose
-- first argument is a row of the table, named <table>_<field>) and custom queries (a STABLE
-- function in an exposed schema). PostGraphile adds the connection (first/after, totalCount)
-- on top of a SETOF function and keeps the function's order. LANGUAGE sql STABLE functions of
-- one SELECT are inlined by PostgreSQL into PostGraphile's statement, so they cost what a
-- hand-written subquery costs. They live in a schema of their own, beside Parley's tables, so
-- Parley's schema holds only what its migrations made.

CREATE SCHEMA IF NOT EXISTS __FUNCTIONS__;

-- (a) Person.meetingsByDate: a person's meetings newest first, undated last, ties by id (as
-- Parley's Person.meetings). Tables alone only order a person's MeetingParticipant rows by
-- their own columns, not by the meeting's date.
CREATE OR REPLACE FUNCTION __FUNCTIONS__."Person_meetingsByDate"(p __SCHEMA__."Person")
RETURNS SETOF __SCHEMA__."Meeting" LANGUAGE sql STABLE AS $$
  SELECT m.* FROM __SCHEMA__."MeetingParticipant" mp JOIN __SCHEMA__."Meeting" m ON m."id" = mp."meetingId"
  WHERE mp."personId" = p."id"
  ORDER BY m."date" DESC NULLS LAST, m."id" DESC
$$;

-- (c) Person.quotesMatching(word): the person's quotes whose folded text contains the word
-- (LIKE wildcards escaped, as Parley does), in article order. The word is sent folded by the
-- client (src/extract/normalize.ts); the condition plugin only offers equality.
CREATE OR REPLACE FUNCTION __FUNCTIONS__."Person_quotesMatching"(p __SCHEMA__."Person", word text)
RETURNS SETOF __SCHEMA__."Quote" LANGUAGE sql STABLE AS $$
  SELECT q.* FROM __SCHEMA__."Quote" q
  WHERE q."speakerId" = p."id"
    AND q."normalizedText" LIKE '%' || replace(replace(replace(word, '\', '\\'), '%', '\%'), '_', '\_') || '%'
  ORDER BY q."articleId", q."startOffset"
$$;

-- (d) Query.meetingsBetween(a, b): meetings both people took part in, newest first, undated
-- last (as Parley's meetings(participants: [a, b])).
CREATE OR REPLACE FUNCTION __FUNCTIONS__."meetingsBetween"(a int, b int)
RETURNS SETOF __SCHEMA__."Meeting" LANGUAGE sql STABLE AS $$
  SELECT m.* FROM __SCHEMA__."Meeting" m
  WHERE EXISTS (SELECT 1 FROM __SCHEMA__."MeetingParticipant" x WHERE x."meetingId" = m."id" AND x."personId" = a)
    AND EXISTS (SELECT 1 FROM __SCHEMA__."MeetingParticipant" y WHERE y."meetingId" = m."id" AND y."personId" = b)
  ORDER BY m."date" DESC NULLS LAST, m."id" DESC
$$;

-- (e) Country.metCountries: every other country among the participants of the meetings this
-- country's people took part in, with the number of such meetings; most meetings first, then
-- by code (as Parley's Country.metCountries). An aggregate over a self-join of
-- MeetingParticipant cannot be said with tables and relations alone.
DROP FUNCTION IF EXISTS __FUNCTIONS__."Country_metCountries"(__SCHEMA__."Country");
CREATE FUNCTION __FUNCTIONS__."Country_metCountries"(c __SCHEMA__."Country")
RETURNS TABLE ("code" char(2), "name" text, "meetingCount" int) LANGUAGE sql STABLE AS $$
  SELECT k."code", k."nameEn", x."meetingCount"
  FROM (
    SELECT o."countryCode", count(DISTINCT s."meetingId")::int AS "meetingCount"
    FROM __SCHEMA__."MeetingParticipant" s JOIN __SCHEMA__."Person" sp ON sp."id" = s."personId"
    JOIN __SCHEMA__."MeetingParticipant" mo ON mo."meetingId" = s."meetingId"
    JOIN __SCHEMA__."Person" o ON o."id" = mo."personId"
    WHERE sp."countryCode" = c."code" AND o."countryCode" <> c."code"
    GROUP BY o."countryCode"
  ) x JOIN __SCHEMA__."Country" k ON k."code" = x."countryCode"
  ORDER BY x."meetingCount" DESC, x."countryCode"
$$;

-- A root query function in a second exposed schema would be named after its schema
-- (parleyBenchPostgraphileMeetingsBetween); the @name smart tag keeps the plain name.
COMMENT ON FUNCTION __FUNCTIONS__."meetingsBetween"(int, int) IS E'@name meetingsBetween\nMeetings both people took part in, newest first (undated last).';
