import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../common/connection.args.ts";
import type { Context } from "../context.ts";
import { connectionCost } from "../limits.ts";
import { MeetingConnection } from "../meeting/meeting.connection.ts";
import { MetPerson } from "./met-person.type.ts";

@Resolver(() => MetPerson)
export class MetPersonResolver {
  @FieldResolver(() => MeetingConnection, { description: "The meetings the two took part in, newest first.", complexity: connectionCost })
  meetings(@Root() met: MetPerson, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ConnectionArgs) _args: ConnectionArgs) {
    return ctx.reader.field(met, info);
  }
}
