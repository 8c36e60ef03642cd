import { boundedListCost } from "../limits.ts";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.ts";
import { CountryContact } from "./country-contact.type.ts";
import { MAX_COUNTRIES } from "./country.sql.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A country, keyed by its ISO 3166-1 alpha-2 code." })
export class Country extends Node {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "RU".' })
  code!: string;

  @Field(() => String, { description: "Name in English." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Name in Persian." })
  nameFa!: string | null;

  @Field(() => String, { nullable: true, description: "Name in Arabic." })
  nameAr!: string | null;

  @Field(() => [CountryContact], { description: `Countries whose officials met this country's officials, most meetings first (at most ${MAX_COUNTRIES}: all there are).`, complexity: boundedListCost(MAX_COUNTRIES) })
  metCountries!: CountryContact[];
}
