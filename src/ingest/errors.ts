/** The part of an article a refusal is about. */
export type ArticleField = "text" | "language" | "publisher" | "publishedAt" | "sourceName" | "url";

/**
 * A reason an article cannot be ingested that the caller can fix (bad text, bad date…). The
 * message names the field and the rule, and never repeats the article's text.
 */
export class InvalidArticleError extends Error {
  override name = "InvalidArticleError";

  constructor(
    /** The field that broke a rule. */
    readonly field: ArticleField,
    message: string,
  ) {
    super(message);
  }
}
