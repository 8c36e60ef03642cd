import { ObjectType } from "type-graphql";
import { Connection } from "../common/connection.type.ts";
import { Quote } from "./quote.type.ts";

@ObjectType({ simpleResolvers: true, description: "A page of quotes, with cursors (Relay connection)." })
export class QuoteConnection extends Connection(Quote, "Quote") {}
