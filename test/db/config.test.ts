import { describe, expect, it } from "vitest";
import { databaseConfigFromEnv, describeDatabase } from "../../src/db/config.ts";

describe("databaseConfigFromEnv", () => {
  it("uses PGlite in ./data/pglite when DATABASE_URL is not set", () => {
    const config = databaseConfigFromEnv({});
    expect(config.kind).toBe("pglite");
    expect(config.kind === "pglite" && config.dataDir.endsWith("data/pglite")).toBe(true);
    expect(databaseConfigFromEnv({ PARLEY_DATA_DIR: "/tmp/x" })).toEqual({ kind: "pglite", dataDir: "/tmp/x" });
  });

  it("uses PostgreSQL for a postgresql:// URL, with an optional schema", () => {
    expect(databaseConfigFromEnv({ DATABASE_URL: "postgresql://u:secret@h:5432/db", DATABASE_SCHEMA: "s" })).toEqual({ kind: "postgres", url: "postgresql://u:secret@h:5432/db", schema: "s" });
    expect(describeDatabase({ kind: "postgres", url: "postgresql://u:secret@h:5432/db" })).not.toContain("secret");
  });

  it("takes the schema from the URL's ?schema= as Prisma does, unless DATABASE_SCHEMA is set", () => {
    const url = "postgresql://u@h:5432/db?schema=parley";
    expect(databaseConfigFromEnv({ DATABASE_URL: url })).toMatchObject({ kind: "postgres", schema: "parley" });
    expect(databaseConfigFromEnv({ DATABASE_URL: url, DATABASE_SCHEMA: "other" })).toMatchObject({ schema: "other" });
    expect(databaseConfigFromEnv({ DATABASE_URL: "postgresql://u@h/db" })).toMatchObject({ schema: undefined });
  });

  it("refuses a DATABASE_URL that is not PostgreSQL, saying what to do", () => {
    expect(() => databaseConfigFromEnv({ DATABASE_URL: "file:./dev.db" })).toThrow(/postgresql:\/\/.*leave it unset/);
  });
});
