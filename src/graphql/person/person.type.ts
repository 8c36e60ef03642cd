import { boundedListCost } from "../limits.ts";
import { Field, ObjectType } from "type-graphql";
import { Country } from "../country/country.type.ts";
import { Node } from "../node/node.interface.ts";
import { MAX_ALIASES } from "./person.sql.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A person the articles name: one row per real person, whatever the spelling or script." })
export class Person extends Node {
  @Field(() => String, { description: "Canonical name: English for people in Parley's gazetteer, otherwise as first written." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Office held when the person was first reported, e.g. "Minister of Foreign Affairs".' })
  role!: string | null;

  @Field(() => Country, { nullable: true, description: "Country the person represents." })
  country!: Country | null;

  @Field(() => [String], { description: `Every spelling of the name seen in articles or known to the gazetteer, in every script (the first ${MAX_ALIASES}).`, complexity: boundedListCost(MAX_ALIASES) })
  aliases!: string[];
}
