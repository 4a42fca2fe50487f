/**
 * Every way a boundary of the toolkit can refuse its input; branch on it rather than on the message.
 *
 * @example
 * try {
 *   getDataset("2019");
 * } catch (e) {
 *   if (isNatoError(e)) console.log(e.code); // "UNKNOWN_EDITION"
 * }
 */
export type NatoErrorCode =
  | "UNKNOWN_ALLY"
  | "UNKNOWN_EDITION"
  | "UNKNOWN_RULE"
  | "UNKNOWN_METRIC"
  | "YEAR_OUT_OF_RANGE"
  | "INVALID_ARGUMENT"
  | "INVALID_DATASET";

/**
 * What a `NatoError` carries beyond its message, for callers that write their own text or offer a fix.
 *
 * @example
 * throw new NatoError("INVALID_ARGUMENT", "Invalid target 120: expected a number from 0 to 100.", {
 *   received: 120,
 *   expected: "a number from 0 to 100",
 * });
 */
export interface NatoErrorDetails {
  /** What the caller gave, as given. */
  readonly received?: unknown;
  /** What would have been accepted. */
  readonly expected?: string;
  /** The closest accepted value, when there is one worth suggesting. */
  readonly suggestion?: string;
  /** The error that led to this one, passed on as the standard `Error` cause. */
  readonly cause?: unknown;
}

/**
 * The one error class of `@nato/core`. Thrown only at boundaries (look-ups by name, parsing of user
 * input); rules and analyses return result objects instead.
 *
 * @example
 * try { getAlly("Polend"); } catch (e) {
 *   if (e instanceof NatoError && e.code === "UNKNOWN_ALLY") console.log(e.suggestion); // "POL"
 * }
 */
export class NatoError extends Error {
  override readonly name = "NatoError";
  readonly code: NatoErrorCode;
  readonly received?: unknown;
  readonly expected?: string;
  readonly suggestion?: string;

  constructor(code: NatoErrorCode, message: string, details: NatoErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if ("received" in details) this.received = details.received;
    if (details.expected !== undefined) this.expected = details.expected;
    if (details.suggestion !== undefined) this.suggestion = details.suggestion;
  }
}

/**
 * True when `value` is a {@link NatoError}, optionally with the given code.
 *
 * @example
 * if (isNatoError(err, "UNKNOWN_ALLY")) process.exitCode = 2;
 */
export function isNatoError(value: unknown, code?: NatoErrorCode): value is NatoError {
  return value instanceof NatoError && (code === undefined || value.code === code);
}
