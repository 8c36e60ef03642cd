/**
 * The browser side of Parley, served by Parley itself with nothing fetched from elsewhere:
 *   GET /graphql, GET /     GraphiQL, for requests that prefer HTML (a browser's address bar)
 *   GET /graph              the who-met-whom page (it reads through the public GraphQL API)
 *   GET /explorer/assets/…  their bundles (src/explorer/build.ts)
 *
 * `/graphql` goes to GraphiQL exactly when Apollo Server would have answered with its landing
 * page (a GET whose Accept prefers text/html to JSON, the test Apollo itself uses); every other
 * request, GraphQL over GET and POST included, is left to Apollo unchanged.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import Negotiator from "negotiator";
import { ASSET_PREFIX, gzipped, loadAssets } from "./assets.ts";
import { loadExampleTabs } from "./examples.ts";
import { CONTENT_SECURITY_POLICY, graphiqlPage, graphPage } from "./pages.ts";

const ENDPOINT = "/graphql";

/**
 * The media types Apollo Server 5 negotiates between to decide on its landing page, in its order
 * (ApolloServer.prefersHTML); text/html wins only when the client prefers it to all the others.
 */
const NEGOTIATED = [
  "application/json; charset=utf-8",
  "application/graphql-response+json; charset=utf-8",
  "multipart/mixed; deferSpec=20220824",
  "multipart/mixed; incrementalSpec=v0.2",
  "multipart/mixed",
  "text/html",
];

/** True when the request is a GET that Apollo Server would answer with its landing page. */
export function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  return req.method === "GET" && !!accept && new Negotiator({ headers: { accept } }).mediaType(NEGOTIATED) === "text/html";
}

/**
 * Answers the request if it is one of the explorer's (and returns true), otherwise returns false
 * at once without touching it. Never throws: failures become a 500 and a log line.
 */
export function serveExplorer(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = url.pathname;
  let respond: () => Promise<void>;
  if (path.startsWith(ASSET_PREFIX)) respond = () => sendAsset(req, res, path.slice(ASSET_PREFIX.length));
  else if (path === "/graph" || path === "/graph/") respond = () => sendGraphPage(req, res);
  else if ((path === ENDPOINT || path === "/") && prefersHtml(req)) respond = () => sendGraphiQL(req, res);
  else return false;
  respond().catch((error: unknown) => {
    console.error("Explorer:", error);
    if (!res.headersSent) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`The explorer's pages could not be prepared: ${(error as Error).message}\nThe GraphQL endpoint at ${ENDPOINT} is not affected.`);
    } else res.destroy();
  });
  return true;
}

async function sendGraphiQL(req: IncomingMessage, res: ServerResponse) {
  const [assets, examples] = await Promise.all([loadAssets(), loadExampleTabs()]);
  const html = graphiqlPage(assets, { endpoint: ENDPOINT, tabs: examples.tabs, storageNamespace: `parley:${examples.hash}:` });
  sendHtml(req, res, html);
}

async function sendGraphPage(req: IncomingMessage, res: ServerResponse) {
  sendHtml(req, res, graphPage(await loadAssets(), { endpoint: ENDPOINT }));
}

function sendHtml(req: IncomingMessage, res: ServerResponse, html: string) {
  const body = Buffer.from(html);
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-length": String(body.length),
    "cache-control": "no-cache",
    vary: "Accept",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

async function sendAsset(req: IncomingMessage, res: ServerResponse, name: string) {
  const asset = (await loadAssets()).files.get(name);
  if (!asset) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    return void res.end("Not found");
  }
  // File names carry a content hash, so a file never changes under its URL.
  const headers: Record<string, string> = { "content-type": asset.type, etag: asset.etag, "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff", vary: "Accept-Encoding" };
  if (req.headers["if-none-match"] === asset.etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const zipped = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) ? await gzipped(asset) : undefined;
  const body = zipped ?? asset.body;
  res.writeHead(200, { ...headers, "content-length": String(body.length), ...(zipped ? { "content-encoding": "gzip" } : {}) });
  res.end(req.method === "HEAD" ? undefined : body);
}
