/**
 * Extraction on worker threads, one per core by default: extraction is pure CPU, and the main
 * thread has the database to feed. Each worker loads the extractor once; a worker that crashes
 * or takes too long on an article is replaced, and that article's outcome is a failure.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleHints } from "../extract/index.ts";
import { failedExtraction, type ExtractionOutcome } from "./extractor.ts";

/** Longest one article may take on a worker before it is stopped and the article marked failed. */
const DEFAULT_TIMEOUT_MS = 120_000;

interface Task {
  id: number;
  text: string;
  hints: ArticleHints;
  resolve(outcome: ExtractionOutcome): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  isReady: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

const workerEntry = new URL("./extract.worker.mjs", import.meta.url);

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  /** Set when a worker could not even start: every article would fail the same way, so nothing is extracted. */
  private broken: Error | null = null;

  constructor(
    readonly size: number = availableParallelism(),
    private readonly timeoutMs: number = DEFAULT_TIMEOUT_MS,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /**
   * Extracts one article on the next free worker. The extractor's errors are outcomes; this
   * rejects only when the workers cannot start (or the pool is closed).
   */
  extract(text: string, hints: ArticleHints): Promise<ExtractionOutcome> {
    if (this.closed || this.broken) return Promise.reject(this.broken ?? new Error("The extraction pool is closed."));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, hints, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(workerEntry);
    const slot: Slot = { worker, isReady: false, task: null, timer: null };
    worker.on("message", (message: { ready?: true; id?: number; outcome?: ExtractionOutcome }) => {
      if (message.ready) slot.isReady = true;
      else if (slot.task?.id === message.id) this.finish(slot, message.outcome!);
    });
    worker.on("error", (error) => this.replace(slot, `the extraction worker crashed: ${error.message}`));
    worker.on("exit", (code) => {
      if (!this.closed) this.replace(slot, `the extraction worker exited with code ${code}`);
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || !this.queue.length) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => this.replace(slot, `extraction took longer than ${this.timeoutMs / 1000} s`), this.timeoutMs);
      slot.worker.postMessage({ id: task.id, text: task.text, hints: task.hints });
    }
  }

  private finish(slot: Slot, outcome: ExtractionOutcome): void {
    const task = slot.task!;
    clearTimeout(slot.timer!);
    slot.task = null;
    slot.timer = null;
    task.resolve(outcome);
    this.dispatch();
  }

  /** Replaces a worker that failed; the article it was on fails with `reason`. */
  private replace(slot: Slot, reason: string): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    if (!slot.isReady) return this.fail(new Error(`Cannot start the extraction workers: ${reason}`));
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (task) task.resolve(failedExtraction(task.text, task.hints, `${reason}.`));
    this.dispatch();
  }

  /** Gives up: every article waiting or running is rejected with `error`. */
  private fail(error: Error): void {
    this.broken = error;
    for (const slot of this.slots) if (slot.timer) clearTimeout(slot.timer);
    for (const task of [...this.queue.splice(0), ...this.slots.flatMap((s) => (s.task ? [s.task] : []))]) task.reject(error);
    void this.close();
  }
}
