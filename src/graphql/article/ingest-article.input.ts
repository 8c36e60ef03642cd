import { MaxLength } from "class-validator";
import { DateResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { EARLIEST_PUBLISHED_AT, MAX_ARTICLE_LENGTH, MAX_PUBLISHER_LENGTH, MAX_SOURCE_NAME_LENGTH, MAX_URL_LENGTH } from "../../ingest/index.ts";
import { Language } from "../common/enums.ts";

/**
 * The rules (lengths, dates) are the ingest layer's (src/ingest/validateArticle.ts), shared with
 * the command line: a refusal names the field and the rule, and never repeats the text.
 */
@InputType({ description: "An article to ingest." })
export class IngestArticleInput {
  @Field(() => String, { description: `Full text of the article (at most ${MAX_ARTICLE_LENGTH} characters).` })
  text!: string;

  @Field(() => String, { nullable: true, description: `URL of the original (at most ${MAX_URL_LENGTH} characters).` })
  url?: string;

  @Field(() => String, { nullable: true, description: `Name shown as the article's source (at most ${MAX_SOURCE_NAME_LENGTH} characters); defaults to the URL or "api".` })
  sourceName?: string;

  @Field(() => String, { nullable: true, description: `Publisher, when the text does not say (at most ${MAX_PUBLISHER_LENGTH} characters).` })
  publisher?: string;

  @Field(() => DateResolver, { nullable: true, description: `Day of publication, when the text does not say (from ${EARLIEST_PUBLISHED_AT} to tomorrow); also anchors relative dates (today, yesterday).` })
  publishedAt?: Date;

  @Field(() => Language, { nullable: true, description: "Language, when it should not be detected." })
  language?: Language;

  @Field(() => String, { nullable: true, description: "Echoed back in the payload, for clients that track their mutations." })
  @MaxLength(200)
  clientMutationId?: string;
}
