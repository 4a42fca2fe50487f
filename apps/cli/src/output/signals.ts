import { rmSync } from "node:fs";

/** Temporary files being written, removed if the process is interrupted or ends on an error. */
export const pendingFiles = new Set<string>();

/** Removes any temporary file and exits with `code`. */
export function cleanUpAndExit(code: number): never {
  for (const temp of pendingFiles) rmSync(temp, { force: true });
  process.exit(code);
}

const SIGNALS = [
  ["SIGINT", 2],
  ["SIGTERM", 15],
  ["SIGHUP", 1],
] as const;

/**
 * Ctrl-C, a closed terminal or a kill: remove any temporary file and exit quietly, as a shell expects
 * (128 + the signal's number). A file being written is then as it was (interrupted before the rename) or
 * whole (after it); never half.
 */
let guarded = false;
export function guardSignals(): void {
  if (guarded) return;
  guarded = true;
  for (const [signal, number] of SIGNALS) process.once(signal, () => cleanUpAndExit(128 + number));
}
