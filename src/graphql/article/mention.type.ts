import { Field, ObjectType } from "type-graphql";
import { Evidence } from "../common/evidence.type.ts";

@ObjectType({ description: "A place where an article refers to a person: by name, title or counterpart phrase." })
export class Mention {
  personId!: number;

  @Field(() => Evidence, { description: "The words used, and where." })
  evidence!: Evidence;
}
