/**
 * Answers a query operation seen before straight from its compiled statement: PostgreSQL builds
 * the `data` JSON and it is sent as it comes, without graphql-js walking it. Only operations
 * Apollo has already parsed and validated (limit rules included) are known here; first sights,
 * variables that do not coerce, costs over the limit, and answers that carry errors all go to
 * Apollo, which executes them through the same compiled statement and the resolvers.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  isNonNullType,
  getVariableValues,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { OperationSource } from "./compile/compiler.ts";
import { RequestValues } from "./compile/plan.ts";
import type { Context } from "./context.ts";
import { costError, operationCost, type QueryLimits } from "./limits.ts";
import type { ReadModel } from "./read-model.ts";

/** Operations remembered (most recently validated kept). */
const MAX_KNOWN = 1000;

interface KnownOperation {
  source: OperationSource;
  document: DocumentNode;
  /** Variables the cost depends on (page sizes, id lists): the cost is kept per their values. */
  costVariables: string[];
  costs: Map<string, number>;
}

/** Arguments the cost estimators read (limits.ts). */
const COST_ARGUMENTS = new Set(["first", "last", "ids"]);
/** Costs kept per operation (one per set of page sizes seen). */
const MAX_COSTS = 64;

/** A GraphQL-over-HTTP request body. */
interface RequestBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

export class FastPath {
  private readonly known = new Map<string, KnownOperation>();
  /** Requests answered here so far. */
  answered = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly reads: ReadModel,
    private readonly limits: QueryLimits,
  ) {}

  /**
   * The Apollo plugin that enforces the cost limit (it depends on variables, so it is checked
   * per request) and remembers every query operation that passed validation.
   */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, document, operation, operationName }) => {
          const cost = costOrNull(this.schema, document, operationName ?? undefined, request.variables ?? {});
          if (cost !== null && cost > this.limits.maxCost) throw costError(cost, this.limits.maxCost);
          if (operation?.operation === "query" && typeof request.query === "string") this.remember(request.query, request.operationName, document, operation);
        },
      }),
    };
  }

  /** The response body for a POSTed request, or null when Apollo should answer it. */
  async answer(body: unknown): Promise<string | null> {
    const { query, operationName, variables, extensions } = (body ?? {}) as RequestBody;
    if (typeof query !== "string" || extensions !== undefined || (operationName != null && typeof operationName !== "string")) return null;
    if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) return null;
    const known = this.known.get(keyOf(query, operationName));
    if (!known) return null;
    const coerced = getVariableValues(this.schema, known.source.operation.variableDefinitions ?? [], (variables ?? {}) as Record<string, unknown>, { maxErrors: 1 });
    if (coerced.errors) return null;
    if (this.costOf(known, operationName ?? undefined, coerced.coerced) > this.limits.maxCost) return null;

    const values = new RequestValues(coerced.coerced);
    const plan = this.reads.plan(known.source, values);
    if (!plan.complete || plan.errors.length) return null;
    let answer;
    try {
      answer = await this.reads.execute(plan, values);
    } catch (error) {
      // Limits (timeout) are answered here; anything unexpected is left to Apollo to report and log.
      if (!(error instanceof GraphQLError)) return null;
      this.answered++;
      return rootFieldErrors(this.schema, known.source.operation, error);
    }
    if (answer.failed) return null;
    this.answered++;
    if (answer.text === null) return rootFieldErrors(this.schema, known.source.operation, this.reads.tooLarge(answer.bytes));
    return `{"data":${answer.text}}`;
  }

  /** The operation's cost for these variables, worked out once per value of the variables it depends on. */
  private costOf(known: KnownOperation, operationName: string | undefined, variables: Record<string, unknown>): number {
    const key = JSON.stringify(known.costVariables.map((name) => variables[name] ?? null));
    let cost = known.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(this.schema, known.document, operationName, variables);
      if (known.costs.size >= MAX_COSTS) known.costs.clear();
      known.costs.set(key, cost);
    }
    return cost;
  }

  private remember(query: string, operationName: string | null | undefined, document: DocumentNode, operation: OperationDefinitionNode) {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) if (definition.kind === "FragmentDefinition") fragments[definition.name.value] = definition;
    const costVariables = new Set<string>();
    visit(document, {
      Argument: (argument) => {
        if (COST_ARGUMENTS.has(argument.name.value)) visit(argument.value, { Variable: (variable) => void costVariables.add(variable.name.value) });
      },
    });
    const key = keyOf(query, operationName);
    this.known.delete(key);
    this.known.set(key, { source: { schema: this.schema, operation, fragments }, document, costVariables: [...costVariables], costs: new Map() });
    if (this.known.size > MAX_KNOWN) this.known.delete(this.known.keys().next().value!);
  }
}

function keyOf(query: string, operationName: unknown): string {
  return `${typeof operationName === "string" ? operationName : ""}\u0000${query}`;
}

/** The operation's cost, or null when its variables do not coerce (execution reports that). */
function costOrNull(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number | null {
  try {
    return operationCost(schema, document, operationName, variables);
  } catch {
    return null;
  }
}

/**
 * The response graphql-js gives when every root field fails with the same error (the shared
 * statement failed): one located error per root field, and `data` null when one of them is
 * non-null, else each of them null.
 */
function rootFieldErrors(schema: GraphQLSchema, operation: OperationDefinitionNode, error: GraphQLError): string {
  const rootType = schema.getQueryType()!;
  const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === "Field");
  const errors = fields.map((field) => new GraphQLError(error.message, { nodes: [field], path: [field.alias?.value ?? field.name.value], extensions: error.extensions }).toJSON());
  const nonNull = fields.some((field) => {
    const definition = rootType.getFields()[field.name.value];
    return definition !== undefined && isNonNullType(definition.type);
  });
  const data = nonNull ? null : Object.fromEntries(fields.map((field) => [field.alias?.value ?? field.name.value, null]));
  return JSON.stringify({ errors, data });
}
