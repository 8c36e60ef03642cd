/**
 * Root lists: the ids a top-level list query pages through, filtered and ordered in the
 * database. With the loaders (loaders.ts) this is the whole read layer: resolvers never touch
 * Prisma themselves, so the way a selection becomes SQL can change in one place.
 */
import type { PrismaClient } from "../db/client.ts";
import { listArticleIds, type ArticleFilter } from "./article/article.queries.ts";
import type { ArticleOrder } from "./article/article.args.ts";
import { listCountryCodes } from "./country/country.queries.ts";
import type { MeetingOrder } from "./meeting/meeting.args.ts";
import type { MeetingFilter } from "./meeting/meeting.filter.ts";
import { listMeetingIds } from "./meeting/meeting.queries.ts";
import type { PersonOrder } from "./person/person.args.ts";
import { listPersonIds, type PersonFilter } from "./person/person.queries.ts";
import type { QuoteOrder } from "./quote/quote.args.ts";
import type { QuoteFilter } from "./quote/quote.filter.ts";
import { listQuoteIds } from "./quote/quote.queries.ts";

/** The root lists for one request. */
export function createLists(prisma: PrismaClient) {
  return {
    personIds: (filter: PersonFilter, order?: PersonOrder) => listPersonIds(prisma, filter, order),
    meetingIds: (filter: MeetingFilter, order?: MeetingOrder) => listMeetingIds(prisma, filter, order),
    quoteIds: (filter: QuoteFilter, order?: QuoteOrder) => listQuoteIds(prisma, filter, order),
    articleIds: (filter: ArticleFilter, order?: ArticleOrder) => listArticleIds(prisma, filter, order),
    countryCodes: () => listCountryCodes(prisma),
  };
}

export type Lists = ReturnType<typeof createLists>;
