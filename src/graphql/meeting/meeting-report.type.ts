import { Field, ObjectType } from "type-graphql";
import { Evidence } from "../common/evidence.type.ts";

@ObjectType({ description: "An article that reports a meeting, with the words that say so." })
export class MeetingReport {
  articleId!: number;

  @Field(() => Evidence, { description: "The sentence or clause reporting the meeting." })
  evidence!: Evidence;
}
