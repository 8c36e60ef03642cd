/**
 * Limits that keep the server alive, checked before anything runs: tokens (at parse), depth,
 * aliases and directives (validation rules from graphql-armor), and cost (graphql-query-complexity,
 * from the requested page sizes, per request since variables set them). Each refusal is a
 * GraphQLError whose `extensions.code` names the limit. Answer size and statement time are
 * limited in the read path (read-model.ts, db/client.ts).
 */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimatorArgs } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "./common/connection.args.ts";

export interface QueryLimits {
  /** Deepest selection (a field nested in n-1 others). */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in one document (a parse-time limit). */
  maxTokens: number;
  /** Items an operation may ask for: page sizes multiplied down the tree, as GitHub counts nodes. */
  maxCost: number;
  /** Bytes of JSON one answer may hold. */
  maxAnswerBytes: number;
  /** Milliseconds one read statement may run (PostgreSQL). */
  statementTimeoutMs: number;
}

/**
 * Defaults for a public deployment: room for every example and for lists of 100 nested three
 * deep; GitHub's node limit (500,000) for cost.
 */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 2_000,
  maxCost: 500_000,
  maxAnswerBytes: 16 * 1024 * 1024,
  statementTimeoutMs: 10_000,
};

const ENV_NAMES: Record<keyof QueryLimits, string> = {
  maxDepth: "PARLEY_MAX_DEPTH",
  maxAliases: "PARLEY_MAX_ALIASES",
  maxDirectives: "PARLEY_MAX_DIRECTIVES",
  maxTokens: "PARLEY_MAX_TOKENS",
  maxCost: "PARLEY_MAX_COST",
  maxAnswerBytes: "PARLEY_MAX_ANSWER_BYTES",
  statementTimeoutMs: "PARLEY_STATEMENT_TIMEOUT_MS",
};

/** The limits, each overridable by its environment variable (a positive whole number). */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, name] of Object.entries(ENV_NAMES) as [keyof QueryLimits, string][]) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number (got "${raw}").`);
    limits[key] = value;
  }
  return limits;
}

/**
 * Validation rules for depth, aliases and directives, with typed errors. Apollo gives every
 * validation error the code GRAPHQL_VALIDATION_FAILED; `typedLimitError` puts ours back.
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const refuse = (code: string, limit: number) => [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code, limit, [LIMIT_CODE]: code } }));
    },
  ];
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true, onReject: refuse("DEPTH_LIMIT_EXCEEDED", limits.maxDepth) }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: refuse("ALIAS_LIMIT_EXCEEDED", limits.maxAliases) }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: refuse("DIRECTIVE_LIMIT_EXCEEDED", limits.maxDirectives) }),
  ];
}

/** Extension key that carries a limit's code through Apollo's validation error wrapping. */
const LIMIT_CODE = "limitCode";

/** A formatted error with its limit's own code (see `limitRules`), or the error as it was. */
export function typedLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { [LIMIT_CODE]: code, ...extensions } = formatted.extensions ?? {};
  return code ? { ...formatted, extensions: { ...extensions, code } } : formatted;
}

/**
 * GitHub's node count for a connection field: its page size times (1 + what each of its items
 * costs), so nested page sizes multiply. Declared on every connection field as `complexity`.
 */
export function connectionCost({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
  return size * (1 + childComplexity);
}

/**
 * A bounded list (participants, reports, aliases…) counts as its bound: the worst case, since
 * nothing else caps how its items multiply what is nested under them.
 */
export function boundedListCost(bound: number) {
  return ({ childComplexity }: ComplexityEstimatorArgs): number => bound * (1 + childComplexity);
}

/** `nodes(ids:)`: one item per id. */
export function idListCost({ args, childComplexity }: ComplexityEstimatorArgs): number {
  return ((args.ids as unknown[] | undefined)?.length ?? 0) * (1 + childComplexity);
}

/** What an operation costs with these variables. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 0 })] });
}

/** The refusal of an operation that costs more than the limit. */
export function costError(cost: number, limit: number): GraphQLError {
  return new GraphQLError(
    `This query asks for up to ${cost} items, more than the limit of ${limit} (page sizes multiply down the tree: first: 100 under first: 100 is 10,000). Ask for smaller pages or fewer nested lists.`,
    { extensions: { code: "COST_LIMIT_EXCEEDED", cost, limit } },
  );
}
