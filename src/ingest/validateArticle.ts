import type { ArticleHints, Language } from "../extract/index.ts";
import { canonicalText, contentHash } from "./contentHash.ts";
import { InvalidArticleError } from "./errors.ts";

/** Longest article accepted, in characters: far above any news article, far below harm. */
export const MAX_ARTICLE_LENGTH = 200_000;
/** Longest source name, URL and publisher accepted, in characters. */
export const MAX_SOURCE_NAME_LENGTH = 512;
export const MAX_URL_LENGTH = 2048;
export const MAX_PUBLISHER_LENGTH = 200;
/** Earliest publication day accepted; the latest is tomorrow (UTC), for time zones ahead of it. */
export const EARLIEST_PUBLISHED_AT = "1900-01-01";

/** An article to ingest, with what the caller already knows about it. */
export interface ArticleInput {
  text: string;
  /** File name or URL the text came from (shown as the article's source). */
  sourceName: string;
  url?: string | null;
  hints?: ArticleHints;
}

/** An article that passed every rule: its canonical text, identity and hints. */
export interface ValidArticle {
  text: string;
  contentHash: string;
  sourceName: string;
  url: string | null;
  /** Only the hints the caller gave. */
  hints: ArticleHints;
}

const LANGUAGES: readonly Language[] = ["fa", "ar", "en"];

/**
 * Checks an article against the rules every entry point shares (API, CLI, .jsonl files) and
 * returns it ready to store. Throws InvalidArticleError naming the field and the rule; the
 * text itself is never quoted back. `today` is for tests.
 */
export function validateArticle(input: ArticleInput, today: Date = new Date()): ValidArticle {
  const text = validText(input.text);
  const url = optionalString(input.url, "url", MAX_URL_LENGTH);
  const sourceName = optionalString(input.sourceName, "sourceName", MAX_SOURCE_NAME_LENGTH) ?? "unnamed";
  return { text, contentHash: contentHash(text), sourceName, url, hints: validHints(input.hints ?? {}, today) };
}

function validText(raw: unknown): string {
  if (typeof raw !== "string") throw new InvalidArticleError("text", "Article text must be a string.");
  if (raw.length > MAX_ARTICLE_LENGTH * 2) throw tooLong(raw.length); // before copying a huge input around
  const text = canonicalText(raw).replace(/^\s+/, "");
  if (!text) throw new InvalidArticleError("text", "Article text is empty.");
  if (text.length > MAX_ARTICLE_LENGTH) throw tooLong(text.length);
  if (text.includes("\u0000")) throw new InvalidArticleError("text", "Article text contains NUL characters; is it a binary file?");
  return text;
}

function tooLong(length: number): InvalidArticleError {
  return new InvalidArticleError("text", `Article text is ${length} characters; the limit is ${MAX_ARTICLE_LENGTH}.`);
}

function optionalString(value: unknown, field: "sourceName" | "url" | "publisher", max: number): string | null {
  if (value == null) return null;
  if (typeof value !== "string") throw new InvalidArticleError(field, `${field} must be a string.`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw new InvalidArticleError(field, `${field} is ${trimmed.length} characters; the limit is ${max}.`);
  return trimmed || null;
}

function validHints(hints: ArticleHints, today: Date): ArticleHints {
  const valid: ArticleHints = {};
  if (hints.language != null) {
    if (!LANGUAGES.includes(hints.language)) throw new InvalidArticleError("language", `Unknown language "${short(hints.language)}"; use one of ${LANGUAGES.join(", ")}.`);
    valid.language = hints.language;
  }
  const publisher = optionalString(hints.publisher, "publisher", MAX_PUBLISHER_LENGTH);
  if (publisher) valid.publisher = publisher;
  if (hints.publishedAt != null) valid.publishedAt = validPublishedAt(hints.publishedAt, today);
  return valid;
}

function validPublishedAt(value: unknown, today: Date): string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArticleError("publishedAt", `publishedAt must be a date like 2016-03-24 (got "${short(value)}").`);
  if (!isRealDate(value)) throw new InvalidArticleError("publishedAt", `publishedAt "${value}" is not a real date.`);
  const latest = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1)).toISOString().slice(0, 10);
  if (value < EARLIEST_PUBLISHED_AT || value > latest) {
    throw new InvalidArticleError("publishedAt", `publishedAt must lie between ${EARLIEST_PUBLISHED_AT} and tomorrow, ${latest} (got ${value}).`);
  }
  return value;
}

/** "2016-02-30" parses in JavaScript (as March 1st); a real date survives the round trip. */
function isRealDate(isoDate: string): boolean {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === isoDate;
}

/** A caller's value, cut short for a message. */
function short(value: unknown): string {
  const text = String(value);
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
