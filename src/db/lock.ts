/**
 * One process per embedded database: PGlite is a single-user PostgreSQL, and two processes
 * opening one data folder silently lose each other's writes (or wedge). Whoever opens the folder
 * first (server or command line) holds `<folder>.lock`, a small JSON file naming its PID and, for
 * a server, the URL where it takes writes instead. A lock left by a process that died (its PID
 * is gone, or now belongs to another program) is taken over.
 */
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";

/** Who holds a data folder, as written in its lock file. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** Start time of the process (Linux clock ticks since boot), to tell a reused PID from the holder. */
  processStart: string | null;
  /** What is running: "parley server", "parley ingest"… */
  command: string;
  startedAt: string;
  /** A server's GraphQL endpoint, once it listens. */
  url?: string;
  /** Whether that server accepts writes: with a bearer token, open (PARLEY_DEV=1), or not at all. */
  writes?: "token" | "open" | "off";
}

/** The folder is held by another live process. */
export class DatabaseLockedError extends Error {
  override name = "DatabaseLockedError";

  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    const what = holder.url ? `a Parley server at ${holder.url}` : `\`${holder.command}\``;
    super(
      `The embedded database ${dataDir} is in use by ${what} (PID ${holder.pid}${holder.hostname !== hostname() ? ` on ${holder.hostname}` : ""}, since ${holder.startedAt}). ` +
        `Only one process may open it at a time: wait for that one to finish or stop it (kill ${holder.pid}), then run this again. ` +
        `If no such process exists, delete ${lockFile}.`,
    );
  }
}

/** A lock this process holds. */
export interface DataDirLock {
  readonly file: string;
  /** Adds what other processes should know (a server's URL) to the lock file. */
  advertise(details: Pick<LockHolder, "url" | "writes">): void;
  release(): void;
}

/** The lock file of a PGlite data folder (beside it: PostgreSQL wants its folder to itself). */
export function lockFileOf(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, "")}.lock`;
}

/** Takes the lock on `dataDir` for this process, or throws DatabaseLockedError naming the holder. */
export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  const file = lockFileOf(dataDir);
  let holder: LockHolder = { pid: process.pid, hostname: hostname(), processStart: processStart(process.pid), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file, holder)) {
      const release = () => {
        if (readHolder(file)?.pid === process.pid) tryUnlink(file);
        process.off("exit", release);
      };
      process.on("exit", release); // a process.exit() without close() still frees the folder
      return {
        file,
        advertise(details) {
          holder = { ...holder, ...details };
          const temp = `${file}.${process.pid}.tmp`;
          writeFileSync(temp, JSON.stringify(holder, null, 2) + "\n");
          renameSync(temp, file);
        },
        release,
      };
    }
    const raw = readRaw(file);
    if (raw === null) continue; // released meanwhile
    const current = parseHolder(raw);
    if (current && isAlive(current)) throw new DatabaseLockedError(dataDir, file, current);
    // Dead holder (or a file that is not a lock): take it over, unless someone else just did.
    if (readRaw(file) === raw) tryUnlink(file);
  }
  throw new Error(`Could not take the lock ${file}: other processes keep taking it.`);
}

/** Creates the lock file with its content in one step (link fails if the file exists). */
function tryCreate(file: string, holder: LockHolder): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(holder, null, 2) + "\n");
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    tryUnlink(temp);
  }
}

function readRaw(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const value = JSON.parse(raw) as LockHolder;
    return Number.isInteger(value?.pid) ? value : null;
  } catch {
    return null;
  }
}

/** The process holding the folder's lock, if any (live or not). */
export function readHolder(file: string): LockHolder | null {
  const raw = readRaw(file);
  return raw === null ? null : parseHolder(raw);
}

/** Whether the holder still runs. On another host we cannot tell, so it is taken as alive. */
export function isAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  // The PID may have been given to another program since the holder died.
  const start = processStart(holder.pid);
  return !(holder.processStart && start && start !== holder.processStart);
}

/** A process's start time from /proc (Linux); null elsewhere. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null; // field 22, counted after "(comm)"
  } catch {
    return null;
  }
}

function tryUnlink(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
