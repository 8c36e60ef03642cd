import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.args.ts";
import { MeetingFilterArgs } from "../meeting/meeting.args.ts";
import { Order } from "../common/order.input.ts";

/** What a list of people can be ordered by. */
export enum PersonOrderField {
  NAME = "NAME",
  MEETING_COUNT = "MEETING_COUNT",
  QUOTE_COUNT = "QUOTE_COUNT",
}

registerEnumType(PersonOrderField, {
  name: "PersonOrderField",
  description: "Properties by which a list of people can be ordered.",
  valuesConfig: {
    NAME: { description: "By canonical name." },
    MEETING_COUNT: { description: "By the number of meetings the person took part in." },
    QUOTE_COUNT: { description: "By the number of quotes attributed to the person." },
  },
});

@InputType({ description: "Ordering of a list of people." })
export class PersonOrder extends Order(PersonOrderField) {}

@ArgsType()
export class PersonsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Part of any spelling of the name, in any script (لافروف, لاوروف and Lavrov all find Sergey Lavrov)." })
  search?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the person\'s country, e.g. "RU".' })
  country?: string;

  @Field(() => PersonOrder, { nullable: true, description: "Order of the list; by name ascending when not given." })
  orderBy?: PersonOrder;
}

@ArgsType()
export class PersonMeetingsArgs extends MeetingFilterArgs {
  @Field(() => ID, { nullable: true, description: "Only meetings this other person (by id) also took part in." })
  with?: string;

  @Field(() => String, { nullable: true, description: "Only meetings this other person (by any spelling of the name) also took part in. A name no person is known by gives a NOT_FOUND error." })
  withName?: string;
}
