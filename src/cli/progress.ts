/**
 * A progress bar with rate and time left. On a terminal it redraws one line; otherwise (a log, a
 * pipe) it prints a plain line now and then: every PARLEY_PROGRESS_INTERVAL_MS ms, 5 s by default.
 */
export interface ProgressBar {
  update(done: number, label?: string): void;
  finish(): void;
}

export function progressBar(total: number, unit = "articles", stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const width = 24;
  const started = Date.now();
  const interval = stream.isTTY ? 100 : Number(process.env.PARLEY_PROGRESS_INTERVAL_MS || 5000);
  let last = 0;
  let shown = -1;
  const line = (done: number, label: string) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 && done < total ? `ETA ${formatDuration((total - done) / rate)}` : "";
    const bar = total > 0 ? `[${"#".repeat(Math.round((Math.min(done, total) / total) * width)).padEnd(width, ".")}] ` : "";
    return `${bar}${done}/${total} ${unit}  ${rate.toFixed(rate < 10 ? 1 : 0)}/s  ${eta}`.trimEnd() + (label ? `  ${label.slice(0, 40)}` : "");
  };
  return {
    update(done, label = "") {
      const now = Date.now();
      if (total === 0 || (now - last < interval && done < total)) return;
      last = now;
      shown = done;
      if (stream.isTTY) stream.write(`\r${line(done, label).padEnd(stream.columns ? stream.columns - 1 : 100).slice(0, (stream.columns ?? 101) - 1)}`);
      else stream.write(`${line(done, "")}\n`);
    },
    finish() {
      if (stream.isTTY && shown >= 0) stream.write("\n");
    },
  };
}

/** "42 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}
