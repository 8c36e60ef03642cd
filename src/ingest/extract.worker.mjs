// Entry point of an extraction worker thread (extractPool.ts). Plain JavaScript: worker threads
// do not inherit the parent's tsx loader, so this registers it before loading the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./extract.worker.ts");
