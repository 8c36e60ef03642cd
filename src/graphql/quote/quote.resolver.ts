import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { connectionCost } from "../limits.ts";
import { QuotesArgs } from "./quote.args.ts";
import { QuoteConnection } from "./quote.connection.ts";
import { Quote } from "./quote.type.ts";

/** Quotes. Every field is answered by the operation's one SQL statement (quote.sql.ts says how). */
@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: "A quote by id (null when unknown)." })
  quote(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("id", () => ID, { description: "Global id of the quote." }) _id: string) {
    return ctx.reader.root(info);
  }

  @Query(() => QuoteConnection, { description: "Quotes: by speaker, meeting, words in the text (any script, normalised) and language.", complexity: connectionCost })
  quotes(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => QuotesArgs) _args: QuotesArgs) {
    return ctx.reader.root(info);
  }
}
