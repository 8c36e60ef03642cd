import { DateResolver } from "graphql-scalars";
import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.args.ts";
import { Language } from "../common/enums.ts";
import { Order } from "../common/order.input.ts";
import { ExtractionStatus } from "./article-extraction.type.ts";

/** What a list of articles can be ordered by. */
export enum ArticleOrderField {
  PUBLISHED_AT = "PUBLISHED_AT",
  INGESTED_AT = "INGESTED_AT",
}

registerEnumType(ArticleOrderField, {
  name: "ArticleOrderField",
  description: "Properties by which a list of articles can be ordered.",
  valuesConfig: {
    PUBLISHED_AT: { description: "By publication day (undated articles last)." },
    INGESTED_AT: { description: "By the moment Parley ingested them." },
  },
});

@InputType({ description: "Ordering of a list of articles." })
export class ArticleOrder extends Order(ArticleOrderField) {}

@ArgsType()
export class ArticlesArgs extends ConnectionArgs {
  @Field(() => Language, { nullable: true, description: "Only articles in this language." })
  language?: Language;

  @Field(() => String, { nullable: true, description: 'Only articles by this publisher (English name, case-insensitive, e.g. "Fars News Agency").' })
  publisher?: string;

  @Field(() => DateResolver, { nullable: true, description: "Only articles published on or after this day." })
  from?: Date;

  @Field(() => DateResolver, { nullable: true, description: "Only articles published on or before this day." })
  to?: Date;

  @Field(() => ExtractionStatus, { nullable: true, description: "Only articles whose last extraction went this way (FAILED: those stored without facts)." })
  extraction?: ExtractionStatus;

  @Field(() => ArticleOrder, { nullable: true, description: "Order of the list; newest ingest first when not given." })
  orderBy?: ArticleOrder;
}
