import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { ingestArticle, InvalidArticleError, type IngestResult } from "../../ingest/index.ts";
import { ConnectionArgs } from "../common/connection.args.ts";
import { languageCode } from "../common/enums.ts";
import { badUserInput } from "../common/errors.ts";
import type { Context } from "../context.ts";
import { connectionCost } from "../limits.ts";
import { MeetingConnection } from "../meeting/meeting.connection.ts";
import { PersonConnection } from "../person/person.connection.ts";
import { MeetingQuotesArgs } from "../quote/quote.args.ts";
import { QuoteConnection } from "../quote/quote.connection.ts";
import { ArticlesArgs } from "./article.args.ts";
import { ArticleConnection } from "./article.connection.ts";
import { Article } from "./article.type.ts";
import { IngestArticleInput } from "./ingest-article.input.ts";
import { IngestArticlePayload } from "./ingest-article.payload.ts";
import type { IngestOutcome } from "./ingest-article.sql.ts";

/** Articles, and the ingest mutation. Reads are answered by the operation's one SQL statement (article.sql.ts). */
@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "An article by id (null when unknown)." })
  article(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("id", () => ID, { description: "Global id of the article." }) _id: string) {
    return ctx.reader.root(info);
  }

  @Query(() => ArticleConnection, { description: "Articles, by language, publisher and publication date.", complexity: connectionCost })
  articles(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ArticlesArgs) _args: ArticlesArgs) {
    return ctx.reader.root(info);
  }

  @Mutation(() => IngestArticlePayload, {
    description: "Runs the extraction pipeline on an article and stores its facts, merged into the people and meetings already known. Idempotent: the same text returns the same article. Needs a bearer token when the server has one.",
  })
  async ingestArticle(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => IngestArticleInput, { description: "The article's text and what is known about it.", validate: { forbidUnknownValues: false } }) input: IngestArticleInput,
  ) {
    if (ctx.writeDenied) throw ctx.writeDenied;
    const result = await ingestArticle(ctx.db, {
      text: input.text,
      sourceName: input.sourceName ?? input.url ?? "api",
      url: input.url,
      hints: { language: input.language && languageCode(input.language), publisher: input.publisher, publishedAt: input.publishedAt?.toISOString().slice(0, 10) },
    }).catch((error: unknown) => {
      throw error instanceof InvalidArticleError ? badUserInput(error.message, "input") : error;
    });
    // The payload is read after the write, by the same compiled path as any query.
    return ctx.reader.payload(info, outcomeOf(result, input.clientMutationId ?? null) as unknown as Record<string, unknown>);
  }

  @FieldResolver(() => PersonConnection, { description: "People the article refers to, in order of first mention.", complexity: connectionCost })
  persons(@Root() article: Article, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ConnectionArgs) _args: ConnectionArgs) {
    return ctx.reader.field(article, info);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings the article reports.", complexity: connectionCost })
  meetings(@Root() article: Article, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => ConnectionArgs) _args: ConnectionArgs) {
    return ctx.reader.field(article, info);
  }

  @FieldResolver(() => QuoteConnection, { description: "Quotes in the article, in text order.", complexity: connectionCost })
  quotes(@Root() article: Article, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => MeetingQuotesArgs) _args: MeetingQuotesArgs) {
    return ctx.reader.field(article, info);
  }
}

function outcomeOf(result: IngestResult, clientMutationId: string | null): IngestOutcome {
  return {
    created: result.status === "created",
    clientMutationId,
    quoteCount: result.quoteCount,
    articleId: result.articleId,
    personIds: result.persons.map((p) => p.id),
    personCreated: result.persons.map((p) => p.created),
    meetingIds: result.meetings.map((m) => m.id),
    meetingMerged: result.meetings.map((m) => m.merged),
  };
}
