/**
 * Lists in SQL: Relay connections paged by keyset inside the statement (`ORDER BY … LIMIT`,
 * cursors that carry the sort key), and small bounded lists. A list is described once by a
 * `ListSource`; filters and order are written there, in SQL, and nowhere else.
 */
import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType } from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../common/connection.args.ts";
import { badUserInput } from "../common/errors.ts";
import type { FieldScope, ValueField } from "./compiler.ts";
import type { ArgumentValues } from "./field-args.ts";
import { base64url, literal, type Sql } from "./sql.ts";

/** One key of a list's order. Keys never hold NULL (wrap nullable columns in COALESCE). */
export interface OrderKey {
  sql: Sql;
  descending: boolean;
  /** SQL type of the key, for binding a cursor's value. */
  type: "int" | "text" | "date";
}

/** Where a list's items come from, which of them belong, and in what order. */
export interface ListSource {
  /** `FROM …` giving the item rows under `alias` (joins must use aliases derived from it). */
  from(alias: string): Sql;
  /** Conditions on the item rows (parent link and filters). */
  where(alias: string): Sql[];
  /** The order; its last key must make it total (an id). */
  order(alias: string): OrderKey[];
  /** Names the list's ordering inside its cursors, so a cursor from another ordering is refused. */
  cursorTag: string;
  /** Columns beyond `alias.*` the items need (e.g. an aggregate), by name. */
  columns?(alias: string): Readonly<Record<string, Sql>>;
}

/** A bounded list (not a connection): at most `limit` items, in the source's order. */
export function boundedList(scope: FieldScope, source: ListSource, limit: number): Sql {
  const inner = scope.alias("l");
  const row = scope.alias("r");
  return `(SELECT COALESCE(json_agg(${scope.select(row)} ORDER BY ${row}."__o"), '[]'::json) FROM (${itemRows(source, inner, source.order(inner), [], `${limit}`)}) ${row})`;
}

/**
 * A `<Type>Connection`: `first`/`after`/`last`/`before` paged in the statement; `totalCount`,
 * `pageInfo`, `edges` and `nodes` computed only when selected.
 */
export function connection(scope: FieldScope, source: ListSource): Sql {
  const connectionType = scope.objectType();
  const nodeType = listItemType(connectionType, "nodes");
  const edgeType = listItemType(connectionType, "edges");
  const keyTypes = source.order("_").map((key) => key.type);
  const page = scope.args.decide((args) => pageShape(args, source.cursorTag, keyTypes));
  if ("error" in page) return scope.plan.error(badUserInput(page.error, page.argumentName));

  const totalCount = () => {
    const alias = scope.alias("c");
    return `(SELECT count(*)::int FROM ${source.from(alias)}${where(source.where(alias))})`;
  };
  const selected = [...scope.subfields(connectionType).values()].map(([node]) => node.name.value);
  if (!selected.some((name) => name === "edges" || name === "nodes" || name === "pageInfo")) return scope.value({ totalCount }, connectionType);

  const size = scope.args.param(pageSize, "int");
  const cursors = {
    after: page.after ? cursorParams(scope, "after", source.cursorTag, keyTypes) : null,
    before: page.before ? cursorParams(scope, "before", source.cursorTag, keyTypes) : null,
  };
  /** Conditions keeping rows strictly between the cursors, for a list aliased `alias`. */
  const between = (alias: string) =>
    (["after", "before"] as const).flatMap((side) => (cursors[side] ? [beyond(source.order(alias), cursors[side], side)] : []));
  /** Whether some listed row lies at or past a cursor (then the page has a neighbour on that side). */
  const reaches = (side: "after" | "before") => {
    if (!cursors[side]) return "false";
    const alias = scope.alias("e");
    return `EXISTS (SELECT 1 FROM ${source.from(alias)}${where([...source.where(alias), `NOT ${beyond(source.order(alias), cursors[side], side)}`])})`;
  };

  // Rows come in list order (reversed for `last`), numbered "__o"; the one extra row says whether more follow.
  const inner = scope.alias("p");
  const row = scope.alias("r");
  const order = source.order(inner);
  const rows = itemRows(source, inner, page.backward ? reverse(order) : order, between(inner), `${size} + 1`);
  const kept = `FILTER (WHERE ${row}."__o" <= ${size})`;
  const listOrder = `${row}."__o"${page.backward ? " DESC" : ""}`;
  const reverseListOrder = `${row}."__o"${page.backward ? "" : " DESC"}`;
  const cursor = base64url(`json_build_array(${literal(source.cursorTag)}, ${order.map((_, i) => `${row}."__k${i}"`).join(", ")})::text`);
  const more = `count(*) > ${size}`;
  const node = (nodes: FieldNode[], path: readonly string[]) => scope.selectBelow(nodeType, nodes, row, path);

  const fields: Record<string, ValueField> = {
    totalCount,
    nodes: (nodes, key) => `COALESCE(json_agg(${node(nodes, [...scope.path, key])} ORDER BY ${listOrder}) ${kept}, '[]'::json)`,
    edges: (nodes, key) => {
      const edge = scope.value({ cursor, node: (nodeNodes, nodeKey) => node(nodeNodes, [...scope.path, key, nodeKey]) }, edgeType, nodes);
      return `COALESCE(json_agg(${edge} ORDER BY ${listOrder}) ${kept}, '[]'::json)`;
    },
    pageInfo: (nodes) =>
      scope.value(
        {
          hasNextPage: () => (page.backward ? reaches("before") : `(${more} OR ${reaches("before")})`),
          hasPreviousPage: () => (page.backward ? `(${more} OR ${reaches("after")})` : reaches("after")),
          startCursor: `(array_agg(${cursor} ORDER BY ${listOrder}) ${kept})[1]`,
          endCursor: `(array_agg(${cursor} ORDER BY ${reverseListOrder}) ${kept})[1]`,
        },
        listItemType(connectionType, "pageInfo"),
        nodes,
      ),
  };
  return `(SELECT ${scope.value(fields, connectionType)} FROM (${rows}) ${row})`;
}

/** The shape of a page request: which direction, which cursors; or why it is refused. */
type PageShape = { backward: boolean; after: boolean; before: boolean } | { error: string; argumentName: string };

function pageShape(args: ArgumentValues, tag: string, keyTypes: readonly OrderKey["type"][]): PageShape {
  const { first, last, after, before } = args as { first?: number | null; last?: number | null; after?: string | null; before?: string | null };
  if (first != null && last != null) return { error: 'Give either "first" or "last", not both.', argumentName: "last" };
  for (const [name, size] of [["first", first], ["last", last]] as const) {
    if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) return { error: `"${name}" must be between 1 and ${MAX_PAGE_SIZE} (got ${size}).`, argumentName: name };
  }
  for (const [name, cursor] of [["after", after], ["before", before]] as const) {
    if (cursor != null && !decodeCursor(cursor, tag, keyTypes)) {
      return { error: `"${name}" is not a cursor of this list: "${cursor.slice(0, 60)}". Use a cursor this list returned (edges.cursor, pageInfo.startCursor or endCursor).`, argumentName: name };
    }
  }
  return { backward: last != null, after: after != null, before: before != null };
}

function pageSize(args: ArgumentValues): number {
  return (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
}

/** A cursor's sort-key values, or null when it is not a cursor of a list in this ordering. */
function decodeCursor(cursor: string, tag: string, keyTypes: readonly OrderKey["type"][]): unknown[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== tag || parsed.length !== keyTypes.length + 1) return null;
  const values = parsed.slice(1);
  const fits = values.every((value, i) => (keyTypes[i] === "int" ? Number.isSafeInteger(value) : typeof value === "string" && (keyTypes[i] !== "date" || /^(-?infinity|\d{4}-\d{2}-\d{2})$/.test(value))));
  return fits ? values : null;
}

/** Parameters holding a cursor's key values (its validity is a guard, so it decodes here). */
function cursorParams(scope: FieldScope, side: "after" | "before", tag: string, keyTypes: readonly OrderKey["type"][]): Sql[] {
  return keyTypes.map((type, i) => scope.args.param((args) => decodeCursor(args[side] as string, tag, keyTypes)?.[i], type));
}

/**
 * Rows strictly on the far side of a cursor: after it in list order for `after`, before it for
 * `before` (a row comparison when every key runs the same way, so indexes serve it).
 */
function beyond(order: readonly OrderKey[], values: readonly Sql[], side: "after" | "before"): Sql {
  const greater = (key: OrderKey) => (key.descending ? side === "before" : side === "after");
  if (order.every((key) => key.descending === order[0].descending)) {
    return `((${order.map((k) => k.sql).join(", ")}) ${greater(order[0]) ? ">" : "<"} (${values.join(", ")}))`;
  }
  const terms = order.map((key, i) => [...order.slice(0, i).map((k, j) => `${k.sql} = ${values[j]}`), `${key.sql} ${greater(key) ? ">" : "<"} ${values[i]}`].join(" AND "));
  return `(${terms.map((t) => `(${t})`).join(" OR ")})`;
}

function reverse(order: readonly OrderKey[]): OrderKey[] {
  return order.map((key) => ({ ...key, descending: !key.descending }));
}

/** The item rows of a list, numbered in `order` as "__o", with their sort keys as "__k0…". */
function itemRows(source: ListSource, alias: string, order: readonly OrderKey[], bounds: readonly Sql[], limit: Sql): Sql {
  const orderBy = order.map((key) => `${key.sql}${key.descending ? " DESC" : ""}`).join(", ");
  const columns = Object.entries(source.columns?.(alias) ?? {}).map(([name, sql]) => `, ${sql} AS "${name}"`).join("");
  const keys = order.map((key, i) => `, ${key.sql} AS "__k${i}"`).join("");
  return `SELECT ${alias}.*${columns}${keys}, row_number() OVER (ORDER BY ${orderBy}) AS "__o" FROM ${source.from(alias)}${where([...source.where(alias), ...bounds])} ORDER BY ${orderBy} LIMIT ${limit}`;
}

function where(conditions: readonly Sql[]): Sql {
  return conditions.length ? ` WHERE ${conditions.join(" AND ")}` : "";
}

/** The object type of a connection's field (`nodes`, `edges`, `pageInfo`), without list and non-null wrappers. */
function listItemType(connectionType: GraphQLObjectType, field: string): GraphQLObjectType {
  const type = getNamedType(connectionType.getFields()[field]?.type);
  if (!isObjectType(type)) throw new Error(`${connectionType.name}.${field} is not an object type.`);
  return type;
}
