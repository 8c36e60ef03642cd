import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { ingestArticle, InvalidArticleError } from "../../ingest/index.ts";
import { ConnectionArgs } from "../common/connection.args.ts";
import { badUserInput } from "../common/errors.ts";
import { idOf } from "../common/global-id.ts";
import { loadPage } from "../common/load-page.ts";
import type { Context } from "../context.ts";
import { Country } from "../country/country.type.ts";
import { MeetingConnection } from "../meeting/meeting.connection.ts";
import { Meeting } from "../meeting/meeting.type.ts";
import { PersonConnection } from "../person/person.connection.ts";
import { Person } from "../person/person.type.ts";
import { MeetingQuotesArgs } from "../quote/quote.args.ts";
import { QuoteConnection } from "../quote/quote.connection.ts";
import { quoteRefMatches, speakerIdOf } from "../quote/quote.filter.ts";
import { ArticlesArgs } from "./article.args.ts";
import { ArticleConnection } from "./article.connection.ts";
import { Article } from "./article.type.ts";
import { IngestArticleInput } from "./ingest-article.input.ts";
import { IngestArticlePayload, IngestedMeeting, IngestedPerson } from "./ingest-article.payload.ts";
import { Mention } from "./mention.type.ts";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "An article by id (null when unknown)." })
  async article(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of the article." }) id: string): Promise<Article | null> {
    return ctx.loaders.articleById.load(idOf("Article", id));
  }

  @Query(() => ArticleConnection, { description: "Articles, by language, publisher and publication date." })
  async articles(@Ctx() ctx: Context, @Args(() => ArticlesArgs) args: ArticlesArgs) {
    const ids = await ctx.lists.articleIds(args, args.orderBy);
    return loadPage(ids, args, ctx.loaders.articleById);
  }

  @Mutation(() => IngestArticlePayload, {
    description: "Runs the extraction pipeline on an article and stores its facts, merged into the people and meetings already known. Idempotent: the same text returns the same article. Needs a bearer token when the server has one.",
  })
  async ingestArticle(@Ctx() ctx: Context, @Arg("input", () => IngestArticleInput, { description: "The article's text and what is known about it." }) input: IngestArticleInput): Promise<IngestArticlePayload> {
    if (ctx.writeDenied) throw ctx.writeDenied;
    const result = await ingestArticle(ctx.db, {
      text: input.text,
      sourceName: input.sourceName ?? input.url ?? "api",
      url: input.url,
      hints: { language: input.language, publisher: input.publisher, publishedAt: input.publishedAt?.toISOString().slice(0, 10) },
    }).catch((error: unknown) => {
      throw error instanceof InvalidArticleError ? badUserInput(error.message, "input") : error;
    });
    const [article, people, meetings] = await Promise.all([
      ctx.loaders.articleById.load(result.articleId),
      ctx.loaders.personById.loadMany(result.persons.map((p) => p.id)),
      ctx.loaders.meetingById.loadMany(result.meetings.map((m) => m.id)),
    ]);
    return {
      clientMutationId: input.clientMutationId ?? null,
      article: article!,
      created: result.status === "created",
      people: result.persons.map((p, i) => Object.assign(new IngestedPerson(), { person: people[i] as Person, created: p.created })),
      meetings: result.meetings.map((m, i) => Object.assign(new IngestedMeeting(), { meeting: meetings[i] as Meeting, merged: m.merged })),
      quoteCount: result.quoteCount,
    };
  }

  @FieldResolver(() => PersonConnection, { description: "People the article refers to, in order of first mention." })
  async persons(@Root() article: Article, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    const mentions = await ctx.loaders.mentionsByArticleId.load(article.dbId);
    return loadPage([...new Set(mentions.map((m) => m.personId))], args, ctx.loaders.personById);
  }

  @FieldResolver(() => [Mention], { description: "Every reference to a person, in text order, with offsets." })
  async mentions(@Root() article: Article, @Ctx() ctx: Context): Promise<Mention[]> {
    const mentions = await ctx.loaders.mentionsByArticleId.load(article.dbId);
    return mentions.map((m) => Object.assign(new Mention(), { personId: m.personId, evidence: { start: m.startOffset, end: m.endOffset, text: m.text } }));
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings the article reports." })
  async meetings(@Root() article: Article, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    const refs = await ctx.loaders.meetingRefsByArticleId.load(article.dbId);
    return loadPage(refs.map((r) => r.id), args, ctx.loaders.meetingById);
  }

  @FieldResolver(() => QuoteConnection, { description: "Quotes in the article, in text order." })
  async quotes(@Root() article: Article, @Ctx() ctx: Context, @Args(() => MeetingQuotesArgs) args: MeetingQuotesArgs) {
    const speakerId = await speakerIdOf(args, ctx.loaders);
    const refs = await ctx.loaders.quoteRefsByArticleId.load(article.dbId);
    return loadPage(refs.filter((r) => quoteRefMatches(r, { ...args, speakerId })).map((r) => r.id), args, ctx.loaders.quoteById);
  }

  @FieldResolver(() => [Country], { description: "Countries the article names (by name, adjective or capital standing for its government)." })
  async countries(@Root() article: Article, @Ctx() ctx: Context): Promise<Country[]> {
    const codes = await ctx.loaders.countryCodesByArticleId.load(article.dbId);
    return (await ctx.loaders.countryByCode.loadMany(codes)).filter((c): c is Country => c instanceof Country);
  }
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Person, { description: "The person referred to." })
  async person(@Root() mention: Mention, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.personById.load(mention.personId);
  }
}
