/** The SQL behind `node(id:)` and `nodes(ids:)`: the object a global id names, of whichever type. */
import type { FieldScope, TypeSql } from "../compile/compiler.ts";
import type { Sql } from "../compile/sql.ts";
import { MAX_PAGE_SIZE } from "../common/connection.args.ts";
import { badUserInput } from "../common/errors.ts";
import { fromGlobalId, type NodeTypeName } from "../common/global-id.ts";

export const nodeQueries: TypeSql = {
  node: (f) => {
    const type = f.args.decide((args) => nodeType(args.id as string));
    return type ? nodeSql(f, type, f.args.param((args) => fromGlobalId(args.id as string)!.key, keyCast(type)), f.path) : "'null'::json";
  },
  nodes: (f) => {
    const types = f.args.decide((args) => {
      const ids = args.ids as string[];
      return ids.length > MAX_PAGE_SIZE ? ids.length : ids.map(nodeType);
    });
    if (!Array.isArray(types)) return f.plan.error(badUserInput(`At most ${MAX_PAGE_SIZE} ids at a time (got ${types}).`, "ids"));
    const items = types.map((type, i) =>
      type ? nodeSql(f, type, f.args.param((args) => fromGlobalId((args.ids as string[])[i])!.key, keyCast(type)), [...f.path, String(i)]) : "NULL",
    );
    return items.length ? `json_build_array(${items.join(", ")})` : `'[]'::json`;
  },
};

/** The type a global id names when its key can be one of that type's keys; null otherwise (an unknown id). */
function nodeType(id: string): NodeTypeName | null {
  const parsed = fromGlobalId(id);
  if (!parsed) return null;
  return parsed.type === "Country" ? (/^[A-Z]{2}$/.test(parsed.key) ? "Country" : null) : Number.isSafeInteger(Number(parsed.key)) && parsed.key !== "" ? parsed.type : null;
}

function keyCast(type: NodeTypeName): string {
  return type === "Country" ? "text" : "int";
}

function nodeSql(f: FieldScope, type: NodeTypeName, key: Sql, path: readonly string[]): Sql {
  const keyColumn = type === "Country" ? "code" : "id";
  return f.one((row) => `FROM "${type}" ${row} WHERE ${row}."${keyColumn}" = ${key}`, f.concreteType(path, type));
}
