/**
 * Per-request DataLoaders: every read a field resolver makes goes through one of these, so a
 * nested query costs a number of database round trips that grows with its depth, not with the
 * number of rows. Built once per request by `createLoaders` (never shared across requests).
 */
import DataLoader from "dataloader";
import type { PrismaClient } from "../db/client.ts";
import { articlesById, countryCodesByArticleId, mentionsByArticleId } from "./article/article.loader.ts";
import { contactsByCountryCode, countriesByCode } from "./country/country.loader.ts";
import { meetingRefsByArticleId, meetingsById, participantsByMeetingId, sourcesByMeetingId } from "./meeting/meeting.loader.ts";
import {
  aliasesByPersonId,
  articleIdsByPersonId,
  meetingRefsByPersonId,
  personIdsByCountryCode,
  personsById,
  quoteRefsByArticleId,
  quoteRefsByMeetingId,
  quoteRefsBySpeakerId,
} from "./person/person.loader.ts";
import { findPersonIdByName } from "./person/person.queries.ts";
import { quotesById } from "./quote/quote.loader.ts";
import { notFound } from "./common/errors.ts";

/** Caps `IN (…)` lists so a huge page never becomes one giant statement. */
const maxBatchSize = 1000;

function loader<Key, Value>(prisma: PrismaClient, batch: (prisma: PrismaClient, keys: readonly Key[]) => Promise<Value[]>) {
  return new DataLoader<Key, Value>((keys) => batch(prisma, keys), { maxBatchSize });
}

/** Makes the loaders for one request. */
export function createLoaders(prisma: PrismaClient) {
  // Names come from arguments, not rows: one lookup per distinct name, cached for the request.
  const personIdByName = new DataLoader<string, number | null>((names) => Promise.all(names.map((name) => findPersonIdByName(prisma, name))));
  const requirePersonIdByName = new DataLoader<string, number>((names) =>
    Promise.all(names.map(async (name) => (await personIdByName.load(name)) ?? notFound(`No person is known by the name "${name.slice(0, 80)}".`))),
  );
  return {
    personIdByName,
    requirePersonIdByName,
    personById: loader(prisma, personsById),
    aliasesByPersonId: loader(prisma, aliasesByPersonId),
    meetingRefsByPersonId: loader(prisma, meetingRefsByPersonId),
    quoteRefsBySpeakerId: loader(prisma, quoteRefsBySpeakerId),
    articleIdsByPersonId: loader(prisma, articleIdsByPersonId),
    meetingById: loader(prisma, meetingsById),
    participantsByMeetingId: loader(prisma, participantsByMeetingId),
    sourcesByMeetingId: loader(prisma, sourcesByMeetingId),
    quoteRefsByMeetingId: loader(prisma, quoteRefsByMeetingId),
    quoteById: loader(prisma, quotesById),
    articleById: loader(prisma, articlesById),
    mentionsByArticleId: loader(prisma, mentionsByArticleId),
    countryCodesByArticleId: loader(prisma, countryCodesByArticleId),
    meetingRefsByArticleId: loader(prisma, meetingRefsByArticleId),
    quoteRefsByArticleId: loader(prisma, quoteRefsByArticleId),
    countryByCode: loader(prisma, countriesByCode),
    personIdsByCountryCode: loader(prisma, personIdsByCountryCode),
    contactsByCountryCode: loader(prisma, contactsByCountryCode),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
