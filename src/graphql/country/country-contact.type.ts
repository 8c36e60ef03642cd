import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Another country whose officials met a country's officials." })
export class CountryContact {
  countryCode!: string;
  meetingIds!: number[];

  @Field(() => Int, { description: "Number of meetings between people of the two countries." })
  meetingCount!: number;
}
