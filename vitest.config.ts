import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One graphql instance, as under Node: Vite would pick graphql's ESM build ("module") for our
    // code while type-graphql, graphql-scalars and Apollo load its CommonJS build, and graphql-js
    // refuses to mix the two ("Cannot use GraphQLObjectType … from another module or realm").
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database suites each own a PGlite folder or a PostgreSQL schema; files run in parallel.
    pool: "forks",
    // At least two at a time, also on two cores (Vitest's default there is one): the suites wait
    // on PostgreSQL, child servers and Chromium as much as they compute (test/graphql with the
    // explorer's routes: 114 s with one worker, 70 s with two, on a loaded two-core machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // type-graphql decorators read metadata as classes load; entry points import it first too.
    setupFiles: ["reflect-metadata"],
    // A migrated PGlite folder made once, copied by createTestDatabase (see the file).
    globalSetup: ["test/fixtures/pglite-template.ts"],
  },
});
