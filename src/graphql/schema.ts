import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ArticleResolver } from "./article/article.resolver.ts";
import { CountryContactResolver, CountryResolver } from "./country/country.resolver.ts";
import { MeetingResolver } from "./meeting/meeting.resolver.ts";
import { NodeResolver } from "./node/node.resolver.ts";
import { MetPersonResolver } from "./person/met-person.resolver.ts";
import { PersonResolver } from "./person/person.resolver.ts";
import { QuoteResolver } from "./quote/quote.resolver.ts";

/** Every resolver class, one per GraphQL type that has resolved fields. */
export const resolvers = [
  PersonResolver,
  MetPersonResolver,
  MeetingResolver,
  QuoteResolver,
  ArticleResolver,
  CountryResolver,
  CountryContactResolver,
  NodeResolver,
] as const;

/**
 * Builds Parley's GraphQL schema from the resolver classes. Query arguments are checked where
 * they become SQL (compile/, common/sql-args.ts), so class-validator runs only where an argument
 * asks for it (the ingest input).
 */
export function buildParleySchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The schema as SDL in a stable order: what schema.graphql holds. */
export function printParleySchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
