import { badUserInput } from "./errors.ts";
import { DEFAULT_PAGE_SIZE, type ConnectionArgs } from "./connection.args.ts";

/** One page of an ordered list of keys, with the cursors around it. */
export interface Page<Key> {
  keys: Key[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Opaque, stable cursor: it names the item (not its position), so inserts elsewhere do not shift pages. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(`cursor:${key}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string, argument: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith("cursor:")) throw badUserInput(`"${argument}" is not a cursor from this API: "${cursor.slice(0, 60)}".`, argument);
  return decoded.slice("cursor:".length);
}

/**
 * Slices an already ordered and filtered list of keys by Relay's `first/after/last/before`
 * rules. A cursor of an item no longer in the list is an error the client can act on.
 */
export function paginate<Key extends string | number>(keys: readonly Key[], args: ConnectionArgs): Page<Key> {
  if (args.first != null && args.last != null) throw badUserInput('Give either "first" or "last", not both.', "last");
  const position = (cursor: string, argument: string) => {
    const key = decodeCursor(cursor, argument);
    const index = keys.findIndex((k) => String(k) === key);
    if (index < 0) throw badUserInput(`The "${argument}" cursor does not point into this list (was the item removed, or is the cursor from another list?).`, argument);
    return index;
  };
  let start = args.after != null ? position(args.after, "after") + 1 : 0;
  let end = args.before != null ? position(args.before, "before") : keys.length;
  end = Math.max(start, end);
  if (args.last != null) start = Math.max(start, end - args.last);
  else end = Math.min(end, start + (args.first ?? DEFAULT_PAGE_SIZE));
  const slice = keys.slice(start, end);
  return {
    keys: slice,
    cursors: slice.map((k) => encodeCursor(k)),
    totalCount: keys.length,
    hasNextPage: end < keys.length,
    hasPreviousPage: start > 0,
  };
}
