import { DateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { Meeting as MeetingRow } from "../../generated/prisma/client.ts";
import { MeetingMode } from "../common/enums.ts";
import { toGlobalId } from "../common/global-id.ts";
import { Node } from "../node/node.interface.ts";

@ObjectType({ implements: Node, description: "A meeting (in person or by phone) between two or more people, merged across the articles that report it." })
export class Meeting extends Node {
  dbId!: number;

  @Field(() => String, { nullable: true, description: 'City where it took place, in English (e.g. "Moscow"); null when no article says.' })
  location!: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Day it took place; null when no article gives an absolute date." })
  date!: Date | null;

  @Field(() => MeetingMode, { description: "In person or by phone." })
  mode!: MeetingMode;

  static from(row: MeetingRow): Meeting {
    return Object.assign(new Meeting(), { id: toGlobalId("Meeting", row.id), dbId: row.id, location: row.location, date: row.date, mode: row.mode as MeetingMode });
  }
}
