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

/** The numeric database id inside a global id of `type`, or null when the id is not one. */
export function databaseId(id: string, type: NodeTypeName): number | null {
  const parsed = fromGlobalId(id);
  const key = parsed?.type === type && parsed.key !== "" ? Number(parsed.key) : NaN;
  return Number.isSafeInteger(key) ? key : null;
}
