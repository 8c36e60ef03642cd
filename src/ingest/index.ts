export { ingestArticle, MAX_ARTICLE_LENGTH, type ArticleInput, type IngestResult } from "./ingestArticle.ts";
export { InvalidArticleError } from "./errors.ts";
export { contentHash } from "./contentHash.ts";
export { collectArticleFiles, ingestFiles, type FileOutcome } from "./ingestFiles.ts";
