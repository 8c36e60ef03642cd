/**
 * `npm start`: opens the database (PGlite in ./data by default, PostgreSQL with DATABASE_URL),
 * applies migrations, loads the seed articles that are not there yet, and serves GraphQL.
 */
import "reflect-metadata";
import { openMigratedDatabase, seedsDir } from "./app.ts";
import { describeDatabase } from "./db/config.ts";
import { createParleyServer } from "./graphql/server.ts";
import { collectArticleFiles, ingestFiles } from "./ingest/index.ts";

async function main() {
  const port = Number(process.env.PORT ?? 4000);
  const db = await openMigratedDatabase();
  console.log(`Database: ${describeDatabase(db.config)}`);
  const outcomes = await ingestFiles(db, await collectArticleFiles([seedsDir]));
  const created = outcomes.filter((o) => o.status === "created").length;
  for (const o of outcomes) if (o.status === "failed") console.error(`Seed ${o.file} failed: ${o.reason}`);
  console.log(`Seeds: ${created} new, ${outcomes.length - created} already loaded or failed`);

  const server = await createParleyServer(db, {
    apiToken: process.env.PARLEY_API_TOKEN || undefined,
    allowUnauthenticatedWrites: process.env.PARLEY_DEV === "1",
  });
  server.httpServer.listen(port, () => console.log(`Parley GraphQL at http://localhost:${port}/graphql`));

  const shutdown = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
