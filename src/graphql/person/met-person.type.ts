import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "../common/connection.type.ts";

@ObjectType({ description: "Someone a person met, with how often and where to find those meetings." })
export class MetPerson {
  /** Database ids (resolved by MetPersonResolver). */
  personId!: number;
  meetingIds!: number[];

  @Field(() => Int, { description: "Number of meetings the two people both took part in." })
  meetingCount!: number;
}

@ObjectType({ description: "A page of people someone met, most meetings first." })
export class MetPersonConnection extends Connection(MetPerson, "MetPerson") {}
