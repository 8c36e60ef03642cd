import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { MAX_PAGE_SIZE } from "../common/connection.args.ts";
import { badUserInput } from "../common/errors.ts";
import { fromGlobalId } from "../common/global-id.ts";
import type { Context } from "../context.ts";
import { Node } from "./node.interface.ts";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id (null when unknown)." })
  async node(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id." }) id: string): Promise<Node | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], { nullable: "items", description: `Objects by global ids, in the same order (null for unknown ones); at most ${MAX_PAGE_SIZE}.` })
  async nodes(@Ctx() ctx: Context, @Arg("ids", () => [ID], { description: "Global ids." }) ids: string[]): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`At most ${MAX_PAGE_SIZE} ids at a time (got ${ids.length}).`, "ids");
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}

async function loadNode(ctx: Context, id: string): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  if (!parsed) return null;
  if (parsed.type === "Country") return ctx.loaders.countryByCode.load(parsed.key);
  const dbId = Number(parsed.key);
  if (!Number.isSafeInteger(dbId)) return null;
  const loader = { Person: ctx.loaders.personById, Meeting: ctx.loaders.meetingById, Quote: ctx.loaders.quoteById, Article: ctx.loaders.articleById }[parsed.type];
  return loader.load(dbId);
}
