/**
 * Small builders for the SQL text the compiler writes. Values never go into the text: they are
 * bound as parameters (see plan.ts); only identifiers, response keys and fixed literals do.
 */

/** A piece of SQL text. */
export type Sql = string;

/** A quoted identifier: `"Person"`. */
export function ident(name: string): Sql {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A column of a row alias: `p."countryCode"`. */
export function column(alias: string, name: string): Sql {
  return `${alias}.${ident(name)}`;
}

/** A string literal (for response keys, type names and other text that comes from the schema). */
export function literal(text: string): Sql {
  return `'${text.replace(/'/g, "''")}'`;
}

/** `json_build_object` takes at most 100 arguments: longer objects are built in chunks and joined as text. */
const KEYS_PER_CALL = 50;

/** A JSON object with these keys in this order (PostgreSQL's `json` keeps key order; `jsonb` would not). */
export function jsonObject(entries: readonly (readonly [key: string, value: Sql])[]): Sql {
  if (entries.length === 0) return `'{}'::json`;
  const chunks: Sql[] = [];
  for (let i = 0; i < entries.length; i += KEYS_PER_CALL) {
    chunks.push(`json_build_object(${entries.slice(i, i + KEYS_PER_CALL).map(([key, value]) => `${literal(key)}, ${value}`).join(", ")})`);
  }
  if (chunks.length === 1) return chunks[0];
  // Each chunk prints as {…}; the inner parts are joined with a comma.
  return `('{' || ${chunks.map((chunk) => `substr(left(${chunk}::text, -1), 2)`).join(` || ', ' || `)} || '}')::json`;
}

/** Base64url without padding, as Node's `Buffer.toString("base64url")` writes it. */
export function base64url(text: Sql): Sql {
  return `translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

/** The Relay global id `base64url("Type:key")` (see common/global-id.ts). */
export function globalId(typeName: string, key: Sql): Sql {
  return base64url(`${literal(`${typeName}:`)} || ${key}`);
}

/** A JSON string value that real data can never hold (PostgreSQL text cannot contain NUL). */
export function sentinel(tag: string): Sql {
  return `${literal(`"\\u0000${tag}"`)}::json`;
}

/** Prefix of the strings `sentinel` makes, as JSON.parse returns them. */
export const SENTINEL_PREFIX = "\u0000";
