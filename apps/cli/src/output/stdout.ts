import { fstatSync, writeSync } from "node:fs";
import { cleanUpAndExit } from "./signals.js";

// Standard output without Node's stream machinery when it is not a terminal. `process.stdout` loads the
// stream modules (and, for a terminal or a pipe, tty and net) the moment it is touched, which is a good part
// of a short command's start-up; a file, a pipe or /dev/null takes a plain synchronous write instead.

type FailureHandler = (error: NodeJS.ErrnoException) => void;

let onFailure: FailureHandler = () => {
  process.exitCode = 1;
};
let terminal: boolean | undefined;
let streamReady = false;

/**
 * What to do when standard output cannot take the answer (a closed pipe, a full disk): main sets it once,
 * and it serves both the synchronous writes and the stream's error event.
 */
export function onStdoutFailure(handler: FailureHandler): void {
  onFailure = handler;
}

/** `process.stdout`, with the failure handler attached the first time it is used. */
export function stdoutStream(): NodeJS.WriteStream {
  if (!streamReady) {
    streamReady = true;
    process.stdout.on("error", (error: NodeJS.ErrnoException) => onFailure(error));
  }
  return process.stdout;
}

/**
 * Whether standard output is a terminal. A regular file, a pipe, a socket or one of Linux's memory devices
 * (/dev/null, /dev/full: major number 1) never is, which `fstat` says without loading the terminal modules;
 * any other character device is asked the usual way.
 */
export function stdoutIsTerminal(): boolean {
  if (terminal !== undefined) return terminal;
  try {
    const stat = fstatSync(1);
    const memoryDevice = process.platform === "linux" && stat.isCharacterDevice() && stat.rdev >> 8 === 1;
    terminal = stat.isCharacterDevice() && !memoryDevice ? stdoutStream().isTTY === true : false;
  } catch {
    // Standard output is closed: not a terminal; writing will report it.
    terminal = false;
  }
  return terminal;
}

/** The terminal's size, when standard output is one. */
export function terminalSize(): { columns: number | undefined; rows: number | undefined } {
  if (!stdoutIsTerminal()) return { columns: undefined, rows: undefined };
  const stream = stdoutStream();
  return { columns: stream.columns, rows: stream.rows };
}

/**
 * Writes the answer: through the stream on a terminal, else with synchronous writes. A pipe that another
 * program left non-blocking and that is full (EAGAIN) takes the rest through the stream, which waits.
 */
export function writeStdout(text: string): void {
  if (stdoutIsTerminal()) {
    stdoutStream().write(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(1, bytes, offset, bytes.length - offset);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EAGAIN") {
      stdoutStream().write(bytes.subarray(offset));
      return;
    }
    onFailure(error as NodeJS.ErrnoException);
  }
}

let stderrReady = false;

/**
 * `process.stderr`, made on first use (a command that succeeds never loads it). If even standard error
 * fails there is nowhere left to say anything: the process ends with the exit code it had, or 1.
 */
export function stderrStream(): NodeJS.WriteStream {
  if (!stderrReady) {
    stderrReady = true;
    process.stderr.on("error", () =>
      cleanUpAndExit(process.exitCode === undefined ? 1 : Number(process.exitCode)),
    );
  }
  return process.stderr;
}
