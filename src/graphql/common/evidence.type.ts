import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Where in an article's body a fact was read: character offsets (UTF-16) and the text between them." })
export class Evidence {
  @Field(() => Int, { description: "Offset of the first character in Article.body." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the last character in Article.body." })
  end!: number;

  @Field(() => String, { description: "The text at those offsets." })
  text!: string;
}
