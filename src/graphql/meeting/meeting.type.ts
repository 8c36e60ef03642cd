import { DateResolver } from "graphql-scalars";
import { boundedListCost } from "../limits.ts";
import { Field, ObjectType } from "type-graphql";
import { MeetingMode } from "../common/enums.ts";
import { Node } from "../node/node.interface.ts";
import { Person } from "../person/person.type.ts";
import { MeetingReport } from "./meeting-report.type.ts";
import { MAX_PARTICIPANTS, MAX_REPORTS } from "./meeting.sql.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A meeting (in person or by phone) between two or more people, merged across the articles that report it." })
export class Meeting extends Node {
  @Field(() => String, { nullable: true, description: 'City where it took place, in English (e.g. "Moscow"); null when no article says.' })
  location!: string | null;

  @Field(() => DateResolver, { nullable: true, description: "Day it took place; null when no article gives an absolute date." })
  date!: string | null;

  @Field(() => MeetingMode, { description: "In person or by phone." })
  mode!: MeetingMode;

  @Field(() => [Person], { description: `Everyone who took part (at most ${MAX_PARTICIPANTS}).`, complexity: boundedListCost(MAX_PARTICIPANTS) })
  participants!: Person[];

  @Field(() => [MeetingReport], { description: `The articles that report the meeting, with their evidence (the first ${MAX_REPORTS} ingested).`, complexity: boundedListCost(MAX_REPORTS) })
  reports!: MeetingReport[];
}
