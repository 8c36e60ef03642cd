import { Field, Int, ObjectType } from "type-graphql";
import { Country } from "./country.type.ts";

@ObjectType({ simpleResolvers: true, description: "Another country whose officials met a country's officials." })
export class CountryContact {
  @Field(() => Country, { description: "The other country." })
  country!: Country;

  @Field(() => Int, { description: "Number of meetings between people of the two countries." })
  meetingCount!: number;
}
