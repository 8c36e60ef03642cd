/**
 * GraphiQL's opening tabs: the operations in examples/operations, each with the variables
 * file beside it, and for mutations a headers editor that explains the write token.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse, type OperationDefinitionNode } from "graphql";
import type { ExampleTab } from "./client/config.ts";

export const operationsDir = join(import.meta.dirname, "../../examples/operations");

/** The order tabs open in: the README's question first; others follow by name. */
const ORDER = ["LavrovMeetings", "MeetingsBetween", "PersonNetwork", "PersonQuotesPage", "SearchQuotes", "CountryContacts", "Articles", "NodeLookup", "IngestArticle"];

/** Request headers for a mutation's tab; GraphiQL reads them as JSON with comments. */
export const WRITE_HEADERS = `{
  // Writes need the token the server was started with: PARLEY_API_TOKEN=<token> npm start.
  // Replace <token> with it. A server started with PARLEY_DEV=1 (local development only)
  // takes writes without a token; one started with neither refuses them.
  "Authorization": "Bearer <token>"
}`;

/** The example operations as tabs, and a hash of them (it namespaces GraphiQL's storage). */
export async function loadExampleTabs(dir = operationsDir): Promise<{ tabs: ExampleTab[]; hash: string }> {
  const names = (await readdir(dir)).filter((f) => f.endsWith(".graphql")).map((f) => f.slice(0, -".graphql".length));
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const tabs = await Promise.all(
    names.map(async (name): Promise<ExampleTab> => {
      const query = await readFile(join(dir, `${name}.graphql`), "utf8");
      const variables = await readFile(join(dir, `${name}.variables.json`), "utf8").catch(() => undefined);
      const isMutation = parse(query).definitions.some((d) => (d as OperationDefinitionNode).operation === "mutation");
      return { query, ...(variables ? { variables: variables.trimEnd() } : {}), ...(isMutation ? { headers: WRITE_HEADERS } : {}) };
    }),
  );
  return { tabs, hash: createHash("sha256").update(JSON.stringify(tabs)).digest("hex").slice(0, 12) };
}
