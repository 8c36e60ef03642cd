/**
 * PostGraphile 5 (amber preset) over Parley's tables, for `npm run bench:compare`. Exposes the
 * schema of Parley's tables and the schema of the functions in postgraphile-functions.sql.
 *   DATABASE_URL=… BENCH_SCHEMA=parley_bench BENCH_FUNCTIONS_SCHEMA=parley_bench_postgraphile PORT=… node postgraphile-server.mjs
 */
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const schema = process.env.BENCH_SCHEMA ?? "parley_bench";
const functionsSchema = process.env.BENCH_FUNCTIONS_SCHEMA ?? `${schema}_postgraphile`;
const port = Number(process.env.PORT ?? 5678);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: [schema, functionsSchema],
      // The same pool size as Parley's read pool and the hand-written server (pg's default).
      poolConfig: { max: 10 },
    }),
  ],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
await serv.ready?.();
server.listen(port, "127.0.0.1", () => console.log(`PostGraphile at http://127.0.0.1:${port}/graphql`));

const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
