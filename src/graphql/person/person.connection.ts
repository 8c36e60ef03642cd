import { ObjectType } from "type-graphql";
import { Connection } from "../common/connection.type.ts";
import { Person } from "./person.type.ts";

@ObjectType({ simpleResolvers: true, description: "A page of people, with cursors (Relay connection)." })
export class PersonConnection extends Connection(Person, "Person") {}
