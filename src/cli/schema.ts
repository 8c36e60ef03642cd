import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildParleySchema, printParleySchema } from "../graphql/schema.ts";

/** The checked-in SDL that frontends run GraphQL Code Generator against. */
export const schemaFile = join(import.meta.dirname, "../../schema.graphql");

/** `parley schema [--check]`: writes schema.graphql from the code, or with --check exits 1 when the file has drifted. */
export async function runSchema(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== "--check");
  if (unknown.length) {
    console.error(`usage: parley schema [--check] (unknown: ${unknown.join(" ")})`);
    return 2;
  }
  const sdl = printParleySchema(await buildParleySchema());
  if (!args.includes("--check")) {
    await writeFile(schemaFile, sdl);
    console.log(`Wrote ${schemaFile}`);
    return 0;
  }
  const current = await readFile(schemaFile, "utf8").catch(() => null);
  if (current === sdl) {
    console.log(`${schemaFile} is up to date`);
    return 0;
  }
  console.error(current === null ? `${schemaFile} is missing: run \`npm run schema:emit\`.` : `${schemaFile} differs from the schema the code builds: run \`npm run schema:emit\` and commit the result.`);
  return 1;
}
