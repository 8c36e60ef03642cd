import { GraphQLError } from "graphql";

/** GraphQL type names that have global ids. */
export type NodeTypeName = "Person" | "Meeting" | "Quote" | "Article" | "Country";
const NODE_TYPES: readonly NodeTypeName[] = ["Person", "Meeting", "Quote", "Article", "Country"];

/** Opaque global id: base64("Type:key"), as Relay expects. */
export function toGlobalId(type: NodeTypeName, key: string | number): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

/** Splits a global id; null when it is not one of ours. */
export function fromGlobalId(id: string): { type: NodeTypeName; key: string } | null {
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  const type = decoded.slice(0, colon) as NodeTypeName;
  if (colon < 1 || !NODE_TYPES.includes(type)) return null;
  return { type, key: decoded.slice(colon + 1) };
}

/** The numeric database id inside a global id of the given type; a BAD_USER_INPUT error otherwise. */
export function idOf(type: Exclude<NodeTypeName, "Country">, id: string, argument = "id"): number {
  const parsed = fromGlobalId(id);
  const key = parsed?.type === type ? Number(parsed.key) : NaN;
  if (!Number.isSafeInteger(key)) {
    throw new GraphQLError(`Argument "${argument}" is not a ${type} id: "${id.slice(0, 60)}". Use the id field of a ${type}.`, {
      extensions: { code: "BAD_USER_INPUT", argumentName: argument },
    });
  }
  return key;
}
