/**
 * A frontend generates its client from schema.graphql and its own operations. This runs GraphQL
 * Code Generator (as `npm run codegen` does) with the repo's codegen.ts over the checked-in SDL
 * and examples/operations, then type-checks code that uses the generated types with a strict
 * `tsc`: the generated client must compile, and must be precise enough that misuse does not.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import codegenConfig, { generatedFile } from "../../codegen.ts";
import { generate } from "../../src/cli/codegen.ts";

const root = join(import.meta.dirname, "../..");
const operationsDir = join(root, "examples/operations");
const tsc = join(root, "node_modules/.bin/tsc");

/** Strict options of a typical frontend, spelled out so no project tsconfig is involved. */
const tscOptions = ["--noEmit", "--strict", "--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes", "--isolatedModules", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext"];

/** Compiles the given files; the exit code and tsc's report. */
async function typeCheck(files: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(tsc, [...tscOptions, ...files], { cwd: outDir });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

/** Uses every kind of generated type the way an app would; compiles only if they are right. */
const GOOD_USAGE = `
import type {
  ArticlesQueryVariables, IngestArticleMutation, IngestArticleMutationVariables, LavrovMeetingsQuery,
  MeetingsBetweenQuery, NodeLookupQuery, PersonQuotesPageQuery, PersonQuotesPageQueryVariables,
} from "./operations.js";

export const result: LavrovMeetingsQuery = {
  person: {
    id: "UGVyc29uOjE", name: "Sergey Lavrov", role: "Minister of Foreign Affairs", country: { code: "RU", name: "Russia" },
    meetings: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: "Y3Vyc29yOjA" },
      nodes: [{
        id: "TWVldGluZzox", date: "2016-03-24", location: "Moscow", mode: "IN_PERSON",
        participants: [{ id: "UGVyc29uOjI", name: "John Kerry", country: { code: "US" } }],
        quotes: { totalCount: 1, nodes: [{ id: "UXVvdGU6MQ", text: "…", speaker: { name: "John Kerry" } }] },
      }],
    },
  },
};

// Nullable person, list items possibly missing (noUncheckedIndexedAccess): the chain needs ?. where it should.
export const firstParticipant: string | undefined = result.person?.meetings.nodes[0]?.participants[0]?.name;
export const countryCode: string | undefined = result.person?.meetings.nodes[0]?.participants[0]?.country?.code;
// Date is a string, and nullable; the mode is a closed union.
export const day: string | null | undefined = result.person?.meetings.nodes[0]?.date;
export const mode: "IN_PERSON" | "PHONE" | undefined = result.person?.meetings.nodes[0]?.mode;

export function nextPage(page: PersonQuotesPageQuery, vars: PersonQuotesPageQueryVariables): PersonQuotesPageQueryVariables | null {
  const quotes = page.person?.quotes;
  if (!quotes?.pageInfo.hasNextPage || quotes.pageInfo.endCursor == null) return null;
  const texts: string[] = quotes.edges.map((edge) => edge.node.text + (edge.node.direct ? "" : " (reported)"));
  return texts.length ? { ...vars, after: quotes.pageInfo.endCursor } : null;
}

export function locations(data: MeetingsBetweenQuery): (string | null)[] {
  return data.meetings.nodes.map((m) => m.location);
}

// __typename narrows node(id:) to the fragment's fields.
export function label(node: NonNullable<NodeLookupQuery["node"]>): string {
  switch (node.__typename) {
    case "Person": return node.name;
    case "Meeting": return node.location ?? node.id;
    case "Quote": return node.text;
    case "Article": return node.title;
    case "Country": return node.code;
    default: { const unreachable: never = node; return unreachable; }
  }
}

export const ingest: IngestArticleMutationVariables = { input: { text: "…", publishedAt: "2016-03-24", language: "EN", clientMutationId: "1" } };
export const merged = (m: IngestArticleMutation): boolean => m.ingestArticle.people.some((p) => !p.created && p.person.name.length > 0);
export const feed: ArticlesQueryVariables = { language: "FA", orderBy: { field: "PUBLISHED_AT", direction: "DESC" }, first: 10 };

// Each of these must stay an error, or the types have gone loose:
// @ts-expect-error first is required by PersonQuotesPage
export const missingFirst: PersonQuotesPageQueryVariables = { name: "Lavrov" };
// @ts-expect-error the language is a closed union
export const badLanguage: ArticlesQueryVariables = { language: "de" };
// @ts-expect-error person can be null
export const unchecked: string = result.person.name;
// @ts-expect-error role was not selected in MeetingsBetween
export const unselected = (data: MeetingsBetweenQuery) => data.meetings.nodes[0]?.participants[0]?.role;
`;

/** The negative control: a plain type error that tsc must report. */
const BAD_USAGE = `
import type { LavrovMeetingsQuery } from "./operations.js";
declare const result: LavrovMeetingsQuery;
export const count: number = result.person?.meetings.nodes[0]?.participants[0]?.name;
`;

let outDir: string;
let generated: string;

describe("GraphQL Code Generator over schema.graphql and examples/operations", () => {
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "parley-codegen-"));
    const [target] = Object.values(codegenConfig.generates);
    const outputs = await generate({ ...codegenConfig, generates: { [join(outDir, "operations.ts")]: target! } }, root);
    generated = outputs[0]!.content;
    writeFileSync(join(outDir, "operations.ts"), generated);
  }, 120_000);
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("uses the config npm run codegen uses", () => {
    expect(Object.keys(codegenConfig.generates)).toEqual([generatedFile]);
    expect(codegenConfig.schema).toBe("./schema.graphql");
  });

  it("generates result and variables types for every example operation", () => {
    const operations = readdirSync(operationsDir).filter((f) => f.endsWith(".graphql"));
    expect(operations.length).toBeGreaterThanOrEqual(9);
    for (const file of operations) {
      const name = basename(file, ".graphql");
      expect(generated, file).toMatch(new RegExp(`export type ${name}(Query|Mutation) = `));
      expect(generated, file).toMatch(new RegExp(`export type ${name}(Query|Mutation)Variables = `));
    }
    expect(generated).not.toMatch(/: any\b/);
  });

  it("compiles code that uses the generated types under strict tsc", async () => {
    writeFileSync(join(outDir, "usage.ts"), GOOD_USAGE);
    const { code, output } = await typeCheck(["operations.ts", "usage.ts"]);
    expect(output).toBe("");
    expect(code).toBe(0);
  }, 60_000);

  it("rejects code that misuses them (negative control)", async () => {
    writeFileSync(join(outDir, "misuse.ts"), BAD_USAGE);
    const { code, output } = await typeCheck(["operations.ts", "misuse.ts"]);
    expect(code).not.toBe(0);
    expect(output).toMatch(/misuse\.ts\(4,\d+\): error TS2322/);
  }, 60_000);
});
