import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database suites each own a PGlite folder or a PostgreSQL schema; files run in parallel.
    pool: "forks",
    // type-graphql decorators read metadata as classes load; entry points import it first too.
    setupFiles: ["reflect-metadata"],
  },
});
