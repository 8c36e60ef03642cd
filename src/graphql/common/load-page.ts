import type { ConnectionArgs } from "./connection.args.ts";
import { toConnection, type ConnectionShape } from "./connection.type.ts";
import { paginate } from "./paginate.ts";

/** Anything that loads nodes for keys, in key order (a DataLoader, or a map lookup). */
export interface ManyLoader<Key, Node> {
  loadMany(keys: readonly Key[]): Promise<(Node | null | Error)[]>;
}

/** Cuts one page out of an ordered list of ids and loads its nodes. */
export async function loadPage<Key extends number | string, Node>(
  keys: readonly Key[],
  args: ConnectionArgs,
  loader: ManyLoader<Key, Node>,
): Promise<ConnectionShape<Node>> {
  const page = paginate(keys, args);
  return toConnection(page, await loader.loadMany(page.keys));
}
