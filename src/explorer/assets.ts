/**
 * The built bundles, held in memory once loaded: each file with its content type, ETag and a
 * gzipped copy made on first request.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { ensureExplorerBuilt, type Manifest } from "./build.ts";

/** URL path under which the bundles are served. */
export const ASSET_PREFIX = "/explorer/assets/";

const contentTypes: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** One servable file. */
export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
  gzipped?: Promise<Buffer>;
}

export interface Assets {
  manifest: Manifest;
  /** By file name (the part of the URL after ASSET_PREFIX). */
  files: Map<string, Asset>;
  /** The URL of a file of the manifest. */
  url(file: string): string;
}

let loading: Promise<Assets> | undefined;

/** The bundles for the current sources, built if needed; loaded once per process. */
export function loadAssets(): Promise<Assets> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // try again on the next request
    throw error;
  });
  return loading;
}

async function load(): Promise<Assets> {
  const { dir, manifest } = await ensureExplorerBuilt();
  const files = new Map<string, Asset>();
  for (const file of manifest.files) {
    if (file === "manifest.json") continue;
    const body = await readFile(join(dir, file));
    files.set(file, { body, type: contentTypes[extname(file)] ?? "application/octet-stream", etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` });
  }
  return { manifest, files, url: (file) => ASSET_PREFIX + file };
}

/** The gzipped body of a compressible asset (made once, off the event loop), or undefined for fonts and images. */
export function gzipped(asset: Asset): Promise<Buffer> | undefined {
  if (!/^(text\/|application\/json|image\/svg)/.test(asset.type) || asset.body.length < 1024) return undefined;
  asset.gzipped ??= promisify(gzip)(asset.body);
  return asset.gzipped;
}
