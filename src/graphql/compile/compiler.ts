/**
 * Compiles a GraphQL operation into ONE SQL statement that builds the whole `data` object as
 * JSON inside PostgreSQL (the way PostGraphile and Hasura answer): every object is a
 * `json_build_object`, every list an ordered, limited `json_agg` over a correlated subquery.
 * What SQL each field of each type stands for is data the types provide (`*.sql.ts` beside each
 * type, gathered in ../type-sql.ts); this module only walks the selection.
 */
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from "graphql";
import { collectFields } from "./collect-fields.ts";
import { FieldArgs } from "./field-args.ts";
import { PlanBuilder, type Plan, type RequestValues } from "./plan.ts";
import { jsonObject, literal, type Sql } from "./sql.ts";

/** How one field of a type becomes SQL. */
export type FieldSql = (field: FieldScope) => Sql;

/** The SQL of every field of one GraphQL object type. */
export type TypeSql = Readonly<Record<string, FieldSql>>;

/** A field of a value object: its SQL, or a builder given the field's nodes and response key. */
export type ValueField = Sql | ((nodes: FieldNode[], key: string) => Sql);

/** Every compiled type, by GraphQL type name. */
export type TypeSqlMap = Readonly<Record<string, TypeSql>>;

/** Settings a plan is compiled with. */
export interface CompileOptions {
  /** Answers larger than this many bytes are refused before they leave the database. */
  maxAnswerBytes: number;
}

/** Thrown for a field no `*.sql.ts` covers: a programming error, caught by the schema coverage test. */
export class UncompiledFieldError extends Error {}

/** One operation of a document, with what the compiler needs to walk it. */
export interface OperationSource {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
}

/** Compiles an operation (query or mutation) for the request `values`. */
export function compileOperation(source: OperationSource, types: TypeSqlMap, values: RequestValues, options: CompileOptions): Plan {
  const plan = new PlanBuilder(values);
  const compiler = new Compiler(source, types, plan);
  const rootType = source.operation.operation === "mutation" ? source.schema.getMutationType() : source.schema.getQueryType();
  if (!rootType) throw new Error(`This schema has no ${source.operation.operation} type.`);
  const fields = compiler.collect(rootType, [source.operation.selectionSet]);
  const introspection = [...fields.values()].some(([node]) => node.name.value.startsWith("__") && node.name.value !== "__typename");
  const body = compiler.object(rootType, fields, "", []);
  return plan.build(body, !introspection, options.maxAnswerBytes);
}

class Compiler {
  constructor(
    readonly source: OperationSource,
    readonly types: TypeSqlMap,
    readonly plan: PlanBuilder,
  ) {}

  collect(type: GraphQLObjectType, selectionSets: readonly NonNullable<FieldNode["selectionSet"]>[]): Map<string, FieldNode[]> {
    return collectFields(this.source.schema, this.source.fragments, type, selectionSets, (directive, node) => this.directiveIf(directive, node));
  }

  /** `@include(if:)`/`@skip(if:)`: a literal decides now, a variable through a guard. */
  private directiveIf(directive: "include" | "skip", node: SelectionNode): boolean {
    const argument = node.directives?.find((d) => d.name.value === directive)?.arguments?.find((a) => a.name.value === "if");
    if (!argument) return directive === "include";
    if (argument.value.kind === Kind.BOOLEAN) return argument.value.value;
    if (argument.value.kind !== Kind.VARIABLE) return directive === "include";
    const name = argument.value.name.value;
    return this.plan.decide((request) => request.variables[name] === true);
  }

  /** JSON of the fields selected on an object of `type` built from the row `row`. */
  object(type: GraphQLObjectType, fields: Map<string, FieldNode[]>, row: string, path: readonly string[]): Sql {
    const typeSql = this.types[type.name];
    const entries: [string, Sql][] = [];
    for (const [key, nodes] of fields) {
      const name = nodes[0].name.value;
      if (name === "__typename") {
        entries.push([key, literal(type.name)]);
        continue;
      }
      if (name.startsWith("__")) continue; // introspection: answered by graphql-js
      const definition = type.getFields()[name];
      const fieldSql = typeSql?.[name];
      if (!definition || !fieldSql) throw new UncompiledFieldError(`No SQL for ${type.name}.${name}.`);
      entries.push([key, fieldSql(new FieldScope(this, definition, nodes, row, [...path, key]))]);
    }
    return jsonObject(entries);
  }
}

/** What a field's SQL builder can use: its parent row, its arguments, and ways to select below it. */
export class FieldScope {
  readonly args: FieldArgs;

  constructor(
    private readonly compiler: Compiler,
    readonly definition: GraphQLField<unknown, unknown>,
    readonly nodes: readonly FieldNode[],
    /** Alias of the row the parent object is built from ("" at the root). */
    readonly row: string,
    /** Response keys from the root to this field. */
    readonly path: readonly string[],
  ) {
    this.args = new FieldArgs(compiler.plan, { definition, node: nodes[0] });
  }

  get plan(): PlanBuilder {
    return this.compiler.plan;
  }

  /** The field's type without list and non-null wrappers. */
  get namedType(): GraphQLNamedType {
    return getNamedType(this.definition.type);
  }

  /** A fresh table alias. */
  alias(prefix = "t"): string {
    return this.plan.alias(prefix);
  }

  /**
   * JSON of this field's selection on the row `row`, as an object of `type` (default: the
   * field's own object type; for an interface, the concrete type of this row).
   */
  select(row: string, type: GraphQLObjectType = this.objectType()): Sql {
    return this.selectBelow(type, this.nodes, row, this.path);
  }

  /** The same for a nested part of this field's selection (a connection's `nodes`, an edge's `node`). */
  selectBelow(type: GraphQLObjectType, nodes: readonly FieldNode[], row: string, path: readonly string[]): Sql {
    const fields = this.compiler.collect(type, nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])));
    return this.compiler.object(type, fields, row, path);
  }

  /** The sub-fields selected on `type` below `nodes`, grouped by response key. */
  subfields(type: GraphQLObjectType, nodes: readonly FieldNode[] = this.nodes): Map<string, FieldNode[]> {
    return this.compiler.collect(type, nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])));
  }

  /** One object of this field's type: the row `from(alias)` finds ("FROM … WHERE …"), or null. */
  one(from: (alias: string) => Sql, type?: GraphQLObjectType): Sql {
    const alias = this.alias();
    return `(SELECT ${this.select(alias, type)} ${from(alias)})`;
  }

  /**
   * An object whose fields are given as SQL (value types such as Evidence or PageInfo): the
   * selected ones, in selection order. A function receives the field's nodes for its response
   * key, so it is only called for what is selected and aliases keep their own sub-selections.
   */
  value(fields: Readonly<Record<string, ValueField>>, type: GraphQLObjectType = this.objectType(), nodes: readonly FieldNode[] = this.nodes): Sql {
    const entries: [string, Sql][] = [];
    for (const [key, fieldNodes] of this.subfields(type, nodes)) {
      const name = fieldNodes[0].name.value;
      const field = fields[name];
      if (name === "__typename") entries.push([key, literal(type.name)]);
      else if (field === undefined) throw new UncompiledFieldError(`No SQL for ${type.name}.${name}.`);
      else entries.push([key, typeof field === "function" ? field(fieldNodes, key) : field]);
    }
    return jsonObject(entries);
  }

  /** Records the concrete type of an abstract position, for graphql-js when it walks the answer. */
  concreteType(path: readonly string[], typeName: string): GraphQLObjectType {
    this.plan.types.set(path.join("."), typeName);
    const type = this.compiler.source.schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type.`);
    return type;
  }

  /** The object type this field's items are (for lists, the item type). */
  objectType(): GraphQLObjectType {
    const type = this.namedType;
    if (!isObjectType(type)) throw new Error(`${this.definition.name} is ${isAbstractType(type) ? "abstract" : "not an object"}: give its concrete type.`);
    return type;
  }

  /** Whether the field returns a list (bare, not a connection). */
  get isList(): boolean {
    return isListType(getNullableType(this.definition.type));
  }
}
