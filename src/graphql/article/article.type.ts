import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { boundedListCost } from "../limits.ts";
import { Field, ObjectType } from "type-graphql";
import { Language } from "../common/enums.ts";
import { Country } from "../country/country.type.ts";
import { MAX_COUNTRIES } from "../country/country.sql.ts";
import { Node } from "../node/node.interface.ts";
import { ArticleExtraction } from "./article-extraction.type.ts";
import { MAX_MENTIONS } from "./article.sql.ts";
import { Mention } from "./mention.type.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A news article as ingested, with the facts read from it." })
export class Article extends Node {
  @Field(() => String, { description: "Headline (or first line when there is none), as written." })
  title!: string;

  @Field(() => String, { description: "Full text as ingested; every Evidence offset points into it." })
  body!: string;

  @Field(() => Language, { description: "Language of the article." })
  language!: Language;

  @Field(() => String, { nullable: true, description: 'Outlet that published it, in English (e.g. "Fars News Agency").' })
  publisher!: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Day of publication, when the article or its ingester says." })
  publishedAt!: string | null;

  @Field(() => String, { description: "File name or URL it was ingested from." })
  sourceName!: string;

  @Field(() => String, { nullable: true, description: "URL of the original, when known." })
  url!: string | null;

  @Field(() => String, { description: "SHA-256 of the text: the same text is always the same article." })
  contentHash!: string;

  @Field(() => DateTimeResolver, { description: "When Parley ingested it." })
  ingestedAt!: string;

  @Field(() => [Mention], { description: `Every reference to a person, in text order, with offsets (the first ${MAX_MENTIONS}).`, complexity: boundedListCost(MAX_MENTIONS) })
  mentions!: Mention[];

  @Field(() => [Country], { description: `Countries the article names (by name, adjective or capital standing for its government), by code (at most ${MAX_COUNTRIES}: all there are).`, complexity: boundedListCost(MAX_COUNTRIES) })
  countries!: Country[];

  @Field(() => ArticleExtraction, { description: "Which extractor read it and how that went (an article whose extraction failed has no facts)." })
  extraction!: ArticleExtraction;
}
