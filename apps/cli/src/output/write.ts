// node:fs rather than node:fs/promises: the promise API loads streams and readline at start-up.
import { closeSync, openSync, rename, rmSync, writeFile } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { NatoError } from "@nato/core";

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>();
let guarded = false;

/**
 * Ctrl-C, a closed terminal or a kill while a file is written: remove any temporary file and exit as a shell
 * expects (128 + the signal's number). The target is then as it was (interrupted before the rename) or
 * whole (after it); never half.
 */
function guardSignals(): void {
  if (guarded) return;
  guarded = true;
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1],
  ] as const) {
    process.once(signal, () => {
      for (const temp of pending) rmSync(temp, { force: true });
      process.exit(128 + number);
    });
  }
}

/**
 * Writes `text` to `path` atomically: into a temporary file in the same folder, then renamed over the
 * target, so a reader never sees half a file and a failed write leaves the old file as it was.
 * Throws `NatoError` `INVALID_ARGUMENT` naming the path when the folder cannot be written.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = resolve(path);
  // Unique within a folder: one process writes one file at a time. (Not crypto: it slows start-up.)
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  guardSignals();
  pending.add(temp);
  try {
    // Created synchronously: an interrupt's handler runs only between steps and must find the file. Opened
    // asynchronously, the open could still be under way when the handler removes the file and exits, and
    // create it just after.
    const fd = openSync(temp, "wx");
    try {
      await new Promise<void>((done, fail) => writeFile(fd, text, (error) => (error ? fail(error) : done())));
    } finally {
      closeSync(fd);
    }
    await new Promise<void>((done, fail) => rename(temp, target, (error) => (error ? fail(error) : done())));
    pending.delete(temp);
  } catch (error) {
    rmSync(temp, { force: true });
    pending.delete(temp);
    const reason = (error as NodeJS.ErrnoException).code ?? "write failed";
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Cannot write "${path}" (${reason}): expected a file path in an existing, writable folder.`,
      { received: path, expected: "a writable file path", cause: error },
    );
  }
}
