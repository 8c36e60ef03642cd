/**
 * The one direction of flow the folders promise (extract → ingest → db; graphql reads through
 * its compiled read path), checked on the import statements of every source file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every module specifier a file imports, statically or dynamically. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)["']([^"']+)["']/gm)].map((m) => m[1]);
}

function violations(folder: string, forbidden: RegExp): string[] {
  return sourceFiles(join(src, folder)).flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${relative(src, file)} imports ${spec}`));
}

describe("source layout", () => {
  it("finds the imports it checks (the checks below can fail)", () => {
    expect(importsOf(join(src, "ingest/writeArticles.ts"))).toContain("../extract/index.ts");
    expect(violations("ingest", /extract/)).not.toEqual([]);
  });

  it("keeps src/extract pure: no I/O, database, GraphQL or other layers", () => {
    expect(violations("extract", /^(node:)?(fs|net|http|https|child_process|worker_threads)(\/|$)|prisma|graphql|^\.\.\/(db|ingest|graphql|cli)\b/)).toEqual([]);
  });

  it("keeps src/extract from printing or reading the environment (facts are its only output)", () => {
    const leaks = sourceFiles(join(src, "extract")).filter((file) => /\bconsole\.|\bprocess\.(env|stdout|stderr)\b/.test(readFileSync(file, "utf8")));
    expect(leaks.map((f) => relative(src, f))).toEqual([]);
  });

  it("keeps src/ingest free of GraphQL and src/db free of every layer above it", () => {
    expect(violations("ingest", /graphql|^\.\.\/(graphql|cli)\b/)).toEqual([]);
    expect(violations("db", /graphql|^\.\.\/(extract|ingest|graphql|cli)\b/)).toEqual([]);
  });

  it("lets resolvers read only through ctx.reader (the compiled read path), never Prisma directly", () => {
    const resolvers = sourceFiles(join(src, "graphql")).filter((f) => f.endsWith(".resolver.ts"));
    expect(resolvers.length).toBeGreaterThan(4);
    const direct = resolvers.filter((file) => /ctx\.prisma|ctx\.db\.(prisma|query|read)|generated\/prisma/.test(readFileSync(file, "utf8")));
    expect(direct.map((f) => relative(src, f))).toEqual([]);
    // The read path itself goes through Database.read, never Prisma (which stays for writes).
    const readPath = sourceFiles(join(src, "graphql")).filter((f) => /\/compile\/|\.sql\.ts$|read-model\.ts$|fast-path\.ts$/.test(f));
    expect(readPath.length).toBeGreaterThan(8);
    expect(readPath.filter((file) => /prisma/i.test(importsOf(file).join(" "))).map((f) => relative(src, f))).toEqual([]);
  });
});
