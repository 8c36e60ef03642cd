import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { codegen } from "@graphql-codegen/core";
import * as typescriptOperations from "@graphql-codegen/typescript-operations";
import { buildSchema, parse } from "graphql";
import config, { type CodegenConfig } from "../../codegen.ts";

const root = join(import.meta.dirname, "../..");

/** The plugins `codegen.ts` may name. */
const pluginMap = { "typescript-operations": typescriptOperations };

/** The files a `documents` entry names: a folder and `*.<ext>` (the only glob form supported). */
async function documentFiles(pattern: string, cwd: string): Promise<string[]> {
  const star = /^\*(\.[\w.]+)$/.exec(basename(pattern));
  if (!star || dirname(pattern).includes("*")) throw new Error(`codegen.ts: documents must look like "folder/*.graphql" (got "${pattern}")`);
  const dir = join(cwd, dirname(pattern));
  return (await readdir(dir)).filter((f) => f.endsWith(star[1]!)).sort().map((f) => join(dir, f));
}

/**
 * Runs GraphQL Code Generator's core over a `codegen.ts`-style config, with the checked-in SDL
 * and the operation files it names. Returns each output path (relative to `cwd` unless absolute)
 * with its generated text.
 */
export async function generate(options: CodegenConfig = config, cwd = root): Promise<{ filename: string; content: string }[]> {
  const sdl = await readFile(join(cwd, options.schema), "utf8");
  const files = (await Promise.all(options.documents.map((p) => documentFiles(p, cwd)))).flat();
  const documents = await Promise.all(files.map(async (file) => ({ location: relative(cwd, file), document: parse(await readFile(file, "utf8")) })));
  return Promise.all(
    Object.entries(options.generates).map(async ([filename, output]) => {
      const plugins = output.plugins.map((name) => {
        if (!(name in pluginMap)) throw new Error(`codegen.ts: plugin "${name}" is not installed here (only ${Object.keys(pluginMap).join(", ")})`);
        return { [name]: {} };
      });
      const content = await codegen({ filename, schema: parse(sdl), schemaAst: buildSchema(sdl), documents, plugins, pluginMap, config: output.config });
      return { filename, content };
    }),
  );
}

/** `parley codegen`: writes the outputs codegen.ts names. */
export async function runCodegen(args: string[]): Promise<number> {
  if (args.length) {
    console.error(`usage: parley codegen (unknown: ${args.join(" ")})`);
    return 2;
  }
  for (const { filename, content } of await generate()) {
    const path = join(root, filename);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    console.log(`Wrote ${relative(root, path)}`);
  }
  return 0;
}
