import type { IncomingMessage } from "node:http";
import type { GraphQLError } from "graphql";
import type { Database } from "../db/client.ts";
import { forbidden, unauthenticated } from "./common/errors.ts";
import { OperationReader, type ReadModel } from "./read-model.ts";

/** Who may write (ingest) through the API. */
export interface WritePolicy {
  /** When set, writes need `Authorization: Bearer <token>`. */
  apiToken?: string;
  /** Local development only: allow writes without a token when no token is configured. */
  allowUnauthenticatedWrites?: boolean;
}

/** Per-request context handed to every resolver. */
export interface Context {
  /** For writes (the ingest pipeline); reads go through `reader`. */
  db: Database;
  /** The read path: one compiled SQL statement answers the operation (read-model.ts). */
  reader: OperationReader;
  /** Null when this request may write, else the error to raise. */
  writeDenied: GraphQLError | null;
}

/** Builds the context for one request: its reader, and the write decision for its credentials. */
export function createContext(db: Database, reads: ReadModel, policy: WritePolicy, req?: IncomingMessage): Context {
  return { db, reader: new OperationReader(reads), writeDenied: writeDecision(policy, req?.headers.authorization) };
}

function writeDecision(policy: WritePolicy, authorization: string | undefined): GraphQLError | null {
  if (policy.apiToken) {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1]?.trim();
    if (!token) return unauthenticated("This operation writes data: send the header `Authorization: Bearer <token>` with the server's PARLEY_API_TOKEN.");
    return timingSafeEqual(token, policy.apiToken) ? null : unauthenticated("The bearer token is not valid for this server.");
  }
  if (policy.allowUnauthenticatedWrites) return null;
  return forbidden("Writes are disabled: start the server with PARLEY_API_TOKEN set (and send it as a bearer token), or with PARLEY_DEV=1 for local development.");
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
