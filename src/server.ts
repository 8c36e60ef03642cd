/**
 * `npm start`: opens the database (PGlite in ./data by default, PostgreSQL with DATABASE_URL),
 * applies migrations, loads the seed articles that are not there yet, and serves GraphQL.
 * It holds the embedded database's lock while it runs and advertises its URL there, so that
 * `npm run ingest` sends articles through it. SIGTERM or SIGINT stops it cleanly: requests in
 * flight are answered (for up to 10 s), the database is closed and the lock released.
 */
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { openMigratedDatabase, seedsDir } from "./app.ts";
import { describeDatabase } from "./db/config.ts";
import { queryLimitsFromEnv } from "./graphql/limits.ts";
import { createParleyServer } from "./graphql/server.ts";
import { ingestFiles } from "./ingest/index.ts";

/** How long a stop waits for requests in flight before closing their connections. */
const STOP_GRACE_MS = 10_000;

async function main() {
  const port = portFromEnv(process.env.PORT);
  const apiToken = process.env.PARLEY_API_TOKEN || undefined;
  const allowUnauthenticatedWrites = process.env.PARLEY_DEV === "1";
  let stopping: Promise<void> | null = null;
  let stop: () => Promise<void> = async () => {}; // until the database is open: nothing to close
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    console.log(`${signal}: stopping`);
    stopping = stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const limits = queryLimitsFromEnv();
  const db = await openMigratedDatabase(undefined, { command: "parley server (npm start)", limits });
  stop = () => db.close();
  console.log(`Database: ${describeDatabase(db.config)}`);
  const outcomes = await ingestFiles(db, [seedsDir]);
  const count = (status: string) => outcomes.filter((o) => o.status === status).length;
  for (const o of outcomes) if (o.status === "failed") console.error(`Seed ${o.source} failed: ${o.reason}`);
  console.log(`Seeds: ${count("created")} new, ${count("unchanged")} already loaded, ${count("failed")} failed`);

  const server = await createParleyServer(db, { apiToken, allowUnauthenticatedWrites }, limits);
  stop = async () => {
    const force = setTimeout(() => server.httpServer.closeAllConnections(), STOP_GRACE_MS);
    await server.stop();
    clearTimeout(force);
    await db.close();
  };
  server.httpServer.once("error", async (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${port} is already in use; set PORT to another one.` : `Cannot listen on port ${port}: ${error.message}`);
    await db.close();
    process.exit(1);
  });
  server.httpServer.listen(port, () => {
    const { port: actual } = server.httpServer.address() as AddressInfo; // PORT=0 picks a free one
    db.lock?.advertise({ url: `http://127.0.0.1:${actual}/graphql`, writes: apiToken ? "token" : allowUnauthenticatedWrites ? "open" : "off" });
    console.log(`Parley GraphQL at http://localhost:${actual}/graphql`);
  });
}

function portFromEnv(value: string | undefined): number {
  if (value == null || value.trim() === "") return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535 (got "${value}").`);
  return port;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
