import { DateResolver } from "graphql-scalars";
import { MaxLength, MinLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { MAX_ARTICLE_LENGTH } from "../../ingest/index.ts";
import { Language } from "../common/enums.ts";

@InputType({ description: "An article to ingest." })
export class IngestArticleInput {
  @Field(() => String, { description: `Full text of the article (at most ${MAX_ARTICLE_LENGTH} characters).` })
  @MinLength(1)
  @MaxLength(MAX_ARTICLE_LENGTH)
  text!: string;

  @Field(() => String, { nullable: true, description: "URL of the original." })
  @MaxLength(2048)
  url?: string;

  @Field(() => String, { nullable: true, description: "Name shown as the article's source; defaults to the URL or \"api\"." })
  @MaxLength(512)
  sourceName?: string;

  @Field(() => String, { nullable: true, description: "Publisher, when the text does not say." })
  @MaxLength(200)
  publisher?: string;

  @Field(() => DateResolver, { nullable: true, description: "Day of publication, when the text does not say; also anchors relative dates (today, yesterday)." })
  publishedAt?: Date;

  @Field(() => Language, { nullable: true, description: "Language, when it should not be detected." })
  language?: Language;

  @Field(() => String, { nullable: true, description: "Echoed back in the payload, for clients that track their mutations." })
  @MaxLength(200)
  clientMutationId?: string;
}
