/**
 * `npm run bench:compare`: Parley beside its peers on one synthetic graph (issue 12, point 3).
 *
 * 1. installs the peers (bench/peers: PostGraphile 5, autocannon, a Node 22 binary) when missing;
 * 2. generates the synthetic graph into its own PostgreSQL schema unless it is there already
 *    (bench/synthetic-graph.ts), and adds the functions PostGraphile needs in a schema beside it
 *    (bench/peers/postgraphile-functions.sql);
 * 3. starts Parley, PostGraphile and the hand-written SQL server, each a process on Node 22;
 * 4. checks that the three return the same data for every query (bench/compare/queries.ts),
 *    and stops with the difference when they do not;
 * 5. counts SQL statements per request in each server, then times every query on every server
 *    with autocannon (warm-up discarded, rounds in rotating server order) and prints req/s,
 *    p50/p99 latency, statements per request and Parley's ratios to the two others.
 *
 *   npm run bench:compare [-- --rounds 3 --seconds 10 --warmup 5 --connections 10 --queries a,b,c,d,e --seed 1 --schema parley_bench --check-only]
 *
 * Database: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/test.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { quoteIdent } from "../src/db/client.ts";
import { QUERIES, SUBJECTS_SQL, type BenchQuery, type Subjects } from "./compare/queries.ts";
import { node22, peersDir, SERVER_NAMES, startServers, type RunningServer, type ServerName } from "./compare/servers.ts";
import { DEFAULT_SCHEMA, DEFAULT_SEED, defaultDatabaseUrl, generateSyntheticGraph, SEARCH_WORD } from "./synthetic-graph.ts";

interface Options {
  rounds: number;
  seconds: number;
  warmup: number;
  connections: number;
  queries: string[];
  seed: number;
  schema: string;
  checkOnly: boolean;
  /** Requests sent one after another to count statements per request. */
  countRequests: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const number = (name: string, fallback: number) => {
    const n = Number(value(name, String(fallback)));
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  return {
    rounds: number("rounds", 3),
    seconds: number("seconds", 10),
    warmup: number("warmup", 5),
    connections: number("connections", 10),
    queries: value("queries", QUERIES.map((q) => q.key).join(",")).split(","),
    seed: number("seed", DEFAULT_SEED),
    schema: value("schema", DEFAULT_SCHEMA),
    checkOnly: argv.includes("--check-only"),
    countRequests: 20,
  };
}

/** Installs bench/peers from its lockfile when node_modules is missing or older than the lockfile. */
function ensurePeers() {
  const installed = join(peersDir, "node_modules/.package-lock.json");
  if (existsSync(installed) && existsSync(node22) && statSync(installed).mtimeMs >= statSync(join(peersDir, "package-lock.json")).mtimeMs) return;
  console.log("Installing the peers (npm ci --prefix bench/peers)…");
  execFileSync("npm", ["ci", "--prefix", peersDir, "--no-audit", "--no-fund", "--loglevel", "error"], { stdio: "inherit" });
}

/** Creates (or replaces) the functions PostGraphile's queries use, in a schema beside the graph's. */
async function applyPostGraphileFunctions(client: pg.Client, schema: string, functionsSchema: string) {
  const sql = readFileSync(join(peersDir, "postgraphile-functions.sql"), "utf8")
    .replaceAll("__SCHEMA__", quoteIdent(schema))
    .replaceAll("__FUNCTIONS__", quoteIdent(functionsSchema));
  await client.query("SET client_min_messages = warning");
  await client.query(sql);
}

async function chooseSubjects(client: pg.Client): Promise<Subjects & { meetings: number; together: number; personName: string }> {
  const person = (await client.query(SUBJECTS_SQL.person)).rows[0];
  const partner = (await client.query(SUBJECTS_SQL.partner, [person.id])).rows[0];
  const country = (await client.query(SUBJECTS_SQL.country)).rows[0];
  const name = (await client.query(`SELECT "name" FROM "Person" WHERE "id" = $1`, [person.id])).rows[0].name;
  return { personId: person.id, partnerId: partner.id, word: SEARCH_WORD, countryCode: country.code, meetings: person.n, together: partner.n, personName: name };
}

// ---------------------------------------------------------------------------------------------
// Same data from every server

async function post(server: RunningServer, query: BenchQuery, subjects: Subjects): Promise<string> {
  const { path, body } = server.request(query, subjects);
  const response = await fetch(`http://127.0.0.1:${server.port}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${server.name}, query ${query.key}: HTTP ${response.status}: ${text.slice(0, 2000)}`);
  return text;
}

/** The first place two values differ, as a path and the two values there. */
function firstDifference(a: unknown, b: unknown, path = "data"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return `${path}: lengths ${a.length} and ${b.length}`;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as any)[key], (b as any)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}:\n      ${JSON.stringify(a)}\n  vs  ${JSON.stringify(b)}`;
}

/** What an answer holds, in a few words (to see that each query returns a realistic amount). */
function describeAnswer(query: BenchQuery, answer: any): string {
  switch (query.key) {
    case "a": {
      const meetings = answer.person?.meetings ?? [];
      return `${meetings.length} meetings, ${meetings.reduce((n: number, m: any) => n + m.participants.length, 0)} participants, ${meetings.reduce((n: number, m: any) => n + m.quotes.length, 0)} quotes`;
    }
    case "b":
      return `${answer.persons.length} people`;
    case "c":
      return `${answer.person?.quotes.nodes.length} of ${answer.person?.quotes.totalCount} matching quotes`;
    case "d":
      return `${answer.meetings.nodes.length} of ${answer.meetings.totalCount} meetings, ${answer.meetings.nodes.reduce((n: number, m: any) => n + m.reports.length, 0)} reports`;
    case "e":
      return `${answer.country?.metCountries.length} countries, ${answer.country?.metCountries.reduce((n: number, c: any) => n + c.meetingCount, 0)} meetings counted`;
    default:
      return "";
  }
}

/** Asks every server every query; throws with the first difference from the hand-written server's answer. */
async function checkSameData(servers: RunningServer[], queries: BenchQuery[], subjects: Subjects): Promise<Map<string, string>> {
  const descriptions = new Map<string, string>();
  const reference = servers.find((s) => s.name === "hand-written")!;
  for (const query of queries) {
    const answers = new Map<ServerName, unknown>();
    for (const server of servers) {
      const body = JSON.parse(await post(server, query, subjects));
      if (body.errors) throw new Error(`${server.name}, query ${query.key}: ${JSON.stringify(body.errors).slice(0, 2000)}`);
      answers.set(server.name, server.normalize(query, body.data));
    }
    const expected = answers.get(reference.name);
    for (const server of servers) {
      const difference = firstDifference(answers.get(server.name), expected);
      if (difference) throw new Error(`Query ${query.key}: ${server.name} and the hand-written server return different data at ${difference}`);
    }
    descriptions.set(query.key, describeAnswer(query, expected));
    console.log(`  ${query.key}  same data from all three: ${descriptions.get(query.key)}`);
  }
  return descriptions;
}

/** SQL statements per request: the counter's rise over `count` requests sent one after another. */
async function statementsPerRequest(server: RunningServer, query: BenchQuery, subjects: Subjects, count: number): Promise<number> {
  const before = await server.statements();
  for (let i = 0; i < count; i++) await post(server, query, subjects);
  return ((await server.statements()) - before) / count;
}

// ---------------------------------------------------------------------------------------------
// Timing

interface Round {
  requests: number;
  seconds: number;
  latencies: number[];
}

/** autocannon, from bench/peers (loaded on first use: the peers are installed at start). */
const autocannon = (options: object) => (createRequire(join(peersDir, "package.json"))("autocannon") as (options: object) => any)(options);

/** One autocannon run; fails on any error, timeout or non-2xx answer. */
function load(server: RunningServer, query: BenchQuery, subjects: Subjects, seconds: number, connections: number): Promise<Round> {
  const { path, body } = server.request(query, subjects);
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon({
      url: `http://127.0.0.1:${server.port}${path}`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      connections,
      duration: seconds,
      timeout: 10,
    });
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status === 200) latencies.push(responseTime);
    });
    instance.on("done", (result: any) => {
      const elapsed = (performance.now() - started) / 1000;
      if (result.errors || result.timeouts || result.non2xx) {
        reject(new Error(`${server.name}, query ${query.key}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers under load`));
      } else resolve({ requests: latencies.length, seconds: elapsed, latencies });
    });
    instance.on("error", reject);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
}

interface Measured {
  reqPerSecond: number;
  rounds: number[];
  p50: number;
  p99: number;
  statements: number;
}

async function timeQuery(servers: RunningServer[], query: BenchQuery, subjects: Subjects, options: Options, statements: Map<ServerName, number>): Promise<Map<ServerName, Measured>> {
  for (const server of servers) await load(server, query, subjects, options.warmup, options.connections); // discarded
  const rounds = new Map<ServerName, Round[]>(servers.map((s) => [s.name, []]));
  for (let r = 0; r < options.rounds; r++) {
    const order = servers.map((_, i) => servers[(i + r) % servers.length]);
    for (const server of order) rounds.get(server.name)!.push(await load(server, query, subjects, options.seconds, options.connections));
  }
  const measured = new Map<ServerName, Measured>();
  for (const server of servers) {
    const runs = rounds.get(server.name)!;
    const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
    measured.set(server.name, {
      reqPerSecond: runs.reduce((n, run) => n + run.requests, 0) / runs.reduce((n, run) => n + run.seconds, 0),
      rounds: runs.map((run) => run.requests / run.seconds),
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      statements: statements.get(server.name)!,
    });
  }
  return measured;
}

// ---------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printResults(queries: BenchQuery[], results: Map<string, Map<ServerName, Measured>>) {
  console.log("");
  console.log(`${"query".padEnd(6)}${"server".padEnd(14)}${"req/s".padStart(9)}  ${"(rounds)".padEnd(24)}${"p50 ms".padStart(8)}${"p99 ms".padStart(9)}${"SQL/req".padStart(9)}`);
  for (const query of queries) {
    const measured = results.get(query.key)!;
    for (const name of SERVER_NAMES) {
      const m = measured.get(name)!;
      console.log(
        `${(name === "Parley" ? query.key : "").padEnd(6)}${name.padEnd(14)}${fmt(m.reqPerSecond).padStart(9)}  ${`(${m.rounds.map((r) => fmt(r)).join(" / ")})`.padEnd(24)}` +
          `${fmt(m.p50, 2).padStart(8)}${fmt(m.p99, 2).padStart(9)}${fmt(m.statements, 2).padStart(9)}`,
      );
    }
    const parley = measured.get("Parley")!.reqPerSecond;
    console.log(`${"".padEnd(6)}Parley/PostGraphile ${(parley / measured.get("PostGraphile")!.reqPerSecond).toFixed(2)}×   Parley/hand-written ${(parley / measured.get("hand-written")!.reqPerSecond).toFixed(2)}×`);
  }
  console.log("");
  console.log("| query | Parley | PostGraphile 5 | hand-written SQL | Parley / PostGraphile | Parley / hand-written |");
  console.log("|---|---|---|---|---|---|");
  for (const query of queries) {
    const m = results.get(query.key)!;
    const cell = (name: ServerName) => {
      const x = m.get(name)!;
      return `${fmt(x.reqPerSecond)} req/s, p50 ${fmt(x.p50, 1)} ms, p99 ${fmt(x.p99, 1)} ms, ${fmt(x.statements, 2)} SQL`;
    };
    const ratio = (name: ServerName) => `${(m.get("Parley")!.reqPerSecond / m.get(name)!.reqPerSecond).toFixed(2)}×`;
    console.log(`| (${query.key}) ${query.title} | ${cell("Parley")} | ${cell("PostGraphile")} | ${cell("hand-written")} | ${ratio("PostGraphile")} | ${ratio("hand-written")} |`);
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const queries = QUERIES.filter((q) => options.queries.includes(q.key));
  if (!queries.length) throw new Error(`--queries: choose among ${QUERIES.map((q) => q.key).join(",")}`);
  const databaseUrl = defaultDatabaseUrl();
  const functionsSchema = `${options.schema}_postgraphile`;

  ensurePeers();
  const generation = await generateSyntheticGraph({ databaseUrl, schema: options.schema, seed: options.seed, log: (line) => console.log(line) });

  const client = new pg.Client({ connectionString: databaseUrl, options: `-c search_path=${quoteIdent(options.schema)}` });
  await client.connect();
  let subjects: Awaited<ReturnType<typeof chooseSubjects>>;
  let postgresVersion: string;
  try {
    await applyPostGraphileFunctions(client, options.schema, functionsSchema);
    subjects = await chooseSubjects(client);
    postgresVersion = (await client.query("SHOW server_version")).rows[0].server_version;
  } finally {
    await client.end();
  }
  const nodeVersion = execFileSync(node22, ["--version"], { encoding: "utf8" }).trim();
  console.log(`Graph: ${generation.generation} (schema ${options.schema}); PostgreSQL ${postgresVersion}; servers on Node ${nodeVersion}`);
  console.log(
    `Subjects: person #${subjects.personId} ${subjects.personName} (${subjects.meetings} meetings), person #${subjects.partnerId} (${subjects.together} meetings with them), ` +
      `word "${subjects.word}", country ${subjects.countryCode}`,
  );

  console.log("Starting Parley, PostGraphile and the hand-written SQL server…");
  const servers = await startServers({ databaseUrl, schema: options.schema, functionsSchema });
  const stopAll = () => Promise.all(servers.map((s) => s.stop()));
  // The servers are child processes of their own: stop them however this run is stopped.
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  process.once("SIGTERM", () => void stopAll().then(() => process.exit(143)));
  try {
    console.log("Checking that the three return the same data:");
    await checkSameData(servers, queries, subjects);

    const statements = new Map<string, Map<ServerName, number>>();
    for (const query of queries) {
      const perServer = new Map<ServerName, number>();
      for (const server of servers) perServer.set(server.name, await statementsPerRequest(server, query, subjects, options.countRequests));
      statements.set(query.key, perServer);
    }
    console.log(`SQL statements per request (counted over ${options.countRequests} requests each): ` +
      queries.map((q) => `${q.key} ${SERVER_NAMES.map((n) => statements.get(q.key)!.get(n)).join("/")}`).join(", ") + " (Parley/PostGraphile/hand-written)");
    if (options.checkOnly) return;

    console.log(
      `Timing: autocannon, ${options.connections} connections, ${options.warmup} s warm-up per server discarded, ${options.rounds} rounds × ${options.seconds} s, ` +
        `server order rotated each round (figures from a shared 2-core machine are indicative)…`,
    );
    const results = new Map<string, Map<ServerName, Measured>>();
    for (const query of queries) {
      const started = performance.now();
      results.set(query.key, await timeQuery(servers, query, subjects, options, statements.get(query.key)!));
      console.log(`  ${query.key} timed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    printResults(queries, results);
  } catch (error) {
    for (const server of servers) if (/error/i.test(server.output())) console.error(`--- ${server.name} output ---\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
