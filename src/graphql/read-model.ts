/**
 * The read path: every query operation is answered by ONE SQL statement compiled from its
 * selection (compile/), cached per operation and shape of variables. `ReadModel` is the
 * server-wide part (plans, database); `OperationReader` is made per request and is all the
 * resolvers see: root fields ask it for their part of the answer, nested fields read it.
 */
import { GraphQLError, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";
import type { Database } from "../db/client.ts";
import { compileOperation, type CompileOptions, type OperationSource } from "./compile/compiler.ts";
import { PlanCache } from "./compile/plan-cache.ts";
import { CONCRETE_TYPE, RequestValues, type Plan } from "./compile/plan.ts";
import { SENTINEL_PREFIX } from "./compile/sql.ts";
import { notFound } from "./common/errors.ts";
import { typeSql } from "./type-sql.ts";

/** Limits on what one statement may cost. */
export interface ReadOptions extends CompileOptions {
  /** PostgreSQL stops a statement after this long (see db/client.ts). */
  statementTimeoutMs: number;
}

/** What one statement returned. */
export interface Answer {
  plan: Plan;
  values: RequestValues;
  /** The `data` object as JSON text; null when it was larger than allowed. */
  text: string | null;
  bytes: number;
  /** True when a name the operation filters by is unknown (the answer holds NOT_FOUND markers). */
  failed: boolean;
}

export class ReadModel {
  private readonly plans = new PlanCache();

  constructor(
    private readonly db: Database,
    readonly options: ReadOptions,
  ) {}

  /** The compiled plan for an operation and request (compiled once per shape of its variables). */
  plan(source: OperationSource, values: RequestValues): Plan {
    return this.plans.get(source.operation, values, () => compileOperation(source, typeSql, values, this.options));
  }

  /** Runs a plan's statement for one request. */
  async execute(plan: Plan, values: RequestValues): Promise<Answer> {
    let row: { data: string | null; bytes: number; failed: boolean };
    try {
      [row] = await this.db.read(plan.sql, plan.params.map((read) => read(values)), plan.name);
    } catch (error) {
      throw isStatementTimeout(error) ? queryTimeout(this.options.statementTimeoutMs) : error;
    }
    return { plan, values, text: row.data, bytes: row.bytes, failed: row.failed };
  }

  /** Plans and runs an operation for one request. */
  run(source: OperationSource, values: RequestValues): Promise<Answer> {
    return this.execute(this.plan(source, values), values);
  }

  /** The error for an answer larger than the limit. */
  tooLarge(bytes: number): GraphQLError {
    const limit = this.options.maxAnswerBytes;
    return new GraphQLError(`The answer would be ${bytes} bytes; this server sends at most ${limit}. Ask for fewer items (smaller first/last) or fewer fields.`, {
      extensions: { code: "RESPONSE_TOO_LARGE", bytes, limit },
    });
  }
}

/** PostgreSQL's "canceling statement due to statement timeout". */
function isStatementTimeout(error: unknown): boolean {
  return (error as { code?: string })?.code === "57014";
}

function queryTimeout(limit: number): GraphQLError {
  return new GraphQLError(`The query ran longer than ${limit} ms and was stopped. Ask for fewer items or narrower filters.`, {
    extensions: { code: "QUERY_TIMEOUT", limit },
  });
}

/** A statement's answer, parsed, with what is needed to turn its error markers into errors. */
interface ParsedAnswer {
  data: Record<string, unknown>;
  plan: Plan;
  values: RequestValues;
}

/**
 * One request's view of the read path. Root query fields share one statement for the whole
 * operation; graphql-js then walks the answer, and every field below the root reads its value
 * by response key (so aliases with different arguments keep their own values).
 */
export class OperationReader {
  private query?: Promise<ParsedAnswer>;
  /** The answer graphql-js is walking (a query's, or the latest mutation field's: those run one after another). */
  private walking?: ParsedAnswer;

  constructor(private readonly model: ReadModel) {}

  /** A root query field's value: runs the operation's statement on first use. */
  async root(info: GraphQLResolveInfo): Promise<unknown> {
    this.query ??= this.parse(this.model.run(sourceOf(info), new RequestValues(info.variableValues)));
    return this.valueIn(await this.query, (await this.query).data, info.path.key as string);
  }

  /** A mutation field's payload, selected from what the write produced (`outcome`). */
  async payload(info: GraphQLResolveInfo, outcome: Record<string, unknown>): Promise<unknown> {
    const answer = await this.parse(this.model.run(sourceOf(info), new RequestValues(info.variableValues, outcome)));
    return this.valueIn(answer, answer.data, info.path.key as string);
  }

  /** A field below the root: its value in the parent's answer, or the error the statement marked there. */
  field(source: object, info: GraphQLResolveInfo): unknown {
    return this.valueIn(this.walking!, source as Record<string, unknown>, info.path.key as string);
  }

  private async parse(answer: Promise<Answer>): Promise<ParsedAnswer> {
    const { plan, values, text, bytes } = await answer;
    if (text === null) throw this.model.tooLarge(bytes);
    const data = JSON.parse(text) as Record<string, unknown>;
    // graphql-js asks the Node interface which type an object is; the plan knows, by position.
    for (const [path, typeName] of plan.types) {
      const object = path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data);
      if (object && typeof object === "object") Object.defineProperty(object, CONCRETE_TYPE, { value: typeName });
    }
    return { data, plan, values };
  }

  private valueIn(answer: ParsedAnswer, source: Record<string, unknown>, key: string): unknown {
    this.walking = answer;
    const value = source[key];
    if (typeof value !== "string" || !value.startsWith(SENTINEL_PREFIX)) return value;
    const index = Number(value.slice(2));
    if (value[1] === "E") throw answer.plan.errors[index];
    const name = String(answer.plan.names[index].name(answer.values) ?? "");
    throw notFound(`No person is known by the name "${name.slice(0, 80)}".`);
  }
}

/** The operation a resolver is part of. */
function sourceOf(info: GraphQLResolveInfo): OperationSource {
  return { schema: info.schema, operation: info.operation as OperationDefinitionNode, fragments: info.fragments };
}
