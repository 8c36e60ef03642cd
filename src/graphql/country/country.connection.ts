import { ObjectType } from "type-graphql";
import { Connection } from "../common/connection.type.ts";
import { Country } from "./country.type.ts";

@ObjectType({ simpleResolvers: true, description: "A page of countries, with cursors (Relay connection)." })
export class CountryConnection extends Connection(Country, "Country") {}
