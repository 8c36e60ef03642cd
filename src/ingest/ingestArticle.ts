import { extractArticle, fold as foldText, type ArticleFacts, type ArticleHints, type Language } from "../extract/index.ts";
import type { Database } from "../db/client.ts";
import { canonicalText, contentHash } from "./contentHash.ts";
import { ensureCountries } from "./countries.ts";
import { InvalidArticleError } from "./errors.ts";
import { mergeMeeting, type MergedMeeting } from "./mergeMeeting.ts";
import { resolvePerson, type ResolvedPerson } from "./resolvePerson.ts";
import type { Tx } from "./tx.ts";

/** Longest article accepted, in characters: far above any news article, far below harm. */
export const MAX_ARTICLE_LENGTH = 200_000;

/** An article to ingest, with what the caller already knows about it. */
export interface ArticleInput {
  text: string;
  /** File name or URL the text came from (shown as the article's source). */
  sourceName: string;
  url?: string | null;
  hints?: ArticleHints;
}

/** What ingesting one article did. */
export interface IngestResult {
  /** "unchanged" when the same text was ingested before (nothing was written). */
  status: "created" | "unchanged";
  articleId: number;
  persons: ResolvedPerson[];
  meetings: MergedMeeting[];
  quoteCount: number;
}

/**
 * Runs the whole pipeline for one article: extract (outside any transaction), then store the
 * article and every fact in ONE transaction, so an article is stored with all its facts or not
 * at all. Idempotent: the same text again returns the stored article with status "unchanged".
 */
export async function ingestArticle(db: Database, input: ArticleInput): Promise<IngestResult> {
  const text = validText(input.text);
  const hash = contentHash(text);
  const known = await db.prisma.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
  if (known) return unchanged(known.id);

  const facts = extractArticle(text, validHints(input.hints));
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.prisma.$transaction((tx) => store(tx, { ...input, text }, hash, facts), { timeout: 60_000, maxWait: 30_000 });
    } catch (error) {
      // A concurrent ingest of the same text won the race on the unique hash: same outcome as "seen before".
      const raced = await db.prisma.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (raced) return unchanged(raced.id);
      // A concurrent ingest created a person this one was creating too: run again, it now exists.
      if (isUniqueViolation(error) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
  }
}

/** Transactions retried after losing a race on a unique key (two articles introducing the same person). */
const MAX_ATTEMPTS = 3;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

function unchanged(articleId: number): IngestResult {
  return { status: "unchanged", articleId, persons: [], meetings: [], quoteCount: 0 };
}

async function store(tx: Tx, input: ArticleInput, hash: string, facts: ArticleFacts): Promise<IngestResult> {
  const countryCodes = [...facts.countries, ...facts.persons.flatMap((p) => (p.country ? [p.country] : []))];
  await ensureCountries(tx, countryCodes);
  const article = await tx.article.create({
    data: {
      contentHash: hash,
      sourceName: input.sourceName,
      url: input.url ?? null,
      title: facts.title,
      body: input.text,
      language: facts.language,
      publisher: facts.publisher,
      publishedAt: facts.publishedAt ? new Date(`${facts.publishedAt}T00:00:00Z`) : null,
      countries: { create: [...new Set(facts.countries)].map((countryCode) => ({ countryCode })) },
    },
  });

  const persons: ResolvedPerson[] = [];
  const personIdByKey = new Map<string, number>();
  for (const fact of facts.persons) {
    const person = await resolvePerson(tx, fact);
    persons.push(person);
    personIdByKey.set(fact.key, person.id);
    await tx.mention.createMany({
      data: fact.mentions.map((m) => ({ articleId: article.id, personId: person.id, text: m.text, startOffset: m.start, endOffset: m.end })),
      skipDuplicates: true,
    });
  }

  const roleByKey = new Map(facts.persons.map((p) => [p.key, p.role]));
  const meetings: (MergedMeeting | null)[] = [];
  for (const fact of facts.meetings) {
    const participants = fact.participants.flatMap((key) => {
      const personId = personIdByKey.get(key);
      return personId ? [{ personId, role: roleByKey.get(key) ?? null }] : [];
    });
    meetings.push(participants.length >= 2 ? await mergeMeeting(tx, fact, participants, article.id) : null);
  }

  const quotes = facts.quotes.flatMap((q) => {
    const speakerId = personIdByKey.get(q.speaker);
    if (!speakerId) return [];
    return [{
      articleId: article.id,
      speakerId,
      meetingId: q.meeting == null ? null : (meetings[q.meeting]?.id ?? null),
      text: q.span.text,
      normalizedText: foldText(q.span.text),
      direct: q.direct,
      language: facts.language,
      startOffset: q.span.start,
      endOffset: q.span.end,
    }];
  });
  await tx.quote.createMany({ data: quotes, skipDuplicates: true });

  return {
    status: "created",
    articleId: article.id,
    persons,
    meetings: meetings.filter((m): m is MergedMeeting => m !== null),
    quoteCount: quotes.length,
  };
}

function validText(raw: unknown): string {
  if (typeof raw !== "string") throw new InvalidArticleError("Article text must be a string.");
  const text = canonicalText(raw).replace(/^\s+/, "");
  if (!text) throw new InvalidArticleError("Article text is empty.");
  if (text.length > MAX_ARTICLE_LENGTH) throw new InvalidArticleError(`Article text is ${text.length} characters; the limit is ${MAX_ARTICLE_LENGTH}.`);
  if (text.includes("\u0000")) throw new InvalidArticleError("Article text contains NUL characters; is it a binary file?");
  return text;
}

const LANGUAGES: readonly Language[] = ["fa", "ar", "en"];

function validHints(hints: ArticleHints = {}): ArticleHints {
  if (hints.language && !LANGUAGES.includes(hints.language)) throw new InvalidArticleError(`Unknown language "${hints.language}"; use one of ${LANGUAGES.join(", ")}.`);
  if (hints.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(hints.publishedAt)) throw new InvalidArticleError(`publishedAt must be a date like 2016-03-24 (got "${hints.publishedAt}").`);
  if (hints.publishedAt && !isRealDate(hints.publishedAt)) throw new InvalidArticleError(`publishedAt "${hints.publishedAt}" is not a real date.`);
  return hints;
}

/** "2016-02-30" parses in JavaScript (as March 1st); a real date survives the round trip. */
function isRealDate(isoDate: string): boolean {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === isoDate;
}
