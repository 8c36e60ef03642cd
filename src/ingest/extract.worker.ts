/** A worker thread of the extraction pool (extractPool.ts): text and hints in, outcome out. */
import { parentPort } from "node:worker_threads";
import { extractArticle, type ArticleHints } from "../extract/index.ts";
import { runExtraction } from "./extractor.ts";

parentPort!.on("message", ({ id, text, hints }: { id: number; text: string; hints: ArticleHints }) => {
  parentPort!.postMessage({ id, outcome: runExtraction(extractArticle, text, hints) });
});
parentPort!.postMessage({ ready: true });
