/**
 * GraphQL Code Generator config: typed results and variables for the example operations,
 * generated from the checked-in schema.graphql (not from a running server), so a frontend
 * can generate its client the same way. `npm run codegen`; the output is git-ignored.
 *
 * The file has the shape `@graphql-codegen/cli` reads (a frontend can copy it as it is), but
 * `npm run codegen` runs it with `@graphql-codegen/core` (src/cli/codegen.ts): the CLI's
 * loaders for remote schemas depend on packages that need Node ≥ 22.15, and this repo installs
 * without engine warnings on Node 20 as well.
 *
 * Only `typescript-operations`: since its v6 it emits the enums and input types the operations
 * use itself, and adding the `typescript` plugin to the same file declares them twice (TS2300).
 */

/** Where `npm run codegen` writes; tests generate into a temp dir instead. */
export const generatedFile = "examples/generated/operations.ts";

/** Plugin options shared by every output. */
export const pluginConfig = {
  // Date and DateTime travel as ISO strings ("2016-03-24", "2016-03-24T10:00:00.000Z").
  scalars: { Date: "string", DateTime: "string" },
  // Fail generation on a custom scalar without a mapping instead of typing it `any`.
  strictScalars: true,
  // String unions rather than TypeScript enums: no runtime code, fine under isolatedModules.
  enumType: "string-literal",
};

/** One output file: the plugins that write it and their options. */
export interface CodegenOutput {
  plugins: string[];
  config: Record<string, unknown>;
}

/** The part of `@graphql-codegen/cli`'s CodegenConfig this repo uses. */
export interface CodegenConfig {
  schema: string;
  documents: string[];
  generates: Record<string, CodegenOutput>;
}

const config: CodegenConfig = {
  schema: "./schema.graphql",
  documents: ["examples/operations/*.graphql"],
  generates: {
    [generatedFile]: { plugins: ["typescript-operations"], config: pluginConfig },
  },
};

export default config;
