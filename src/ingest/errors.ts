/** A reason an article cannot be ingested that the caller can fix (bad text, bad date…). */
export class InvalidArticleError extends Error {
  override name = "InvalidArticleError";
}
