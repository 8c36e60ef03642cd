import { relative } from "node:path";
import { ensureExplorerBuilt } from "../explorer/build.ts";

/** `parley explorer`: bundles GraphiQL and the who-met-whom page (npm ci runs it). */
export async function runExplorer(args: string[]): Promise<number> {
  if (args.length) {
    console.error(`usage: parley explorer (unknown: ${args.join(" ")})`);
    return 2;
  }
  const started = Date.now();
  const { dir, manifest } = await ensureExplorerBuilt();
  console.log(`Explorer assets (${manifest.files.length} files) in ${relative(process.cwd(), dir)}, ${Date.now() - started} ms`);
  return 0;
}
