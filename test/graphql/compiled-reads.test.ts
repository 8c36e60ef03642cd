/**
 * The read path compiles every query operation into ONE SQL statement (src/graphql/compile/):
 * every field of the schema has SQL, every example operation costs one statement whatever its
 * page sizes, and the fast path (the statement's JSON sent as it comes) answers exactly what
 * graphql-js answers when it walks the same statement's result through the resolvers.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getNamedType, isInterfaceType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildParleySchema } from "../../src/graphql/schema.ts";
import { typeSql } from "../../src/graphql/type-sql.ts";
import { backends } from "../fixtures/databases.ts";
import { startTestServer, type TestServer } from "../fixtures/server.ts";

/** Types built from other fields' SQL (compile/connection.ts, `value` objects), not from a row. */
const STRUCTURAL = /(Connection|Edge)$|^(PageInfo|Evidence|ArticleExtraction)$/;

/** Every field of every object type that no *.sql.ts answers. */
function uncompiledFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("__") && !STRUCTURAL.test(type.name))
    .flatMap((type) => Object.keys(type.getFields()).filter((field) => !typeSql[type.name]?.[field]).map((field) => `${type.name}.${field}`));
}

/**
 * A selection holding every field of every type reachable from `type` at least once: each
 * object type is expanded in full the first time it is met, and by its leaf fields afterwards
 * (lists paged by 2), so the query stays small while no field is left out.
 */
function everyField(schema: GraphQLSchema, type: GraphQLObjectType, expanded = new Set<string>()): string {
  const full = !expanded.has(type.name);
  expanded.add(type.name);
  const parts: string[] = ["__typename"];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue; // node(id:) and friends are asked for by themselves
    const named = getNamedType(field.type);
    const args = field.args.some((arg) => arg.name === "name") ? `(name: "Lavrov")` : field.args.some((arg) => arg.name === "first") ? "(first: 2)" : "";
    if (isLeafType(named)) parts.push(field.name);
    else if (full && isObjectType(named)) parts.push(`${field.name}${args} { ${everyField(schema, named, expanded)} }`);
    else if (full && isInterfaceType(named)) parts.push(`${field.name}${args} { id }`);
  }
  return parts.join(" ");
}

const operationsDir = join(import.meta.dirname, "../../examples/operations");
const examples = readdirSync(operationsDir).filter((f) => f.endsWith(".graphql") && !f.startsWith("Ingest")).sort();
const exampleVariables: Record<string, (pageSize: number) => Record<string, unknown>> = {
  "LavrovMeetings.graphql": (n) => ({ name: "لاوروف", first: n, quotesPerMeeting: n }),
  "PersonQuotesPage.graphql": (n) => ({ name: "Lavrov", first: n }),
  "MeetingsBetween.graphql": (n) => ({ a: "لاوروف", b: "Kerry", first: n }),
  "PersonNetwork.graphql": (n) => ({ name: "سرگئی لاوروف", first: n }),
  "CountryContacts.graphql": () => ({ code: "RU" }),
  "SearchQuotes.graphql": (n) => ({ search: "بروکسل", first: n }),
  "Articles.graphql": (n) => ({ language: "FA", orderBy: { field: "PUBLISHED_AT", direction: "DESC" }, first: n }),
  "NodeLookup.graphql": () => ({ id: Buffer.from("Country:RU").toString("base64url") }),
};

describe("schema coverage", () => {
  it("has SQL for every field of every type (the list of fields left to other means is empty)", async () => {
    expect(uncompiledFields(await buildParleySchema())).toEqual([]);
  });

  it("would name a field without SQL (the check above can fail)", async () => {
    const { buildSchema } = await import("graphql");
    expect(uncompiledFields(buildSchema(`type Query { person: Person }  type Person { name: String  shoeSize: Int }`))).toEqual(["Person.shoeSize"]);
  });
});

describe.each(backends)("compiled reads on %s", (backend) => {
  let server: TestServer;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    // A query of every field is larger and deeper than the default limits allow a client.
    server = await startTestServer(backend, { limits: { maxTokens: 50_000, maxDepth: 20, maxCost: 1e12 } });
    schema = await buildParleySchema();
  });
  afterAll(async () => {
    await server?.stop();
  });

  let sight = 0;
  /**
   * Asks both paths: a text the server has not seen yet goes to Apollo, where graphql-js walks
   * the answer; the same operation sent again, once validated, goes to the fast path.
   */
  async function bothPaths(query: string, variables?: Record<string, unknown>) {
    const before = server.db.statementCount();
    const walked = await server.gql(`${query}\n# first sight ${++sight}`, variables);
    const statements = server.db.statementCount() - before;
    await server.gql(query, variables);
    const fastBefore = server.fastAnswers();
    const sent = await server.gql(query, variables);
    return { walked, sent, statements, fast: server.fastAnswers() - fastBefore };
  }

  it("answers a query of every field of every type in one statement, the same on both paths", async () => {
    const query = `{ ${everyField(schema, schema.getQueryType()!)} }`;
    const { walked, sent, statements, fast } = await bothPaths(query);
    expect(walked.errors, JSON.stringify(walked.errors)).toBeUndefined();
    expect(statements).toBe(1);
    expect(fast).toBe(1);
    expect(sent).toEqual(walked);
    expect(walked.data.person.name).toBe("Sergey Lavrov");
    // Every object type came back filled in, not only asked for.
    const typenames = new Set([...JSON.stringify(walked.data).matchAll(/"__typename":"(\w+)"/g)].map((m) => m[1]));
    expect([...typenames].sort()).toEqual(expect.arrayContaining(["Article", "Country", "CountryContact", "Meeting", "MeetingReport", "Mention", "MetPerson", "Person", "Quote"]));
  });

  it.each(examples)("runs %s in one statement whatever its page sizes, the same on both paths", async (file) => {
    const query = readFileSync(join(operationsDir, file), "utf8");
    for (const pageSize of [1, 100]) {
      const { walked, sent, statements, fast } = await bothPaths(query, exampleVariables[file](pageSize));
      expect(walked.errors, JSON.stringify(walked.errors)).toBeUndefined();
      expect(statements, `${file} with pages of ${pageSize}`).toBe(1);
      expect(fast).toBe(1);
      expect(sent).toEqual(walked);
    }
  });

  it("keeps aliases of one field with different arguments apart", async () => {
    const { walked, sent } = await bothPaths(`{ person(name: "Lavrov") {
      newest: meetings(first: 1) { nodes { id } totalCount }
      oldest: meetings(first: 2, orderBy: { field: DATE, direction: ASC }) { nodes { id date } }
      all: meetings(first: 50) { nodes { id date } }
      c1: country { code } c2: country { name }
    } }`);
    expect(walked.errors).toBeUndefined();
    const { newest, oldest, all, c1, c2 } = walked.data.person;
    expect(newest.nodes).toEqual([{ id: all.nodes[0].id }]);
    expect(newest.totalCount).toBe(all.nodes.length);
    expect(oldest.nodes.map((n: { id: string }) => n.id)).not.toEqual(all.nodes.slice(0, 2).map((n: { id: string }) => n.id));
    expect(c1).toEqual({ code: "RU" });
    expect(c2).toEqual({ name: expect.stringContaining("Russia") });
    expect(sent).toEqual(walked);
  });

  it("applies @include and @skip from variables, each shape of variables its own plan", async () => {
    const query = `query ($withCountry: Boolean!, $noName: Boolean!) { person(name: "Zarif") { name @skip(if: $noName) country @include(if: $withCountry) { code } } }`;
    for (const [withCountry, noName] of [[true, false], [false, true], [true, true]]) {
      const { walked, sent } = await bothPaths(query, { withCountry, noName });
      const expected: Record<string, unknown> = {};
      if (!noName) expected.name = "Mohammad Javad Zarif";
      if (withCountry) expected.country = { code: "IR" };
      expect(walked.data.person).toEqual(expected);
      expect(sent).toEqual(walked);
    }
  });

  it("places an argument's error at its field, with indices, and nulls up to the nearest nullable parent", async () => {
    const bad = `{ persons(first: 2) { nodes { name country { people(after: "nonsense") { totalCount } } } } }`;
    const { walked, sent, fast } = await bothPaths(bad);
    expect(fast).toBe(0); // an answer with errors is left to graphql-js
    expect(sent).toEqual(walked);
    expect(walked.errors?.map((e) => e.path)).toEqual([
      ["persons", "nodes", 0, "country", "people"],
      ["persons", "nodes", 1, "country", "people"],
    ]);
    expect(walked.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    expect(walked.data.persons.nodes.map((n: { country: unknown }) => n.country)).toEqual([null, null]);
  });

  it("answers an unknown name with NOT_FOUND where it is used, and a known one as usual", async () => {
    const query = `query ($speaker: String!) { person(name: "Lavrov") { name meetings(first: 5) { nodes { quotes(speakerName: $speaker) { totalCount } } } } }`;
    const unknown = await bothPaths(query, { speaker: "Nobody Atall" });
    expect(unknown.sent).toEqual(unknown.walked);
    expect(unknown.walked.errors?.[0]).toMatchObject({ message: expect.stringContaining('"Nobody Atall"'), extensions: { code: "NOT_FOUND" }, path: ["person", "meetings", "nodes", 0, "quotes"] });
    expect(unknown.walked.data.person).toBeNull();
    const known = await bothPaths(query, { speaker: "کری" });
    expect(known.walked.errors).toBeUndefined();
    expect(known.walked.data.person.meetings.nodes.some((m: { quotes: { totalCount: number } }) => m.quotes.totalCount > 0)).toBe(true);
  });

  it("refuses an id of another type naming the argument, and answers an unknown id with null", async () => {
    const country = Buffer.from("Country:RU").toString("base64url");
    const wrongType = await server.gql(`query ($id: ID!) { person(name: "Lavrov") { meetings(with: $id) { totalCount } } }`, { id: country });
    expect(wrongType.errors?.[0]).toMatchObject({ message: expect.stringContaining('"with"'), extensions: { code: "BAD_USER_INPUT", argumentName: "with" } });
    const unknown = await server.data(`query ($id: ID!) { meeting(id: $id) { id } }`, { id: Buffer.from("Meeting:987654").toString("base64url") });
    expect(unknown.meeting).toBeNull();
  });
});
