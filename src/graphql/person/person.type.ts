import { Field, ObjectType } from "type-graphql";
import type { Person as PersonRow } from "../../generated/prisma/client.ts";
import { toGlobalId } from "../common/global-id.ts";
import { Node } from "../node/node.interface.ts";

@ObjectType({ implements: Node, description: "A person the articles name: one row per real person, whatever the spelling or script." })
export class Person extends Node {
  /** Database id (not exposed). */
  dbId!: number;
  /** ISO code of the person's country (resolved to `country`). */
  countryCode!: string | null;

  @Field(() => String, { description: "Canonical name: English for people in Parley's gazetteer, otherwise as first written." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Office held when the person was first reported, e.g. "Minister of Foreign Affairs".' })
  role!: string | null;

  static from(row: PersonRow): Person {
    return Object.assign(new Person(), { id: toGlobalId("Person", row.id), dbId: row.id, name: row.name, role: row.role, countryCode: row.countryCode });
  }
}
