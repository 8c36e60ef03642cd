import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.args.ts";
import { Language } from "../common/enums.ts";
import { Order } from "../common/order.input.ts";

/** Filters every list of quotes accepts. Semantics live in quote.filter.ts. */
@ArgsType()
export class QuoteFilterArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Only quotes containing these words (letter variants, diacritics and ZWNJ ignored)." })
  search?: string;

  @Field(() => Language, { nullable: true, description: "Only quotes in this language." })
  language?: Language;
}

/** What a list of quotes can be ordered by. */
export enum QuoteOrderField {
  POSITION = "POSITION",
}

registerEnumType(QuoteOrderField, {
  name: "QuoteOrderField",
  description: "Properties by which a list of quotes can be ordered.",
  valuesConfig: { POSITION: { description: "By article (in ingest order), then by position in the article." } },
});

@InputType({ description: "Ordering of a list of quotes." })
export class QuoteOrder extends Order(QuoteOrderField) {}

@ArgsType()
export class MeetingQuotesArgs extends QuoteFilterArgs {
  @Field(() => ID, { nullable: true, description: "Only quotes by this person (id)." })
  speaker?: string;

  @Field(() => String, { nullable: true, description: "Only quotes by this person (any spelling of the name). A name no person is known by gives a NOT_FOUND error." })
  speakerName?: string;
}

@ArgsType()
export class PersonQuotesArgs extends QuoteFilterArgs {
  @Field(() => ID, { nullable: true, description: "Only what the person said at this meeting." })
  meeting?: string;
}

@ArgsType()
export class QuotesArgs extends MeetingQuotesArgs {
  @Field(() => ID, { nullable: true, description: "Only what was said at this meeting." })
  meeting?: string;

  @Field(() => QuoteOrder, { nullable: true, description: "Order of the list; by position ascending when not given." })
  orderBy?: QuoteOrder;
}
