import "reflect-metadata";
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
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
export async function buildParleySchema(): Promise<GraphQLSchema> {
  return describeRoots(await buildSchema({ resolvers, validate: false }));
}

const ROOT_DESCRIPTIONS = {
  query: "Everything Parley knows, read: people, meetings, quotes, articles and countries, by id, by name in any script, and as filtered, ordered lists.",
  mutation: "Changes to the graph: ingesting an article (which needs the server's bearer token).",
};

/** Query and Mutation with descriptions (type-graphql builds the root types itself and offers no option for them). */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const described = (type: GraphQLObjectType | null | undefined, description: string) => (type ? new GraphQLObjectType({ ...type.toConfig(), description }) : undefined);
  const query = described(config.query, ROOT_DESCRIPTIONS.query);
  const mutation = described(config.mutation, ROOT_DESCRIPTIONS.mutation);
  const types = config.types.filter((type) => type !== config.query && type !== config.mutation);
  return new GraphQLSchema({ ...config, query, mutation, types });
}

/** The schema as SDL in a stable order: what schema.graphql holds. */
export function printParleySchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
