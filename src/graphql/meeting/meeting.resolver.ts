import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Article } from "../article/article.type.ts";
import { idOf } from "../common/global-id.ts";
import { loadPage } from "../common/load-page.ts";
import type { Context } from "../context.ts";
import { Person } from "../person/person.type.ts";
import { QuoteConnection } from "../quote/quote.connection.ts";
import { MeetingQuotesArgs } from "../quote/quote.args.ts";
import { quoteRefMatches, speakerIdOf } from "../quote/quote.filter.ts";
import { MeetingReport } from "./meeting-report.type.ts";
import { MeetingsArgs } from "./meeting.args.ts";
import { MeetingConnection } from "./meeting.connection.ts";
import { Meeting } from "./meeting.type.ts";

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: "A meeting by id (null when unknown)." })
  async meeting(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of the meeting." }) id: string): Promise<Meeting | null> {
    return ctx.loaders.meetingById.load(idOf("Meeting", id));
  }

  @Query(() => MeetingConnection, { description: "Meetings, by participants (all of them), dates, place and mode; newest first unless `orderBy` says otherwise." })
  async meetings(@Ctx() ctx: Context, @Args(() => MeetingsArgs) args: MeetingsArgs) {
    const participantIds = [
      ...(args.participants ?? []).map((id) => idOf("Person", id, "participants")),
      ...(await Promise.all((args.participantNames ?? []).map((name) => ctx.loaders.requirePersonIdByName.load(name)))),
    ];
    const ids = await ctx.lists.meetingIds({ ...args, participantIds }, args.orderBy);
    return loadPage(ids, args, ctx.loaders.meetingById);
  }

  @FieldResolver(() => [Person], { description: "Everyone who took part." })
  async participants(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Person[]> {
    const refs = await ctx.loaders.participantsByMeetingId.load(meeting.dbId);
    const people = await ctx.loaders.personById.loadMany(refs.map((r) => r.personId));
    return people.filter((p): p is Person => p instanceof Person);
  }

  @FieldResolver(() => [MeetingReport], { description: "The articles that report the meeting, with their evidence." })
  async reports(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<MeetingReport[]> {
    const sources = await ctx.loaders.sourcesByMeetingId.load(meeting.dbId);
    return sources.map((s) => Object.assign(new MeetingReport(), { articleId: s.articleId, evidence: { start: s.startOffset, end: s.endOffset, text: s.evidence } }));
  }

  @FieldResolver(() => QuoteConnection, { description: "What was said at the meeting, in article order; `speaker` narrows it to one person." })
  async quotes(@Root() meeting: Meeting, @Ctx() ctx: Context, @Args(() => MeetingQuotesArgs) args: MeetingQuotesArgs) {
    const speakerId = await speakerIdOf(args, ctx.loaders);
    const refs = await ctx.loaders.quoteRefsByMeetingId.load(meeting.dbId);
    const ids = refs.filter((ref) => quoteRefMatches(ref, { ...args, speakerId })).map((ref) => ref.id);
    return loadPage(ids, args, ctx.loaders.quoteById);
  }
}

@Resolver(() => MeetingReport)
export class MeetingReportResolver {
  @FieldResolver(() => Article, { description: "The reporting article." })
  async article(@Root() report: MeetingReport, @Ctx() ctx: Context): Promise<Article | null> {
    return ctx.loaders.articleById.load(report.articleId);
  }
}
