import { ObjectType } from "type-graphql";
import { Connection } from "../common/connection.type.ts";
import { Article } from "./article.type.ts";

@ObjectType({ simpleResolvers: true, description: "A page of articles, with cursors (Relay connection)." })
export class ArticleConnection extends Connection(Article, "Article") {}
