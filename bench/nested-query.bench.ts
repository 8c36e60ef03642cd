/**
 * Throughput of a 3-level nested query over HTTP, and SQL statements per query, on PGlite and
 * PostgreSQL (TEST_DATABASE_URL). Prints numbers; asserts nothing.
 *   npx tsx bench/nested-query.bench.ts [seconds=5] [concurrency=8]
 */
import "reflect-metadata";
import { startTestServer } from "../test/fixtures/server.ts";
import { backends } from "../test/fixtures/databases.ts";

const QUERY = `{
  persons(first: 100) {
    nodes {
      name
      meetings(first: 20) { nodes { location participants { name country { code } } quotes(first: 20) { nodes { text speaker { name } } } } }
    }
  }
}`;

const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 8);

for (const backend of backends) {
  const server = await startTestServer(backend);
  const body = JSON.stringify({ query: QUERY });
  const post = () => fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body }).then((r) => r.text());
  for (let i = 0; i < 20; i++) await post(); // warm-up

  const statementsBefore = server.db.statementCount();
  await post();
  const statementsPerQuery = server.db.statementCount() - statementsBefore;

  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        await post();
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
  console.log(`${backend.padEnd(8)} ${(latencies.length / seconds).toFixed(0).padStart(6)} req/s  p50 ${pct(0.5)} ms  p99 ${pct(0.99)} ms  ${statementsPerQuery} SQL statements/query  (concurrency ${concurrency}, ${seconds}s)`);
  await server.stop();
}
