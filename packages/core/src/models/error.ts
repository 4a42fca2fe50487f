/**
 * Every way a boundary of the toolkit can refuse its input; branch on it rather than on the message.
 *
 * @category Errors
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
  | "INVALID_EDITION"
  | "INVALID_DATASET";

/**
 * What kind of problem one issue is, for programs that react to it (the message is for people).
 *
 * - `invalid_type`: not the kind of value expected (text where a number goes, `NaN`, a list for an object)
 * - `out_of_range`: a number of the right kind outside the range allowed
 * - `invalid_format`: text that does not have the form required (a date, an id)
 * - `unknown_value`: a name the package does not know (an Ally, an edition, a rule, a metric)
 * - `unknown_key`: a column or field the format does not have
 * - `missing`: a required column, field or value is absent
 * - `duplicate`: a column or row given twice
 * - `invalid_syntax`: the file cannot be read as CSV or JSON at all
 * - `empty`: nothing to read
 *
 * @category Errors
 * @example
 * const code: NatoIssueCode = "out_of_range";
 */
export type NatoIssueCode =
  | "invalid_type"
  | "out_of_range"
  | "invalid_format"
  | "unknown_value"
  | "unknown_key"
  | "missing"
  | "duplicate"
  | "invalid_syntax"
  | "empty";

/**
 * One problem with an input: a machine-readable `code`, where it is (`path`), what was expected, what was
 * found, and a sentence for people.
 *
 * @category Errors
 * @example
 * const issue: NatoIssue = {
 *   code: "out_of_range",
 *   path: ["target"],
 *   expected: "a number from 0 to 100",
 *   found: "120",
 *   message: "Invalid target 120: expected a number from 0 to 100.",
 * };
 */
export interface NatoIssue {
  readonly code: NatoIssueCode;
  /** Where the problem is: `[]` for the input as a whole, `["target"]` for an argument, `[3, "share_gdp_pct"]` for a row's cell. */
  readonly path: readonly (string | number)[];
  /** What would have been accepted. */
  readonly expected: string;
  /** What was there, as text ("an empty cell", `"abc"`, `NaN`, "nothing"). */
  readonly found: string;
  /** The problem in one sentence, saying what was wrong and what was expected. */
  readonly message: string;
}

/**
 * What a `NatoError` carries beyond its message, for callers that write their own text or offer a fix.
 *
 * @category Errors
 * @example
 * throw new NatoError("INVALID_ARGUMENT", "Invalid target 120: expected a number from 0 to 100.", {
 *   received: 120,
 *   expected: "a number from 0 to 100",
 * });
 */
export interface NatoErrorDetails<Issue extends NatoIssue = NatoIssue> {
  /** What the caller gave, as given. */
  readonly received?: unknown;
  /** What would have been accepted. */
  readonly expected?: string;
  /** The closest accepted value, when there is one worth suggesting. */
  readonly suggestion?: string;
  /** Every problem found; when omitted, one issue is made of the message, `received` and `expected`. */
  readonly issues?: readonly Issue[];
  /** Where the problem is, for the issue made when `issues` is omitted. */
  readonly path?: readonly (string | number)[];
  /** The kind of problem, for the issue made when `issues` is omitted (`invalid_type` by default). */
  readonly issueCode?: NatoIssueCode;
  /** The error that led to this one, passed on as the standard `Error` cause. */
  readonly cause?: unknown;
}

const BRAND = Symbol.for("@nato/core/NatoError");

/**
 * How a value reads in an issue's `found`: strings quoted, everything else as JavaScript prints it.
 *
 * @category Errors
 */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === "") return "an empty cell";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return "a list";
  return typeof value;
}

/**
 * The one error class of `@nato/core`, thrown only at boundaries (look-ups by name, parsing of user input,
 * figures that are not numbers). Like zod's errors it holds an `issues` list, each with a machine-readable
 * `code`, a `path`, what was `expected` and what was `found`; `code` on the error says which boundary
 * refused. Every `parseX` throws it; every `safeParseX` returns it in `{ success: false, error }`.
 *
 * @category Errors
 * @example
 * try { getAlly("Polend"); } catch (e) {
 *   if (e instanceof NatoError && e.code === "UNKNOWN_ALLY") console.log(e.suggestion); // "POL"
 * }
 */
export class NatoError<Issue extends NatoIssue = NatoIssue> extends Error {
  override readonly name = "NatoError";
  readonly code: NatoErrorCode;
  /** Every problem found, at least one. */
  readonly issues: readonly Issue[];
  readonly received?: unknown;
  readonly expected?: string;
  readonly suggestion?: string;

  constructor(code: NatoErrorCode, message: string, details: NatoErrorDetails<Issue> = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if ("received" in details) this.received = details.received;
    if (details.expected !== undefined) this.expected = details.expected;
    if (details.suggestion !== undefined) this.suggestion = details.suggestion;
    this.issues = Object.freeze<Issue[]>(
      (
        details.issues ?? [
          {
            code:
              details.issueCode ??
              (code.startsWith("UNKNOWN_")
                ? "unknown_value"
                : code === "YEAR_OUT_OF_RANGE"
                  ? "out_of_range"
                  : "invalid_type"),
            path: details.path ?? [],
            expected: details.expected ?? "a valid value",
            found: describeFound(details.received),
            message,
          },
        ]
      ).map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) }) as Issue),
    );
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** True for a `NatoError` from any copy of the package (its ES module and CommonJS builds alike). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && BRAND in value;
  }
}

/**
 * True when `value` is a {@link NatoError}, optionally with the given code.
 *
 * @category Errors
 * @example
 * if (isNatoError(err, "UNKNOWN_ALLY")) process.exitCode = 2;
 */
export function isNatoError(value: unknown, code?: NatoErrorCode): value is NatoError {
  return value instanceof NatoError && (code === undefined || value.code === code);
}

/**
 * What every `safeParseX` returns, as zod's `safeParse` does: the value, or the `NatoError` that
 * `parseX` would have thrown.
 *
 * @category Errors
 * @example
 * const result: SafeParseResult<number> = safeParsePercent("120", "target");
 * if (!result.success) result.error.issues[0]?.code; // "out_of_range"
 */
export type SafeParseResult<T, Issue extends NatoIssue = NatoIssue> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: NatoError<Issue> };

/**
 * Runs a throwing parser and returns its value or its `NatoError` (anything else is rethrown).
 *
 * @category Errors
 */
export function safely<T, Issue extends NatoIssue = NatoIssue>(parse: () => T): SafeParseResult<T, Issue> {
  try {
    return { success: true, data: parse() };
  } catch (error) {
    if (isNatoError(error)) return { success: false, error: error as NatoError<Issue> };
    throw error;
  }
}
