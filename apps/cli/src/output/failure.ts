/** Exit codes: 0 done, 1 the run failed (a file does not validate, a disk is full), 2 a usage mistake. */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * A failure of the run that is not the user's mistake (a full disk, an I/O error): one line on standard
 * error and exit 1.
 */
export class RunFailure extends Error {
  override readonly name = "RunFailure";
  readonly exitCode: number;
  constructor(message: string, options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? EXIT_FAILED;
  }
}

const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is too large for the file system",
  EIO: "an input/output error on the device",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the name is too long",
  EBADF: "the stream is closed",
  EPIPE: "the reader closed the pipe",
  ECONNRESET: "the reader closed the connection",
  EAGAIN: "the stream is not ready (non-blocking)",
  ENXIO: "no such device or address",
  EMFILE: "too many open files",
  ETXTBSY: "the file is busy",
  EXDEV: "the target is on another device",
};

/** The errno code of an error, if it has one. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** An I/O error in words a user can act on, with its errno code: "no space left on the device (ENOSPC)". */
export function ioReason(error: unknown): string {
  const code = errnoOf(error);
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  const words = WORDS[code];
  return words ? `${words} (${code})` : code;
}

/** Codes that mean the machine failed the run, not that the user named a wrong place. */
const RUN_FAILURES = new Set(["ENOSPC", "EDQUOT", "EFBIG", "EIO", "EMFILE", "ETXTBSY", "EAGAIN"]);

/** Whether an I/O error is a failure of the run (exit 1) rather than a usage mistake (exit 2). */
export function isRunFailure(error: unknown): boolean {
  const code = errnoOf(error);
  return code !== undefined && RUN_FAILURES.has(code);
}
