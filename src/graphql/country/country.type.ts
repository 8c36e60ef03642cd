import { Field, ObjectType } from "type-graphql";
import type { Country as CountryRow } from "../../generated/prisma/client.ts";
import { toGlobalId } from "../common/global-id.ts";
import { Node } from "../node/node.interface.ts";

@ObjectType({ implements: Node, description: "A country, keyed by its ISO 3166-1 alpha-2 code." })
export class Country extends Node {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "RU".' })
  code!: string;

  @Field(() => String, { description: "Name in English." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Name in Persian." })
  nameFa!: string | null;

  @Field(() => String, { nullable: true, description: "Name in Arabic." })
  nameAr!: string | null;

  static from(row: CountryRow): Country {
    return Object.assign(new Country(), { id: toGlobalId("Country", row.code), code: row.code, name: row.nameEn, nameFa: row.nameFa, nameAr: row.nameAr });
  }
}
