import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { NatoError } from "@nato/core";

/**
 * Writes `text` to `path` atomically: into a temporary file in the same folder, then renamed over the
 * target, so a reader never sees half a file and a failed write leaves the old file as it was.
 * Throws `NatoError` `INVALID_ARGUMENT` naming the path when the folder cannot be written.
 */
export function writeFileAtomic(path: string, text: string): void {
  const target = resolve(path);
  // Unique within a folder: one process writes one file at a time. (Not crypto: it slows start-up.)
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx" });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? "write failed";
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Cannot write "${path}" (${reason}): expected a file path in an existing, writable folder.`,
      { received: path, expected: "a writable file path", cause: error },
    );
  }
}
