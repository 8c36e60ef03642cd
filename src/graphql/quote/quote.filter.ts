import { fold } from "../../extract/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { QuoteRef } from "../person/person.loader.ts";
import type { Language } from "../common/enums.ts";
import { idOf } from "../common/global-id.ts";
import type { Loaders } from "../loaders.ts";

/** A quote filter with references already resolved to database ids. */
export interface QuoteFilter {
  speakerId?: number;
  meetingId?: number;
  search?: string;
  language?: Language;
}

/** The filter as a Prisma `where`, for root lists. */
export function quoteWhere(filter: QuoteFilter): Prisma.QuoteWhereInput {
  const words = searchWords(filter.search);
  return {
    speakerId: filter.speakerId,
    meetingId: filter.meetingId,
    language: filter.language,
    AND: words.map((word) => ({ normalizedText: { contains: word } })),
  };
}

/** The same filter on already loaded quote refs, for nested lists. */
export function quoteRefMatches(ref: QuoteRef, filter: QuoteFilter): boolean {
  if (filter.speakerId != null && ref.speakerId !== filter.speakerId) return false;
  if (filter.meetingId != null && ref.meetingId !== filter.meetingId) return false;
  if (filter.language && ref.language !== filter.language) return false;
  return searchWords(filter.search).every((word) => ref.normalizedText.includes(word));
}

/** Folded search words: every one must occur in the quote. */
function searchWords(search: string | undefined): string[] {
  return search ? fold(search).split(" ").filter(Boolean) : [];
}

/** The speaker a `speaker` (id) or `speakerName` argument names; undefined when neither is given. */
export async function speakerIdOf(args: { speaker?: string; speakerName?: string }, loaders: Loaders): Promise<number | undefined> {
  if (args.speaker != null) return idOf("Person", args.speaker, "speaker");
  if (args.speakerName != null) return loaders.requirePersonIdByName.load(args.speakerName);
  return undefined;
}
