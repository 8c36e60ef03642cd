import { Field, ObjectType } from "type-graphql";
import { Article } from "../article/article.type.ts";
import { Evidence } from "../common/evidence.type.ts";
import { Language } from "../common/enums.ts";
import { Meeting } from "../meeting/meeting.type.ts";
import { Node } from "../node/node.interface.ts";
import { Person } from "../person/person.type.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "Something a person said, verbatim or reported, in one article." })
export class Quote extends Node {
  @Field(() => String, { description: "The words, without quotation marks (a reported clause without its cue)." })
  text!: string;

  @Field(() => Boolean, { description: "True for a verbatim quotation, false for reported speech." })
  direct!: boolean;

  @Field(() => Language, { description: "Language of the text." })
  language!: Language;

  @Field(() => Evidence, { description: "Where the text stands in the article's body." })
  evidence!: Evidence;

  @Field(() => Person, { description: "Who said it." })
  speaker!: Person;

  @Field(() => Article, { description: "The article that reports it." })
  article!: Article;

  @Field(() => Meeting, { nullable: true, description: "The meeting it was said at, when the article ties it to one." })
  meeting!: Meeting | null;
}
