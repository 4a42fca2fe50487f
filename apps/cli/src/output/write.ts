// node:fs rather than node:fs/promises: the promise API loads streams and readline at start-up.

import type { Stats } from "node:fs";
import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  rename,
  rmSync,
  statSync,
  writeFile,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { NatoError } from "@nato/core";
import { escapeControls } from "./escape.js";
import { ioReason, isRunFailure, RunFailure } from "./failure.js";
import { guardSignals, pendingFiles } from "./signals.js";

/** What is at `path`, following symbolic links: the real target and its mode, or nothing yet. */
function targetOf(path: string): { real: string; mode: number | null } {
  const absolute = resolve(path);
  let link: Stats;
  try {
    link = lstatSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { real: absolute, mode: null };
    throw error;
  }
  if (!link.isSymbolicLink()) return checked(path, absolute, link);
  // A symbolic link: write its target in place, so the link stays a link.
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    // A dangling link: its target does not exist yet; create it where the link points.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return { real: resolve(dirname(absolute), readlinkSync(absolute)), mode: null };
  }
  return checked(path, real, statSync(real));
}

function checked(path: string, real: string, stat: Stats): { real: string; mode: number } {
  if (stat.isDirectory()) refuse(path, "it is a folder", "a file path, not a folder");
  if (stat.isFIFO())
    refuse(
      path,
      "it is a named pipe",
      "a regular file (for a pipe, leave out -o and redirect standard output)",
    );
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    refuse(
      path,
      "it is a device",
      "a regular file (for a device, leave out -o and redirect standard output)",
    );
  if (stat.isSocket()) refuse(path, "it is a socket", "a regular file");
  return { real, mode: stat.mode & 0o7777 };
}

function refuse(path: string, why: string, expected: string): never {
  throw new NatoError(
    "INVALID_ARGUMENT",
    `Cannot write "${escapeControls(path)}": ${why}. Expected ${expected}.`,
    {
      received: path,
      expected,
    },
  );
}

/**
 * Writes `text` to `path` atomically: into a temporary file in the target's folder, then renamed over the
 * target, so a reader never sees half a file and a failed write leaves the old file as it was. A symbolic
 * link is followed and its target replaced (the link stays); an existing file keeps its permissions; a
 * folder, named pipe or device is refused. A full disk or an I/O error is a `RunFailure` (exit 1); a path
 * that cannot be written is a `NatoError` `INVALID_ARGUMENT` (exit 2).
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  let target: { real: string; mode: number | null };
  try {
    target = targetOf(path);
  } catch (error) {
    if (error instanceof NatoError) throw error;
    throw failure(path, error);
  }
  const { real, mode } = target;
  // Unique within a folder: one process writes one file at a time. (Not crypto: it slows start-up.)
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  guardSignals();
  pendingFiles.add(temp);
  try {
    // Created synchronously: an interrupt's handler runs only between steps and must find the file. Opened
    // asynchronously, the open could still be under way when the handler removes the file and exits, and
    // create it just after.
    const fd = openSync(temp, "wx", mode ?? 0o666);
    try {
      await new Promise<void>((done, fail) => writeFile(fd, text, (error) => (error ? fail(error) : done())));
      // A full disk may only show when the data reaches it.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The umask narrowed the mode at creation; give an existing file its own mode back exactly.
    if (mode !== null) chmodSync(temp, mode);
    await new Promise<void>((done, fail) => rename(temp, real, (error) => (error ? fail(error) : done())));
    pendingFiles.delete(temp);
  } catch (error) {
    rmSync(temp, { force: true });
    pendingFiles.delete(temp);
    throw failure(path, error);
  }
}

function failure(path: string, error: unknown): Error {
  const shown = escapeControls(path);
  if (isRunFailure(error)) {
    return new RunFailure(`Cannot write "${shown}": ${ioReason(error)}; the file was left as it was.`, {
      cause: error,
    });
  }
  const code = (error as NodeJS.ErrnoException).code ?? "write failed";
  return new NatoError(
    "INVALID_ARGUMENT",
    `Cannot write "${shown}" (${code}): ${ioReason(error).replace(/ \([A-Z]+\)$/, "")}; expected a file path in an existing, writable folder.`,
    { received: path, expected: "a writable file path", cause: error },
  );
}
