import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { ArticleConnection } from "../article/article.connection.ts";
import { ConnectionArgs } from "../common/connection.args.ts";
import type { Context } from "../context.ts";
import { connectionCost } from "../limits.ts";
import { MeetingConnection } from "../meeting/meeting.connection.ts";
import { PersonQuotesArgs } from "../quote/quote.args.ts";
import { QuoteConnection } from "../quote/quote.connection.ts";
import { MetPersonConnection } from "./met-person.type.ts";
import { PersonMeetingsArgs, PersonsArgs } from "./person.args.ts";
import { PersonConnection } from "./person.connection.ts";
import { Person } from "./person.type.ts";

/** People. Every field is answered by the operation's one SQL statement (person.sql.ts says how). */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by id, or by any spelling of their name in any script (null when unknown)." })
  person(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { nullable: true, description: "Global id of the person." }) _id?: string,
    @Arg("name", () => String, { nullable: true, description: "Any spelling of the name: لاوروف, لافروف and Lavrov all find Sergey Lavrov." }) _name?: string,
  ) {
    return ctx.reader.root(info);
  }

  @Query(() => PersonConnection, { description: "People, filtered by name (any script) or country.", complexity: connectionCost })
  persons(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => PersonsArgs) _args: PersonsArgs) {
    return ctx.reader.root(info);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings the person took part in; newest first (undated last) unless `orderBy` says otherwise.", complexity: connectionCost })
  meetings(@Root() person: Person, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => PersonMeetingsArgs) _args: PersonMeetingsArgs) {
    return ctx.reader.field(person, info);
  }

  @FieldResolver(() => QuoteConnection, { description: "What the person said, in article order; `meeting` narrows it to one meeting.", complexity: connectionCost })
  quotes(@Root() person: Person, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => PersonQuotesArgs) _args: PersonQuotesArgs) {
    return ctx.reader.field(person, info);
  }

  @FieldResolver(() => MetPersonConnection, { description: "The people this person met, with how many meetings and which; most meetings first.", complexity: connectionCost })
  metPeople(@Root() person: Person, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ConnectionArgs) _args: ConnectionArgs) {
    return ctx.reader.field(person, info);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention the person, newest ingest first.", complexity: connectionCost })
  articles(@Root() person: Person, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ConnectionArgs) _args: ConnectionArgs) {
    return ctx.reader.field(person, info);
  }
}
