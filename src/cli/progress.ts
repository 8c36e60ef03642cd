/** A one-line progress bar on a terminal; silent when output is not a terminal. */
export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const width = 30;
  return {
    update(done: number, label: string) {
      if (!stream.isTTY || total === 0) return;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
    },
    finish() {
      if (stream.isTTY && total > 0) stream.write("\n");
    },
  };
}
