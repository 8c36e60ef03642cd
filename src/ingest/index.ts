export { ingestArticle, type IngestOptions, type IngestResult } from "./ingestArticle.ts";
export { ingestMany, type ArticleOutcome, type IngestManyOptions } from "./ingestMany.ts";
export { ingestFiles, type FileOutcome } from "./ingestFiles.ts";
export { collectArticleFiles, readArticles, type ArticleSource, type IncomingArticle } from "./readArticles.ts";
export { reextractArticles, type ReextractOptions, type ReextractOutcome, type ReextractSelection } from "./reextract.ts";
export { listArticlesByExtraction, type ExtractionListing } from "./extractionStatus.ts";
export {
  validateArticle,
  EARLIEST_PUBLISHED_AT,
  MAX_ARTICLE_LENGTH,
  MAX_PUBLISHER_LENGTH,
  MAX_SOURCE_NAME_LENGTH,
  MAX_URL_LENGTH,
  type ArticleInput,
  type ValidArticle,
} from "./validateArticle.ts";
export { InvalidArticleError, type ArticleField } from "./errors.ts";
export { contentHash } from "./contentHash.ts";
export { defaultExtractor, extractorVersion, type Extractor } from "./extractor.ts";
