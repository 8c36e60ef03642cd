import { DateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../common/connection.args.ts";
import { MeetingMode } from "../common/enums.ts";
import { Order } from "../common/order.input.ts";

/** What a list of meetings can be ordered by. */
export enum MeetingOrderField {
  DATE = "DATE",
}

registerEnumType(MeetingOrderField, {
  name: "MeetingOrderField",
  description: "Properties by which a list of meetings can be ordered.",
  valuesConfig: { DATE: { description: "By the day of the meeting (undated meetings last in either direction)." } },
});

@InputType({ description: "Ordering of a list of meetings." })
export class MeetingOrder extends Order(MeetingOrderField) {}

/** Filters every list of meetings accepts. Semantics live in meeting.filter.ts. */
@ArgsType()
export class MeetingFilterArgs extends ConnectionArgs {
  @Field(() => DateResolver, { nullable: true, description: "Only meetings on or after this day (undated meetings are left out)." })
  from?: Date;

  @Field(() => DateResolver, { nullable: true, description: "Only meetings on or before this day (undated meetings are left out)." })
  to?: Date;

  @Field(() => MeetingMode, { nullable: true, description: "Only meetings held this way." })
  mode?: MeetingMode;

  @Field(() => String, { nullable: true, description: 'Only meetings in this city (English name, e.g. "Moscow"; case-insensitive).' })
  location?: string;

  @Field(() => MeetingOrder, { nullable: true, description: "Order of the list; newest first (undated last) when not given." })
  orderBy?: MeetingOrder;
}

@ArgsType()
export class MeetingsArgs extends MeetingFilterArgs {
  @Field(() => [ID], { nullable: true, description: "Only meetings that ALL of these people (by id) took part in; two ids give the meetings between two people." })
  participants?: string[];

  @Field(() => [String], { nullable: true, description: "Only meetings that ALL of these people (by any spelling of their names) took part in. A name no person is known by gives a NOT_FOUND error." })
  participantNames?: string[];
}
