import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../common/connection.args.ts";
import { loadPage } from "../common/load-page.ts";
import type { Context } from "../context.ts";
import { MeetingConnection } from "../meeting/meeting.connection.ts";
import { MetPerson } from "./met-person.type.ts";
import { Person } from "./person.type.ts";

@Resolver(() => MetPerson)
export class MetPersonResolver {
  @FieldResolver(() => Person, { description: "The person met." })
  async person(@Root() met: MetPerson, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.personById.load(met.personId);
  }

  @FieldResolver(() => MeetingConnection, { description: "The meetings the two took part in, newest first." })
  async meetings(@Root() met: MetPerson, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return loadPage(met.meetingIds, args, ctx.loaders.meetingById);
  }
}
