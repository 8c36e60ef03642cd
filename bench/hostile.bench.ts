/**
 * How fast hostile operations are refused, and that the server's memory stays flat while they
 * arrive: the query nested 29 deep, 1,000 aliases, and page sizes multiplying past the cost
 * limit. The server runs as its own process (`src/server.ts` on a scratch PGlite folder), so
 * its memory is its own: resident size read from /proc before, during and after. Prints
 * numbers; asserts nothing.
 *   npx tsx bench/hostile.bench.ts [requests per kind=500]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aliasedQuery, COSTLY, deepQuery } from "../test/fixtures/hostile.ts";

const perKind = Number(process.argv[2] ?? 500);
const dataDir = mkdtempSync(join(tmpdir(), "parley-hostile-"));
const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "../src/server.ts")], {
  env: { ...process.env, PORT: "0", PARLEY_DATA_DIR: join(dataDir, "pglite"), DATABASE_URL: "" },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise<string>((resolve, reject) => {
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    output += chunk;
    const found = /Parley GraphQL at (http:\/\/\S+)/.exec(output);
    if (found) resolve(found[1].replace("localhost", "127.0.0.1"));
  });
  child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
});
const health = url.replace(/graphql$/, "healthz");

/** The server's resident memory now and at its peak, in MB. */
function memory(): string {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return `rss ${(kb("VmRSS") / 1024).toFixed(0)} MB (peak ${(kb("VmHWM") / 1024).toFixed(0)} MB)`;
}

const post = async (query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))].toFixed(1);

await post(`{ persons(first: 1) { totalCount } }`);
console.log(`server started: ${memory()}`);
for (const [name, query, variables] of [
  ["depth 29", deepQuery(29)],
  ["1,000 aliases", aliasedQuery(1000)],
  ["cost 1,010,100", COSTLY, { n: 100 }],
] as [string, string, Record<string, unknown>?][]) {
  // One at a time: how long a single refusal takes.
  const alone: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await post(query, variables);
    alone.push(performance.now() - start);
  }
  // Ten at a time, with /healthz timed meanwhile.
  const healthTimes: number[] = [];
  let stop = false;
  const poller = (async () => {
    while (!stop) {
      const start = performance.now();
      await fetch(health).then((r) => r.text());
      healthTimes.push(performance.now() - start);
    }
  })();
  const codes = new Set<string>();
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (sent++ < perKind) codes.add(String((await post(query, variables)).errors?.[0]?.extensions?.code));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  stop = true;
  await poller;
  console.log(
    `${name.padEnd(15)} ${[...codes].join(", ")}: one at a time p50 ${percentile(alone, 0.5)} ms, p99 ${percentile(alone, 0.99)} ms; ` +
      `10 at a time ${(perKind / seconds).toFixed(0)} refusals/s; /healthz p99 ${percentile(healthTimes, 0.99)} ms over ${healthTimes.length} checks; ${memory()}`,
  );
}
console.log(`after ${3 * (perKind + 50)} refusals: ${memory()}`);
child.kill("SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));
rmSync(dataDir, { recursive: true, force: true });
