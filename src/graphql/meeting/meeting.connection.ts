import { ObjectType } from "type-graphql";
import { Connection } from "../common/connection.type.ts";
import { Meeting } from "./meeting.type.ts";

@ObjectType({ simpleResolvers: true, description: "A page of meetings, with cursors (Relay connection)." })
export class MeetingConnection extends Connection(Meeting, "Meeting") {}
