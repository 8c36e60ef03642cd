import { Field, ObjectType } from "type-graphql";
import { Evidence } from "../common/evidence.type.ts";
import { Person } from "../person/person.type.ts";

@ObjectType({ simpleResolvers: true, description: "A place where an article refers to a person: by name, title or counterpart phrase." })
export class Mention {
  @Field(() => Evidence, { description: "The words used, and where." })
  evidence!: Evidence;

  @Field(() => Person, { description: "The person referred to." })
  person!: Person;
}
