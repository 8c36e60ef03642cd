/**
 * Bundles the explorer's browser code (GraphiQL with Monaco and its workers; the who-met-whom
 * page with Cytoscape) from npm packages with esbuild, into dist/explorer/<source hash>/. Nothing
 * is fetched: every script, style sheet and font the pages use is a file of that folder.
 *
 * `npm ci` builds it (postinstall); the server builds it on first use when the folder for the
 * current sources is missing (a checkout with new client code, or a deleted dist/).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import * as esbuild from "esbuild";

const root = join(import.meta.dirname, "../..");
const clientDir = join(import.meta.dirname, "client");

/** Where built assets live, one folder per source hash. */
export const distDir = join(root, "dist/explorer");

/** The page bundles and the files each one loads. */
export interface Manifest {
  sourceHash: string;
  /** Per page, the entry script and its style sheet (file names in the folder). */
  pages: Record<"graphiql" | "graph", { script: string; style: string }>;
  /** Monaco's workers, by label. */
  workers: { editor: string; json: string; graphql: string };
  /** Every file in the folder. */
  files: string[];
}

/** Monaco's web workers, built as classic scripts that GraphiQL's page starts by URL. */
const workerEntries = {
  editor: "monaco-editor/esm/vs/editor/editor.worker.js",
  json: "monaco-editor/esm/vs/language/json/json.worker.js",
  graphql: "monaco-graphql/esm/graphql.worker.js",
};

/**
 * Monaco's ESM modules import their own CSS piece by piece, which esbuild would split into one
 * style sheet per lazily loaded chunk that nothing links. The page links Monaco's prebuilt
 * editor.main.css instead (imported by client/graphiql.tsx), so these imports are dropped.
 */
const dropMonacoModuleCss: esbuild.Plugin = {
  name: "drop-monaco-module-css",
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) => (/[\\/]monaco-editor[\\/]esm[\\/]/.test(args.importer) ? { path: args.path, namespace: "dropped-css" } : undefined));
    build.onLoad({ filter: /.*/, namespace: "dropped-css" }, () => ({ contents: "", loader: "js" }));
  },
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat().sort();
}

/** Hash of everything the bundles are made from: the client code, this file and the lockfile. */
export async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const inputs = [...(await filesUnder(clientDir)), import.meta.filename, join(root, "package-lock.json")];
  for (const file of inputs) {
    if (!existsSync(file)) continue;
    hash.update(relative(root, file)).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Builds the bundles into `outDir` and returns their manifest (also written as manifest.json). */
export async function buildExplorer(outDir: string, hash: string): Promise<Manifest> {
  const common: esbuild.BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    target: "es2022",
    outdir: outDir,
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    assetNames: "[name]-[hash]",
    legalComments: "linked",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    metafile: true,
  };
  const pages = await esbuild.build({
    ...common,
    entryPoints: { graphiql: join(clientDir, "graphiql.tsx"), graph: join(clientDir, "graph/main.ts") },
    format: "esm",
    splitting: true,
    jsx: "automatic",
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file", ".png": "file" },
    plugins: [dropMonacoModuleCss],
  });
  const workers = await esbuild.build({ ...common, entryPoints: workerEntries, format: "iife" });

  const outputs = { ...pages.metafile!.outputs, ...workers.metafile!.outputs };
  const entryOutput = (entry: string) => {
    const found = Object.entries(outputs).find(([, o]) => o.entryPoint && relative(root, join(root, o.entryPoint)) === relative(root, entry));
    if (!found) throw new Error(`esbuild produced no output for ${entry}`);
    return { script: basename(found[0]), style: found[1].cssBundle ? basename(found[1].cssBundle) : "" };
  };
  const graphiql = entryOutput(join(clientDir, "graphiql.tsx"));
  const graph = entryOutput(join(clientDir, "graph/main.ts"));
  if (!graphiql.style || !graph.style) throw new Error("esbuild produced no style sheet for a page");
  const workerFile = (entry: string) => entryOutput(join(root, "node_modules", entry)).script;
  const manifest: Manifest = {
    sourceHash: hash,
    pages: { graphiql, graph },
    workers: { editor: workerFile(workerEntries.editor), json: workerFile(workerEntries.json), graphql: workerFile(workerEntries.graphql) },
    files: (await filesUnder(outDir)).map((f) => relative(outDir, f)),
  };
  await writeFile(join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * The manifest of the bundles for the current sources, building them first when they are
 * missing. Several processes may call this at once (test workers, a server and `npm ci`): each
 * builds into a folder of its own and renames it into place; the first rename wins.
 */
export async function ensureExplorerBuilt(): Promise<{ dir: string; manifest: Manifest }> {
  const hash = await sourceHash();
  const dir = join(distDir, hash);
  const manifestFile = join(dir, "manifest.json");
  if (!existsSync(manifestFile)) {
    const scratch = join(distDir, `.build-${process.pid}-${Date.now()}`);
    await mkdir(scratch, { recursive: true });
    try {
      await buildExplorer(scratch, hash);
      await rename(scratch, dir).catch((error: NodeJS.ErrnoException) => {
        if (!existsSync(manifestFile)) throw error; // another process put the same build there first
      });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    await removeOtherBuilds(hash);
  }
  return { dir, manifest: JSON.parse(await readFile(manifestFile, "utf8")) as Manifest };
}

/** Deletes builds of older sources (not scratch folders: another process may be writing one). */
async function removeOtherBuilds(keep: string) {
  const entries = await readdir(distDir).catch(() => [] as string[]);
  await Promise.all(entries.filter((e) => e !== keep && !e.startsWith(".")).map((e) => rm(join(distDir, e), { recursive: true, force: true })));
}
