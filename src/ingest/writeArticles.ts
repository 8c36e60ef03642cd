/**
 * Writes a batch of extracted articles inside the caller's transaction with a fixed number of
 * set-based statements, whatever the batch size: people are resolved and meetings merged in
 * memory (resolvePerson.ts, mergeMeeting.ts) over the rows they need, read up front, then each
 * table gets one INSERT or UPDATE. Fresh ingest, bulk ingest and re-extraction all write here.
 */
import countries from "i18n-iso-countries";
import { fold, type ArticleFacts, type ArticleHints } from "../extract/index.ts";
import type { ExtractionOutcome } from "./extractor.ts";
import { MeetingMerger, participantKeyOf, type MeetingRow, type MergedMeeting, type Participant, type PlannedMeeting } from "./mergeMeeting.ts";
import { PersonResolver, personLookups, type PersonRow, type PlannedPerson, type ResolvedPerson } from "./resolvePerson.ts";
import { json, rows, run } from "./sql.ts";
import type { Tx } from "./tx.ts";

/** One article to write. */
export interface ArticleToWrite {
  /** The stored article to rewrite (its facts already removed); absent for a new article. */
  articleId?: number;
  contentHash: string;
  text: string;
  sourceName: string;
  url: string | null;
  hints: ArticleHints;
  extractorVersion: string;
  outcome: ExtractionOutcome;
  /** Meetings the article reported before re-extraction: preferred among equal candidates, so their ids stay. */
  previousMeetingIds?: ReadonlySet<number>;
}

/** What writing one article did. */
export interface WrittenArticle {
  articleId: number;
  persons: ResolvedPerson[];
  meetings: MergedMeeting[];
  quoteCount: number;
  /** Start offsets of the mentions and quotes written (re-extraction removes the article's others). */
  offsets: { mentions: number[]; quotes: number[] };
}

interface ArticlePlan {
  article: ArticleToWrite;
  articleId: number;
  persons: { fact: ArticleFacts["persons"][number]; person: PlannedPerson; created: boolean }[];
  meetings: ({ meeting: PlannedMeeting; merged: boolean } | null)[];
}

/** Writes the articles, in order, as if each were ingested in turn; returns what each did. */
export async function writeArticles(tx: Tx, articles: ArticleToWrite[]): Promise<WrittenArticle[]> {
  const facts = articles.flatMap((a) => (a.outcome.ok ? [a.outcome.facts] : []));
  await ensureCountries(tx, facts.flatMap((f) => [...f.countries, ...f.persons.flatMap((p) => (p.country ? [p.country] : []))]));

  // People, for every article in turn.
  const people = await loadPeople(tx, personLookups(facts.flatMap((f) => f.persons)));
  const resolver = new PersonResolver(people.rows, people.aliasOwners);
  const plans: ArticlePlan[] = articles.map((article) => ({
    article,
    articleId: article.articleId ?? 0,
    persons: article.outcome.ok ? article.outcome.facts.persons.map((fact) => ({ fact, ...resolver.resolve(fact) })) : [],
    meetings: [],
  }));
  const ids = await allocateIds(tx, { Person: resolver.created.length, Article: plans.filter((p) => !p.article.articleId).length });
  resolver.created.forEach((person, i) => (person.id = ids.Person[i]));
  plans.filter((p) => !p.article.articleId).forEach((plan, i) => (plan.articleId = ids.Article[i]));

  // Meetings, for every article in turn, against the stored meetings of the same people.
  const wanted = plans.flatMap((plan) => meetingParticipants(plan).flatMap((participants) => (participants ? [participants] : [])));
  const merger = new MeetingMerger(await loadMeetings(tx, wanted));
  for (const plan of plans) {
    if (!plan.article.outcome.ok) continue;
    const facts = plan.article.outcome.facts;
    plan.meetings = meetingParticipants(plan).map((participants, i) =>
      participants ? merger.merge(facts.meetings[i], participants, plan.articleId, plan.article.previousMeetingIds) : null,
    );
  }
  const meetingIds = await allocateIds(tx, { Meeting: merger.created.length });
  merger.created.forEach((meeting, i) => (meeting.id = meetingIds.Meeting[i]));

  await insertPeople(tx, resolver);
  await upsertArticles(tx, plans);
  await insertFacts(tx, plans, merger);
  return plans.map(result);
}

/** Each meeting fact's participants resolved to people, or null when fewer than two resolved. */
function meetingParticipants(plan: ArticlePlan): (Participant[] | null)[] {
  if (!plan.article.outcome.ok) return [];
  const facts = plan.article.outcome.facts;
  const idByKey = new Map(plan.persons.map((p) => [p.fact.key, p.person.id!]));
  const roleByKey = new Map(facts.persons.map((p) => [p.key, p.role]));
  return facts.meetings.map((meeting) => {
    const participants = meeting.participants.flatMap((key) => {
      const personId = idByKey.get(key);
      return personId ? [{ personId, role: roleByKey.get(key) ?? null }] : [];
    });
    return participants.length >= 2 ? participants : null;
  });
}

function result(plan: ArticlePlan): WrittenArticle {
  return {
    articleId: plan.articleId,
    persons: plan.persons.map(({ person, created }) => ({ id: person.id!, key: person.key, name: person.name, created })),
    meetings: plan.meetings.flatMap((m) => (m ? [{ id: m.meeting.id!, merged: m.merged }] : [])),
    quoteCount: quotesOf(plan).length,
    offsets: { mentions: mentionsOf(plan).map((m) => m.startOffset), quotes: quotesOf(plan).map((q) => q.startOffset) },
  };
}

/** Makes sure a Country row (with its en/fa/ar names) exists for every valid code given. */
async function ensureCountries(tx: Tx, codes: string[]): Promise<void> {
  const data = [...new Set(codes)].filter((code) => countries.isValid(code)).map((code) => ({
    code,
    nameEn: countries.getName(code, "en") ?? code,
    nameFa: countries.getName(code, "fa") ?? null,
    nameAr: countries.getName(code, "ar") ?? null,
  }));
  if (!data.length) return;
  await run(
    tx,
    `INSERT INTO "Country" ("code", "nameEn", "nameFa", "nameAr")
     SELECT code, "nameEn", "nameFa", "nameAr" FROM json_to_recordset($1::json) AS x(code text, "nameEn" text, "nameFa" text, "nameAr" text)
     ON CONFLICT DO NOTHING`,
    json(data),
  );
}

async function loadPeople(tx: Tx, lookups: { keys: string[]; names: string[] }): Promise<{ rows: PersonRow[]; aliasOwners: { normalized: string; personId: number }[] }> {
  if (!lookups.keys.length && !lookups.names.length) return { rows: [], aliasOwners: [] };
  const byKey = await rows<PersonRow>(tx, `SELECT "id", "key", "name", "role", "countryCode" FROM "Person" WHERE "key" IN (SELECT value FROM json_array_elements_text($1::json))`, json(lookups.keys));
  const owners = lookups.names.length
    ? await rows<PersonRow & { normalized: string }>(
        tx,
        `SELECT a."normalized", p."id", p."key", p."name", p."role", p."countryCode"
         FROM (SELECT DISTINCT "normalized", "personId" FROM "PersonAlias" WHERE "normalized" IN (SELECT value FROM json_array_elements_text($1::json))) a
         JOIN "Person" p ON p."id" = a."personId"`,
        json(lookups.names),
      )
    : [];
  return { rows: [...byKey, ...owners], aliasOwners: owners.map((o) => ({ normalized: o.normalized, personId: o.id })) };
}

/** Stored meetings whose participant set is one of `wanted` (by their participant key). */
async function loadMeetings(tx: Tx, wanted: Participant[][]): Promise<MeetingRow[]> {
  const keys = [...new Set(wanted.map(participantKeyOf))];
  if (!keys.length) return [];
  return rows<MeetingRow>(
    tx,
    `SELECT "id", "mode"::text AS "mode", "participantKey", "location", "date"::text AS "date"
     FROM "Meeting" WHERE "participantKey" IN (SELECT value FROM json_array_elements_text($1::json))`,
    json(keys),
  );
}

/** Takes ids from the tables' sequences, ascending, so rows can be linked before they are inserted. */
async function allocateIds<Table extends "Person" | "Article" | "Meeting">(tx: Tx, counts: Record<Table, number>): Promise<Record<Table, number[]>> {
  const out = {} as Record<Table, number[]>;
  for (const [table, count] of Object.entries(counts) as [Table, number][]) {
    out[table] = count
      ? (await rows<{ id: number }>(tx, `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS "id" FROM generate_series(1, $1::int)`, count)).map((r) => r.id).sort((a, b) => a - b)
      : [];
  }
  return out;
}

async function insertPeople(tx: Tx, resolver: PersonResolver): Promise<void> {
  if (resolver.created.length) {
    await run(
      tx,
      `INSERT INTO "Person" ("id", "key", "name", "role", "countryCode")
       SELECT "id", "key", "name", "role", "countryCode" FROM json_to_recordset($1::json) AS x("id" int, "key" text, "name" text, "role" text, "countryCode" text)`,
      json(resolver.created.map(({ id, key, name, role, countryCode }) => ({ id, key, name, role, countryCode }))),
    );
  }
  const changed = [...resolver.updated];
  if (changed.length) {
    await run(
      tx,
      `UPDATE "Person" p SET "role" = x."role", "countryCode" = x."countryCode"
       FROM json_to_recordset($1::json) AS x("id" int, "role" text, "countryCode" text) WHERE p."id" = x."id"`,
      json(changed.map(({ id, role, countryCode }) => ({ id, role, countryCode }))),
    );
  }
  if (resolver.aliases.length) {
    await run(
      tx,
      `INSERT INTO "PersonAlias" ("personId", "text", "normalized")
       SELECT "personId", "text", "normalized" FROM json_to_recordset($1::json) AS x("personId" int, "text" text, "normalized" text)
       ON CONFLICT DO NOTHING`,
      json(resolver.aliases.map((a) => ({ personId: a.person.id, text: a.text, normalized: a.normalized }))),
    );
  }
}

async function upsertArticles(tx: Tx, plans: ArticlePlan[]): Promise<void> {
  const data = plans.map(({ article, articleId }) => {
    const outcome = article.outcome;
    const facts = outcome.ok ? outcome.facts : null;
    return {
      id: articleId,
      contentHash: article.contentHash,
      sourceName: article.sourceName,
      url: article.url,
      title: facts ? facts.title : outcome.ok ? "" : outcome.title,
      body: article.text,
      language: facts ? facts.language : outcome.ok ? "en" : outcome.language,
      publisher: facts ? facts.publisher : (article.hints.publisher ?? null),
      publishedAt: facts ? facts.publishedAt : (article.hints.publishedAt ?? null),
      hints: article.hints,
      extractorVersion: article.extractorVersion,
      extractionStatus: outcome.ok ? "OK" : "FAILED",
      extractionError: outcome.ok ? null : outcome.error,
    };
  });
  const columns = `"id" int, "contentHash" text, "sourceName" text, "url" text, "title" text, "body" text, "language" "Language", "publisher" text, "publishedAt" date, "hints" jsonb, "extractorVersion" text, "extractionStatus" "ExtractionStatus", "extractionError" text`;
  const fresh = data.filter((_, i) => !plans[i].article.articleId);
  const rewritten = data.filter((_, i) => plans[i].article.articleId);
  if (fresh.length) {
    await run(
      tx,
      `INSERT INTO "Article" ("id", "contentHash", "sourceName", "url", "title", "body", "language", "publisher", "publishedAt", "hints", "extractorVersion", "extractionStatus", "extractionError", "extractedAt")
       SELECT "id", "contentHash", "sourceName", "url", "title", "body", "language", "publisher", "publishedAt", "hints", "extractorVersion", "extractionStatus", "extractionError", now()
       FROM json_to_recordset($1::json) AS x(${columns})`,
      json(fresh),
    );
  }
  if (rewritten.length) {
    // Source, URL, hints and ingest time stay as first ingested; what extraction read is replaced.
    await run(
      tx,
      `UPDATE "Article" a SET "title" = x."title", "language" = x."language", "publisher" = x."publisher", "publishedAt" = x."publishedAt",
         "extractorVersion" = x."extractorVersion", "extractionStatus" = x."extractionStatus", "extractionError" = x."extractionError", "extractedAt" = now()
       FROM json_to_recordset($1::json) AS x(${columns}) WHERE a."id" = x."id"`,
      json(rewritten),
    );
  }
}

/** The article's mentions, one per start offset (the first, as the unique key keeps). */
function mentionsOf(plan: ArticlePlan) {
  const mentions = plan.persons.flatMap(({ fact, person }) => fact.mentions.map((m) => ({ articleId: plan.articleId, personId: person.id, text: m.text, startOffset: m.start, endOffset: m.end })));
  return firstPerOffset(mentions);
}

/** The article's quotes whose speaker resolved, one per start offset. */
function quotesOf(plan: ArticlePlan) {
  if (!plan.article.outcome.ok) return [];
  const facts = plan.article.outcome.facts;
  const idByKey = new Map(plan.persons.map((p) => [p.fact.key, p.person.id!]));
  return firstPerOffset(facts.quotes.flatMap((q) => {
    const speakerId = idByKey.get(q.speaker);
    if (!speakerId) return [];
    return [{
      articleId: plan.articleId,
      speakerId,
      meetingId: q.meeting == null ? null : (plan.meetings[q.meeting]?.meeting.id ?? null),
      text: q.span.text,
      normalizedText: fold(q.span.text),
      direct: q.direct,
      language: facts.language,
      startOffset: q.span.start,
      endOffset: q.span.end,
    }];
  }));
}

function firstPerOffset<Row extends { startOffset: number }>(items: Row[]): Row[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.startOffset) && seen.add(item.startOffset));
}

async function insertFacts(tx: Tx, plans: ArticlePlan[], merger: MeetingMerger): Promise<void> {
  const ok = plans.filter((p) => p.article.outcome.ok);
  const factsOf = (plan: ArticlePlan) => (plan.article.outcome as { facts: ArticleFacts }).facts;

  const articleCountries = ok.flatMap((plan) => [...new Set(factsOf(plan).countries)].map((countryCode) => ({ articleId: plan.articleId, countryCode })));
  if (articleCountries.length) {
    await run(tx, `INSERT INTO "ArticleCountry" ("articleId", "countryCode") SELECT * FROM json_to_recordset($1::json) AS x("articleId" int, "countryCode" text) ON CONFLICT DO NOTHING`, json(articleCountries));
  }

  // Mentions and quotes are keyed by their place in the article: a re-extracted article keeps the
  // rows (and ids) of those still found there.
  const mentions = ok.flatMap(mentionsOf);
  if (mentions.length) {
    await run(
      tx,
      `INSERT INTO "Mention" ("articleId", "personId", "text", "startOffset", "endOffset")
       SELECT * FROM json_to_recordset($1::json) AS x("articleId" int, "personId" int, "text" text, "startOffset" int, "endOffset" int)
       ON CONFLICT ("articleId", "startOffset") DO UPDATE SET "personId" = excluded."personId", "text" = excluded."text", "endOffset" = excluded."endOffset"`,
      json(mentions),
    );
  }

  if (merger.created.length) {
    await run(
      tx,
      `INSERT INTO "Meeting" ("id", "location", "date", "mode", "participantKey")
       SELECT * FROM json_to_recordset($1::json) AS x("id" int, "location" text, "date" date, "mode" "MeetingMode", "participantKey" text)`,
      json(merger.created.map((m) => ({ id: m.id, location: m.location, date: m.date, mode: m.mode, participantKey: m.participantKey }))),
    );
    await run(
      tx,
      `INSERT INTO "MeetingParticipant" ("meetingId", "personId", "role") SELECT * FROM json_to_recordset($1::json) AS x("meetingId" int, "personId" int, "role" text)`,
      json(merger.created.flatMap((m) => m.participants.map((p) => ({ meetingId: m.id, personId: p.personId, role: p.role })))),
    );
  }
  const changed = [...new Set(ok.flatMap((plan) => plan.meetings.flatMap((m) => (m && m.meeting.changed ? [m.meeting] : []))))];
  if (changed.length) {
    await run(
      tx,
      `UPDATE "Meeting" m SET "location" = x."location", "date" = x."date" FROM json_to_recordset($1::json) AS x("id" int, "location" text, "date" date) WHERE m."id" = x."id"`,
      json(changed.map((m) => ({ id: m.id, location: m.location, date: m.date }))),
    );
  }
  const sources = ok.flatMap((plan) =>
    plan.meetings.flatMap((m, i) => {
      if (!m) return [];
      const fact = factsOf(plan).meetings[i];
      return [{ meetingId: m.meeting.id, articleId: plan.articleId, evidence: fact.evidence.text, startOffset: fact.evidence.start, endOffset: fact.evidence.end, location: fact.location, date: fact.date }];
    }),
  );
  if (sources.length) {
    await run(
      tx,
      `INSERT INTO "MeetingSource" ("meetingId", "articleId", "evidence", "startOffset", "endOffset", "location", "date")
       SELECT * FROM json_to_recordset($1::json) AS x("meetingId" int, "articleId" int, "evidence" text, "startOffset" int, "endOffset" int, "location" text, "date" date)`,
      json(sources),
    );
  }

  const quotes = ok.flatMap(quotesOf);
  if (quotes.length) {
    await run(
      tx,
      `INSERT INTO "Quote" ("articleId", "speakerId", "meetingId", "text", "normalizedText", "direct", "language", "startOffset", "endOffset")
       SELECT * FROM json_to_recordset($1::json)
         AS x("articleId" int, "speakerId" int, "meetingId" int, "text" text, "normalizedText" text, "direct" boolean, "language" "Language", "startOffset" int, "endOffset" int)
       ON CONFLICT ("articleId", "startOffset") DO UPDATE SET "speakerId" = excluded."speakerId", "meetingId" = excluded."meetingId", "text" = excluded."text",
         "normalizedText" = excluded."normalizedText", "direct" = excluded."direct", "language" = excluded."language", "endOffset" = excluded."endOffset"`,
      json(quotes),
    );
  }
}
