import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Article } from "../article/article.type.ts";
import { idOf } from "../common/global-id.ts";
import { loadPage } from "../common/load-page.ts";
import type { Context } from "../context.ts";
import { Meeting } from "../meeting/meeting.type.ts";
import { Person } from "../person/person.type.ts";
import { QuotesArgs } from "./quote.args.ts";
import { QuoteConnection } from "./quote.connection.ts";
import { speakerIdOf } from "./quote.filter.ts";
import { Quote } from "./quote.type.ts";

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: "A quote by id (null when unknown)." })
  async quote(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of the quote." }) id: string): Promise<Quote | null> {
    return ctx.loaders.quoteById.load(idOf("Quote", id));
  }

  @Query(() => QuoteConnection, { description: "Quotes: by speaker, meeting, words in the text (any script, normalised) and language." })
  async quotes(@Ctx() ctx: Context, @Args(() => QuotesArgs) args: QuotesArgs) {
    const speakerId = await speakerIdOf(args, ctx.loaders);
    const meetingId = args.meeting != null ? idOf("Meeting", args.meeting, "meeting") : undefined;
    const ids = await ctx.lists.quoteIds({ ...args, speakerId, meetingId }, args.orderBy);
    return loadPage(ids, args, ctx.loaders.quoteById);
  }

  @FieldResolver(() => Person, { description: "Who said it." })
  async speaker(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.personById.load(quote.speakerId);
  }

  @FieldResolver(() => Article, { description: "The article that reports it." })
  async article(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Article | null> {
    return ctx.loaders.articleById.load(quote.articleId);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting it was said at, when the article ties it to one." })
  async meeting(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Meeting | null> {
    return quote.meetingId == null ? null : ctx.loaders.meetingById.load(quote.meetingId);
  }
}
