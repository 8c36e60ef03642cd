import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "../common/connection.type.ts";
import { Person } from "./person.type.ts";

@ObjectType({
  simpleResolvers: true,
  description: "Someone a person met, with how often and where to find those meetings. Not a Node: a tie between two people has no id of its own (refetch it through `Person.metPeople`; `person` is a Node).",
})
export class MetPerson {
  @Field(() => Person, { description: "The person met." })
  person!: Person;

  @Field(() => Int, { description: "Number of meetings the two people both took part in." })
  meetingCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "A page of people someone met, most meetings first." })
export class MetPersonConnection extends Connection(MetPerson, "MetPerson") {}
