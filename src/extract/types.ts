/**
 * The facts the extractor finds in one article. Plain data: no database ids, no I/O.
 * Every offset is a UTF-16 index into the original, un-normalised article text
 * (`text.slice(start, end)` gives the evidence back).
 */

import type { QuoteRule } from "./quotes/find-quotes.ts";

export type { QuoteRule };
export type Language = "fa" | "ar" | "en";
export type MeetingMode = "in_person" | "phone";

/** A stretch of the original text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How a mention refers to its person: by name, by title ("وزیر خارجه روسیه"), or as someone's counterpart ("همتای آمریکایی خود"). */
export type MentionKind = "name" | "title" | "counterpart";

/** A reference to a person. `kind` tells names (which become aliases) from titles and counterpart phrases. */
export interface MentionSpan extends Span {
  kind?: MentionKind;
}

/** A person the article names, with every way it refers to them (titles and counterpart phrases included). */
export interface PersonFact {
  /** Stable identity across articles: the gazetteer id ("sergey-lavrov") or "name:<normalised name>" for people outside it. */
  key: string;
  /** Canonical English name when the gazetteer knows the person, otherwise the name as written. */
  name: string;
  /** Gazetteer id, or null for people outside the gazetteer. */
  gazetteerId: string | null;
  /** ISO 3166-1 alpha-2 code of the country the person represents, when known. */
  country: string | null;
  /** Office held at the article's date ("Minister of Foreign Affairs", "Secretary of State", "President"…). */
  role: string | null;
  /** Known spellings from the gazetteer (all scripts), for alias lookup; may be empty. */
  knownNames: string[];
  /** Each place the article refers to the person, in text order, surface form exactly as written. */
  mentions: MentionSpan[];
}

/** A meeting that happened (or is happening) according to the article. */
export interface MeetingFact {
  /** PersonFact keys, at least two. */
  participants: string[];
  /** City in English ("Moscow"), or null. */
  location: string | null;
  /** ISO date (YYYY-MM-DD) when the article gives or implies an absolute date, else null. */
  date: string | null;
  mode: MeetingMode;
  /** The clause or sentence that reports the meeting. */
  evidence: Span;
}

/** Something a person said, verbatim or reported. */
export interface QuoteFact {
  /** PersonFact key of the speaker. */
  speaker: string;
  /** The quoted or reported words, without quotation marks or the final full stop. */
  span: Span;
  direct: boolean;
  /** Index into ArticleFacts.meetings of the meeting the quote was said at, if any. */
  meeting: number | null;
  /** Which of the extractor's rules gave the quote its speaker (see quotes/resolve-speaker.ts): for measuring the rules, not stored. */
  speakerRule: QuoteRule;
}

export interface ArticleFacts {
  language: Language;
  /** Publisher's English name ("Fars News Agency"), from the text or the caller; null if unknown. */
  publisher: string | null;
  /** ISO date the article was published, from the text or the caller; null if unknown. */
  publishedAt: string | null;
  /** The headline (or first line), exactly as written. */
  title: string;
  persons: PersonFact[];
  /** ISO 3166-1 alpha-2 codes of the countries the article names, in order of first mention. */
  countries: string[];
  meetings: MeetingFact[];
  quotes: QuoteFact[];
}

/** What the caller may already know about an article (from a URL, a feed, a form). */
export interface ArticleHints {
  language?: Language;
  publisher?: string;
  /** ISO date. */
  publishedAt?: string;
}

/** The scorer's record for one article (see ../shared/eval/README.md). */
export interface EvalRecord {
  article: string;
  language: Language;
  publisher: string | null;
  publishedAt: string | null;
  title: string;
  persons: { name: string; country: string | null; role: string | null; mentions: string[] }[];
  countries: string[];
  meetings: { participants: string[]; location: string | null; date: string | null; mode: MeetingMode; evidence: string }[];
  quotes: { speaker: string; text: string; direct: boolean; speakerRule: QuoteRule }[];
}
