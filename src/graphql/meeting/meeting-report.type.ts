import { Field, ObjectType } from "type-graphql";
import { Article } from "../article/article.type.ts";
import { Evidence } from "../common/evidence.type.ts";

@ObjectType({ simpleResolvers: true, description: "An article that reports a meeting, with the words that say so." })
export class MeetingReport {
  @Field(() => Article, { description: "The reporting article." })
  article!: Article;

  @Field(() => Evidence, { description: "The sentence or clause reporting the meeting." })
  evidence!: Evidence;
}
