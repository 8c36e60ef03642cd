import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { MAX_PAGE_SIZE } from "../common/connection.args.ts";
import type { Context } from "../context.ts";
import { idListCost } from "../limits.ts";
import { Node } from "./node.interface.ts";

/** Any object by its global id. Answered by the operation's one SQL statement (node.sql.ts says how). */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id (null when unknown)." })
  node(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("id", () => ID, { description: "Global id." }) _id: string) {
    return ctx.reader.root(info);
  }

  @Query(() => [Node], { nullable: "items", description: `Objects by global ids, in the same order (null for unknown ones); at most ${MAX_PAGE_SIZE}.`, complexity: idListCost })
  nodes(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("ids", () => [ID], { description: "Global ids." }) _ids: string[]) {
    return ctx.reader.root(info);
  }
}
