/**
 * `parley ingest` while a Parley server holds the embedded database: the articles go to that
 * server's `ingestArticle` mutation instead, so nothing is written behind its back.
 */
import type { LockHolder } from "../db/lock.ts";
import type { IncomingArticle } from "../ingest/index.ts";
import type { Tally } from "./summary.ts";

const MUTATION = `mutation ParleyCliIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { id extraction { status error } }
    people { created }
    meetings { merged }
    quoteCount
  }
}`;

/** Requests in flight at once: the server extracts on its own thread, so a few suffice. */
const CONCURRENCY = 4;

/** Why the server cannot take the articles, with what to do about it; null when it can. */
export function remoteRefusal(holder: LockHolder, token: string | undefined): string | null {
  const stop = `or stop the server (kill ${holder.pid}) and run this command again to write to the folder directly`;
  if (holder.writes === "off") {
    return `The Parley server at ${holder.url} (PID ${holder.pid}) holds the embedded database but does not accept writes. ` +
      `Restart it with PARLEY_API_TOKEN=<secret> npm start (or PARLEY_DEV=1 for local development) and run this command with the same PARLEY_API_TOKEN, ${stop}.`;
  }
  if (holder.writes === "token" && !token) {
    return `The Parley server at ${holder.url} (PID ${holder.pid}) holds the embedded database and takes writes with its API token: ` +
      `run this command with PARLEY_API_TOKEN set to the server's token, ${stop}.`;
  }
  return null;
}

/**
 * Sends each article to the server; `onTally` hears each outcome in input order. Stops early
 * (returning the reason) when the server refuses writes or stops answering.
 */
export async function ingestThroughServer(
  holder: LockHolder,
  articles: AsyncIterable<IncomingArticle>,
  token: string | undefined,
  onTally: (tally: Tally) => void,
  signal?: AbortSignal,
): Promise<{ stopped: string | null }> {
  let stopped: string | null = null;
  const inFlight: Promise<Tally>[] = [];
  const drainOne = async () => onTally(await inFlight.shift()!);
  for await (const incoming of articles) {
    if (stopped || signal?.aborted) break;
    inFlight.push(
      send(holder.url!, incoming, token).catch((error: RemoteStop) => {
        stopped ??= error.message;
        return { source: incoming.source, status: "failed", reason: error.message } as Tally;
      }),
    );
    if (inFlight.length >= CONCURRENCY) await drainOne();
  }
  while (inFlight.length) await drainOne();
  return { stopped };
}

class RemoteStop extends Error {}

async function send(url: string, incoming: IncomingArticle, token: string | undefined): Promise<Tally> {
  if ("error" in incoming) return { source: incoming.source, status: "failed", reason: incoming.error };
  const { text, sourceName, url: articleUrl, hints = {} } = incoming.input;
  const input = { text, sourceName, url: articleUrl ?? undefined, publisher: hints.publisher, publishedAt: hints.publishedAt, language: hints.language };
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: MUTATION, variables: { input } }),
    });
  } catch (error) {
    throw new RemoteStop(`The Parley server at ${url} does not answer (${(error as Error).message}); is it still running?`);
  }
  const body = (await response.json().catch(() => null)) as { data?: { ingestArticle?: RemoteResult | null }; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  const error = body?.errors?.[0];
  if (error?.extensions?.code === "FORBIDDEN" || error?.extensions?.code === "UNAUTHENTICATED") {
    throw new RemoteStop(`The Parley server at ${url} refused the write: ${error.message}`);
  }
  const result = body?.data?.ingestArticle;
  if (!result) return { source: incoming.source, status: "failed", reason: error?.message ?? `HTTP ${response.status} from the server` };
  const extraction = result.article.extraction;
  return {
    source: incoming.source,
    status: result.created ? "created" : "unchanged",
    extractionError: extraction.status === "FAILED" ? (extraction.error ?? "extraction failed") : null,
    detail: `${result.people.length} people (${result.people.filter((p) => p.created).length} new), ${result.meetings.length} meetings (${result.meetings.filter((m) => m.merged).length} merged), ${result.quoteCount} quotes, through ${url}`,
  };
}

interface RemoteResult {
  created: boolean;
  article: { id: string; extraction: { status: "OK" | "FAILED"; error: string | null } };
  people: { created: boolean }[];
  meetings: { merged: boolean }[];
  quoteCount: number;
}
