/**
 * schema.graphql is what frontends generate their clients from, so it must be exactly the schema
 * the code builds, and every part of it must say what it is (codegen copies descriptions into
 * the generated types as doc comments).
 */
import { readFile } from "node:fs/promises";
import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { schemaFile } from "../../src/cli/schema.ts";
import { buildParleySchema, printParleySchema } from "../../src/graphql/schema.ts";

/** Paths ("Type", "Type.field", "Type.field(arg)", "Enum.VALUE") of every schema element without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe("schema.graphql", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
  });

  it("is the schema the code builds", async () => {
    const checkedIn = await readFile(schemaFile, "utf8").catch(() => "");
    expect(checkedIn, "schema.graphql has drifted from the code: run `npm run schema:emit`").toBe(printParleySchema(schema));
  });

  it("describes every type, field, argument and enum value", () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it("reports what lacks a description (the check above can fail)", async () => {
    const { buildSchema } = await import("graphql");
    const bare = buildSchema(`type Query { "Described." a(x: Int): E }  enum E { "One." ONE TWO }`);
    expect(undescribed(bare)).toEqual(["E", "E.TWO", "Query", "Query.a(x)"]);
  });
});
