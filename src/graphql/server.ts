/**
 * Parley's GraphQL server: Apollo Server on a plain Node HTTP server (so the body limit, the
 * fast path and extra routes stay ours), with a fresh context (reader, write decision) per
 * request. Every read is one compiled SQL statement (read-model.ts); limits are checked before
 * anything runs (limits.ts).
 */
import "reflect-metadata";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFieldResolver, GraphQLFormattedError } from "graphql";
import type { Database } from "../db/client.ts";
import { serveExplorer } from "../explorer/index.ts";
import { withValidationReasons } from "./common/format-error.ts";
import { createContext, type Context, type WritePolicy } from "./context.ts";
import { FastPath } from "./fast-path.ts";
import { DEFAULT_LIMITS, limitRules, typedLimitError, type QueryLimits } from "./limits.ts";
import { ReadModel } from "./read-model.ts";
import { buildParleySchema } from "./schema.ts";

/** Largest request body accepted, in bytes: room for one maximum-size article as JSON. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface ParleyServer {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Requests answered by the fast path (without graphql-js walking the answer) since start. */
  fastAnswers(): number;
  /** Stops accepting requests and waits for running ones; does not close the database. */
  stop(): Promise<void>;
}

/** Below the root, a field's value is in its parent's answer under its response key (aliases included). */
const readAnswer: GraphQLFieldResolver<object, Context> = (source, _args, context, info) => context.reader.field(source, info);

/** Builds the schema, starts Apollo and returns an HTTP server that is not yet listening. */
export async function createParleyServer(db: Database, policy: WritePolicy = {}, limits: QueryLimits = DEFAULT_LIMITS): Promise<ParleyServer> {
  const schema = await buildParleySchema();
  const reads = new ReadModel(db, limits);
  const fastPath = new FastPath(schema, reads, limits);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // src/server.ts stops the server, then closes the database
    formatError,
    fieldResolver: readAnswer,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    plugins: [fastPath.plugin()],
  });
  await apollo.start();
  const handling: RequestHandling = { apollo, fastPath, context: (req) => createContext(db, reads, policy, req) };
  const httpServer = createServer((req, res) => {
    handle(handling, req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, { "content-type": "text/plain" }, "Internal server error");
    });
  });
  return {
    httpServer,
    apollo,
    fastAnswers: () => fastPath.answered,
    async stop() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}

/**
 * Limit refusals keep their own codes; argument validation errors carry their reasons in the
 * message (withValidationReasons); unexpected errors are logged in full and reach the client
 * only as "Internal server error".
 */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return typedLimitError(withValidationReasons(formatted));
  console.error(unwrapResolverError(error));
  return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** What the request handler needs. */
interface RequestHandling {
  apollo: ApolloServer<Context>;
  fastPath: FastPath;
  context(req: IncomingMessage): Context;
}

async function handle({ apollo, fastPath, context }: RequestHandling, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  res.setHeader("access-control-allow-origin", "*");
  if (req.method === "OPTIONS") {
    return send(res, 204, { "access-control-allow-methods": "GET, POST, OPTIONS", "access-control-allow-headers": "content-type, authorization, apollo-require-preflight", "access-control-max-age": "86400" }, "");
  }
  if (serveExplorer(req, res, url)) return; // browsers' GETs of /graphql and /, /graph, and their assets
  if (url.pathname === "/") return send(res, 302, { location: "/graphql" }, "");
  if (url.pathname === "/healthz") return send(res, 200, { "content-type": "text/plain" }, "ok");
  if (url.pathname !== "/graphql") return send(res, 404, { "content-type": "text/plain" }, "Not found: the GraphQL endpoint is /graphql");

  const body = await readJsonBody(req);
  if (body instanceof Error) return send(res, (body as HttpError).status, { "content-type": "application/json" }, JSON.stringify({ errors: [{ message: body.message, extensions: { code: "BAD_REQUEST" } }] }));

  const fast = req.method === "POST" ? await fastPath.answer(body) : null;
  if (fast !== null) return send(res, 200, { "content-type": "application/json; charset=utf-8" }, fast);

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method?.toUpperCase() ?? "GET", headers, search: url.search, body },
    context: async () => context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") return void res.end(response.body.string);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

interface HttpError extends Error {
  status: number;
}

function httpError(status: number, message: string): HttpError {
  return Object.assign(new Error(message), { status });
}

/** Reads a JSON body up to MAX_BODY_BYTES; undefined for GET; an HttpError for anything else bad. */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (req.method !== "POST") return undefined;
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) return httpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return httpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!(req.headers["content-type"] ?? "").includes("application/json")) return text ? httpError(415, "Send the request as application/json.") : undefined;
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return httpError(400, "The request body is not valid JSON.");
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  res.writeHead(status, headers);
  res.end(body);
}
