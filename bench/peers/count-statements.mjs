/**
 * Preloaded into each benchmarked server (`node --import ./count-statements.mjs server…`):
 * counts SQL statements by wrapping `pg`'s `Client.prototype.query`, which every pool query,
 * prepared statement and transaction command of node-postgres goes through (Parley's read pool
 * and Prisma's adapter-pg, PostGraphile's adaptor, the hand-written server). The `pg` wrapped is
 * the one the server's entry script resolves, so the server's own copy is counted. When the
 * server was spawned with an IPC channel, the message "statements?" is answered with
 * `{ statements: <count so far> }`; the bench reads it before and after a series of requests.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(pathToFileURL(process.argv[1]).href);
const { Client } = require("pg");
let statements = 0;
const query = Client.prototype.query;
Client.prototype.query = function countedQuery(...args) {
  statements++;
  return query.apply(this, args);
};

if (process.send) {
  process.on("message", (message) => {
    if (message === "statements?") process.send({ statements });
  });
}
