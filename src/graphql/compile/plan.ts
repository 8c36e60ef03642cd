import { createHash } from "node:crypto";
import { getArgumentValues, type FieldNode, type GraphQLError, type GraphQLField } from "graphql";
import { sentinel, type Sql } from "./sql.ts";

/** Where a field's arguments are written in the operation: its definition and its node. */
export interface ArgumentSite {
  readonly definition: GraphQLField<unknown, unknown>;
  readonly node: FieldNode;
}

/**
 * What one request brings to a compiled plan: its coerced variables and, for a mutation, the
 * values the write produced. Argument values are worked out once per site and request.
 */
export class RequestValues {
  private readonly argumentCache = new Map<ArgumentSite, Record<string, unknown>>();

  constructor(
    readonly variables: Readonly<Record<string, unknown>>,
    readonly root: Readonly<Record<string, unknown>> = {},
  ) {}

  /** The coerced arguments of a field, as graphql-js would hand them to a resolver. */
  argumentsOf(site: ArgumentSite): Record<string, unknown> {
    let values = this.argumentCache.get(site);
    if (!values) {
      values = getArgumentValues(site.definition, site.node, this.variables as Record<string, unknown>);
      this.argumentCache.set(site, values);
    }
    return values;
  }
}

/** Where an object of an abstract position (`node`, `nodes`) keeps its concrete type's name, once parsed. */
export const CONCRETE_TYPE = Symbol("concreteType");

/** Reads one value out of a request. */
export type Reader = (request: RequestValues) => unknown;

/** A decision the SQL was written for; the plan only serves requests for which it still holds. */
export interface Guard {
  read: Reader;
  /** The decision's JSON when the plan was compiled. */
  expected: string;
}

/** A person looked up by name inside the statement (see `PlanBuilder.personByName`). */
export interface NameLookup {
  /** The name as the client wrote it, for the NOT_FOUND message. */
  name: Reader;
  /** Whether an unknown name is an error (a filter) rather than a null (`person(name:)`). */
  required: boolean;
}

/** One operation compiled to one SQL statement, for the requests its guards accept. */
export interface Plan {
  sql: Sql;
  /** A name for the statement, the same for the same SQL (prepared statements on PostgreSQL). */
  name: string;
  /** `$1…$n`, read from each request. */
  params: Reader[];
  guards: Guard[];
  /** Errors the statement returns in place of fields with invalid arguments (`"\0E<i>"`). */
  errors: GraphQLError[];
  /** Name lookups the statement makes; an unknown required one is returned as `"\0N<i>"`. */
  names: NameLookup[];
  /** Concrete type of each abstract position (`node`, `nodes.2`), by response path. */
  types: Map<string, string>;
  /** False when some root field is left to graphql-js (introspection). */
  complete: boolean;
}

/** Accumulates a plan while the compiler walks an operation. */
export class PlanBuilder {
  readonly params: Reader[] = [];
  readonly guards: Guard[] = [];
  readonly errors: GraphQLError[] = [];
  readonly names: (NameLookup & { key: Sql; pattern: Sql })[] = [];
  readonly types = new Map<string, string>();
  private aliases = 0;

  /** `values`: the request the plan is being compiled for. */
  constructor(readonly values: RequestValues) {}

  /** A fresh table alias. */
  alias(prefix: string): string {
    return `${prefix}${++this.aliases}`;
  }

  /** A parameter placeholder, bound from each request. */
  param(read: Reader, cast: string): Sql {
    this.params.push(read);
    return `$${this.params.length}::${cast}`;
  }

  /** A value that decides what SQL is written: read now, and checked again on every later request. */
  decide<T>(read: (request: RequestValues) => T): T {
    const value = read(this.values);
    this.guards.push({ read, expected: JSON.stringify(value) ?? "undefined" });
    return value;
  }

  /** A field the statement answers with an error instead of a value. */
  error(error: GraphQLError): Sql {
    this.errors.push(error);
    return sentinel(`E${this.errors.length - 1}`);
  }

  /**
   * The id of the person a name refers to (null when none), looked up once per statement: an
   * exact spelling first, then a spelling containing it; among several, the most mentioned.
   * `key` and `pattern` are the folded name and its LIKE pattern, as parameters.
   */
  personByName(lookup: NameLookup & { key: Sql; pattern: Sql }): { id: Sql; unknown: Sql } {
    this.names.push(lookup);
    const index = this.names.length - 1;
    return { id: `(SELECT "n${index}" FROM "names")`, unknown: sentinel(`N${index}`) };
  }

  build(body: Sql, complete: boolean, maxAnswerBytes: number): Plan {
    const names = this.names.map(({ key, pattern }, i) => `${nameLookupSql(key, pattern)} AS "n${i}"`);
    const required = this.names.flatMap((lookup, i) => (lookup.required ? [`"n${i}" IS NULL`] : []));
    const sql = [
      // Both parts are materialised: otherwise PostgreSQL folds "answer" into the final SELECT and
      // builds the whole JSON once for each place it is used.
      `WITH ${[...(names.length ? [`"names" AS MATERIALIZED (SELECT ${names.join(", ")})`] : []), `"answer" AS MATERIALIZED (SELECT (${body})::text AS "d")`].join(", ")}`,
      // The size check keeps an oversized answer in the database instead of in this process.
      `SELECT CASE WHEN octet_length("answer"."d") <= ${maxAnswerBytes} THEN "answer"."d" END AS "data", octet_length("answer"."d") AS "bytes",`,
      `${required.length ? `(SELECT ${required.join(" OR ")} FROM "names")` : "false"} AS "failed"`,
      `FROM "answer"`,
    ].join("\n");
    return {
      sql,
      name: `parley_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`,
      params: this.params,
      guards: this.guards,
      errors: this.errors,
      names: this.names.map(({ name, required }) => ({ name, required })),
      types: this.types,
      complete,
    };
  }
}

/** See `PlanBuilder.personByName`; the same rule as `findPersonIdByName` had in JavaScript. */
function nameLookupSql(key: Sql, pattern: Sql): Sql {
  const best = (match: Sql) => `(SELECT a."personId" FROM "PersonAlias" a WHERE ${match}
    GROUP BY a."personId" ORDER BY (SELECT count(*) FROM "Mention" m WHERE m."personId" = a."personId") DESC, a."personId" LIMIT 1)`;
  return `COALESCE(${best(`a."normalized" = ${key}`)}, ${best(`a."normalized" LIKE ${pattern}`)})`;
}
