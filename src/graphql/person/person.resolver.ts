import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ArticleConnection } from "../article/article.connection.ts";
import { ConnectionArgs } from "../common/connection.args.ts";
import { badUserInput } from "../common/errors.ts";
import { idOf } from "../common/global-id.ts";
import { loadPage } from "../common/load-page.ts";
import type { Context } from "../context.ts";
import { Country } from "../country/country.type.ts";
import { MeetingConnection } from "../meeting/meeting.connection.ts";
import { meetingRefMatches, orderMeetingRefs } from "../meeting/meeting.filter.ts";
import { QuoteConnection } from "../quote/quote.connection.ts";
import { quoteRefMatches } from "../quote/quote.filter.ts";
import { PersonQuotesArgs } from "../quote/quote.args.ts";
import { MetPersonConnection, MetPerson } from "./met-person.type.ts";
import { PersonMeetingsArgs, PersonsArgs } from "./person.args.ts";
import { PersonConnection } from "./person.connection.ts";
import { Person } from "./person.type.ts";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by id, or by any spelling of their name in any script (null when unknown)." })
  async person(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { nullable: true, description: "Global id of the person." }) id?: string,
    @Arg("name", () => String, { nullable: true, description: "Any spelling of the name: لاوروف, لافروف and Lavrov all find Sergey Lavrov." }) name?: string,
  ): Promise<Person | null> {
    if ((id == null) === (name == null)) throw badUserInput('Give exactly one of "id" or "name".');
    const dbId = id != null ? idOf("Person", id) : await ctx.loaders.personIdByName.load(name!);
    return dbId == null ? null : ctx.loaders.personById.load(dbId);
  }

  @Query(() => PersonConnection, { description: "People, filtered by name (any script) or country." })
  async persons(@Ctx() ctx: Context, @Args(() => PersonsArgs) args: PersonsArgs) {
    const ids = await ctx.lists.personIds({ search: args.search, countryCode: args.country }, args.orderBy);
    return loadPage(ids, args, ctx.loaders.personById);
  }

  @FieldResolver(() => Country, { nullable: true, description: "Country the person represents." })
  async country(@Root() person: Person, @Ctx() ctx: Context): Promise<Country | null> {
    return person.countryCode ? ctx.loaders.countryByCode.load(person.countryCode) : null;
  }

  @FieldResolver(() => [String], { description: "Every spelling of the name seen in articles or known to the gazetteer, in every script." })
  async aliases(@Root() person: Person, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.loaders.aliasesByPersonId.load(person.dbId);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings the person took part in; newest first (undated last) unless `orderBy` says otherwise." })
  async meetings(@Root() person: Person, @Ctx() ctx: Context, @Args(() => PersonMeetingsArgs) args: PersonMeetingsArgs) {
    const others = [
      ...(args.with != null ? [idOf("Person", args.with, "with")] : []),
      ...(args.withName != null ? [await ctx.loaders.requirePersonIdByName.load(args.withName)] : []),
    ];
    const refs = await ctx.loaders.meetingRefsByPersonId.load(person.dbId);
    const matching = refs.filter((ref) => meetingRefMatches(ref, { ...args, participantIds: others }));
    return loadPage(orderMeetingRefs(matching, args.orderBy).map((ref) => ref.id), args, ctx.loaders.meetingById);
  }

  @FieldResolver(() => QuoteConnection, { description: "What the person said, in article order; `meeting` narrows it to one meeting." })
  async quotes(@Root() person: Person, @Ctx() ctx: Context, @Args(() => PersonQuotesArgs) args: PersonQuotesArgs) {
    const meetingId = args.meeting != null ? idOf("Meeting", args.meeting, "meeting") : undefined;
    const refs = await ctx.loaders.quoteRefsBySpeakerId.load(person.dbId);
    const ids = refs.filter((ref) => quoteRefMatches(ref, { ...args, meetingId })).map((ref) => ref.id);
    return loadPage(ids, args, ctx.loaders.quoteById);
  }

  @FieldResolver(() => MetPersonConnection, { description: "The people this person met, with how many meetings and which; most meetings first." })
  async metPeople(@Root() person: Person, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    const refs = await ctx.loaders.meetingRefsByPersonId.load(person.dbId);
    const byPerson = new Map<number, number[]>();
    for (const ref of refs) {
      for (const other of ref.participantIds) if (other !== person.dbId) byPerson.set(other, [...(byPerson.get(other) ?? []), ref.id]);
    }
    const met = new Map([...byPerson].map(([personId, meetingIds]) => [personId, Object.assign(new MetPerson(), { personId, meetingIds, meetingCount: meetingIds.length })]));
    const order = [...met.values()].sort((a, b) => b.meetingCount - a.meetingCount || a.personId - b.personId).map((m) => m.personId);
    return loadPage(order, args, { loadMany: async (keys) => keys.map((k) => met.get(k) ?? null) });
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the person, newest ingest first." })
  async articles(@Root() person: Person, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return loadPage(await ctx.loaders.articleIdsByPersonId.load(person.dbId), args, ctx.loaders.articleById);
  }
}
