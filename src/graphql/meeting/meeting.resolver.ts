import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.ts";
import { connectionCost } from "../limits.ts";
import { MeetingQuotesArgs } from "../quote/quote.args.ts";
import { QuoteConnection } from "../quote/quote.connection.ts";
import { MeetingsArgs } from "./meeting.args.ts";
import { MeetingConnection } from "./meeting.connection.ts";
import { Meeting } from "./meeting.type.ts";

/** Meetings. Every field is answered by the operation's one SQL statement (meeting.sql.ts says how). */
@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: "A meeting by id (null when unknown)." })
  meeting(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("id", () => ID, { description: "Global id of the meeting." }) _id: string) {
    return ctx.reader.root(info);
  }

  @Query(() => MeetingConnection, { description: "Meetings, by participants (all of them), dates, place and mode; newest first unless `orderBy` says otherwise.", complexity: connectionCost })
  meetings(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => MeetingsArgs) _args: MeetingsArgs) {
    return ctx.reader.root(info);
  }

  @FieldResolver(() => QuoteConnection, { description: "What was said at the meeting, in article order; `speaker` narrows it to one person.", complexity: connectionCost })
  quotes(@Root() meeting: Meeting, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => MeetingQuotesArgs) _args: MeetingQuotesArgs) {
    return ctx.reader.field(meeting, info);
  }
}
