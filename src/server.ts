/**
 * `npm start`: opens the database (PGlite in ./data by default, PostgreSQL with DATABASE_URL),
 * applies migrations, loads the seed articles that are not there yet, and serves GraphQL.
 */
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { openMigratedDatabase, seedsDir } from "./app.ts";
import { describeDatabase } from "./db/config.ts";
import { queryLimitsFromEnv } from "./graphql/limits.ts";
import { createParleyServer } from "./graphql/server.ts";
import { collectArticleFiles, ingestFiles } from "./ingest/index.ts";

async function main() {
  const port = portFromEnv(process.env.PORT);
  const limits = queryLimitsFromEnv();
  const db = await openMigratedDatabase(undefined, limits);
  console.log(`Database: ${describeDatabase(db.config)}`);
  const outcomes = await ingestFiles(db, await collectArticleFiles([seedsDir]));
  const count = (status: string) => outcomes.filter((o) => o.status === status).length;
  for (const o of outcomes) if (o.status === "failed") console.error(`Seed ${o.file} failed: ${o.reason}`);
  console.log(`Seeds: ${count("created")} new, ${count("unchanged")} already loaded, ${count("failed")} failed`);

  const server = await createParleyServer(db, {
    apiToken: process.env.PARLEY_API_TOKEN || undefined,
    allowUnauthenticatedWrites: process.env.PARLEY_DEV === "1",
  }, limits);
  server.httpServer.once("error", async (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${port} is already in use; set PORT to another one.` : `Cannot listen on port ${port}: ${error.message}`);
    await db.close();
    process.exit(1);
  });
  server.httpServer.listen(port, () => {
    const { port: actual } = server.httpServer.address() as AddressInfo; // PORT=0 picks a free one
    console.log(`Parley GraphQL at http://localhost:${actual}/graphql`);
  });

  const shutdown = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
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
