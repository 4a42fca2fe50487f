import { deepFreeze } from "../internal/freeze.js";
import type { Edition } from "../models/edition.js";
import { describeFound, NatoError, type NatoIssue, type SafeParseResult, safely } from "../models/error.js";
import { isMetric, METRICS } from "../models/metric.js";

/**
 * What a user's own edition is made of: the figures' id, title, who is credited for them and how they were
 * obtained. Nothing of NATO's is assumed: the credit line names `publisher`, never NATO.
 *
 * @category Parsing
 * @example
 * const input: UserEditionInput = {
 *   id: "budget-2027",
 *   title: "Draft defence budget 2027",
 *   publisher: "Ministry of Finance",
 *   source: "Budget bill, annex 4, as tabled on 1 October 2026",
 *   firstYear: 2025,
 *   lastYear: 2027,
 * };
 */
export interface UserEditionInput {
  /** Any id of letters, digits, dots, hyphens and underscores, at most 64 characters ("budget-2027"). */
  readonly id: string;
  /** What the figures are ("Draft defence budget 2027"). */
  readonly title: string;
  /** Who is credited for the figures; the credit line reads "Source: <publisher>, <title> (<id>)." */
  readonly publisher: string;
  /** How the figures were obtained. */
  readonly source: string;
  /** First and last year covered; `datasetFromText` fills them from the rows when omitted. */
  readonly firstYear?: number;
  readonly lastYear?: number;
  /** Years whose figures are estimates. */
  readonly estimateYears?: readonly number[];
  /** Metrics the figures hold; every metric when omitted. */
  readonly metrics?: readonly string[];
  /** An http(s) address where the figures can be found. */
  readonly url?: string | null;
  /** ISO dates of publication and of the data cut-off. */
  readonly publishedOn?: string | null;
  readonly dataCutOff?: string | null;
  readonly notes?: readonly string[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const isYear = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1949 && value <= 2100;

/**
 * A user's own edition, checked: every problem is reported at once in a `NatoError` `INVALID_EDITION`
 * whose issues name the field, what was expected and what was found. The result is frozen and credits
 * the user's `publisher`, never NATO.
 *
 * @category Parsing
 * @example
 * const mine = userEdition({ id: "budget-2027", title: "Draft budget", publisher: "Ministry of Finance",
 *   source: "Budget bill, annex 4", firstYear: 2025, lastYear: 2027 });
 * sourceLine(mine); // "Source: Ministry of Finance, Draft budget (budget-2027). e = estimate."
 */
export function userEdition(input: UserEditionInput): Edition {
  const issues: NatoIssue[] = [];
  const record = (input ?? {}) as unknown as Record<string, unknown>;
  const problem = (field: string, expected: string, code: NatoIssue["code"] = "invalid_type") => {
    const value = record[field];
    const found = describeFound(value);
    issues.push({
      code: value === undefined ? "missing" : code,
      path: [field],
      expected,
      found,
      message: `Edition field "${field}": expected ${expected}, found ${found}.`,
    });
  };
  if (typeof record.id !== "string" || !ID.test(record.id))
    problem("id", "an id of letters, digits, dots, hyphens and underscores (at most 64)", "invalid_format");
  for (const field of ["title", "publisher", "source"] as const)
    if (!isText(record[field])) problem(field, "a non-empty text");
  for (const field of ["firstYear", "lastYear"] as const)
    if (!isYear(record[field])) problem(field, "a whole year from 1949 to 2100", "out_of_range");
  if (isYear(record.firstYear) && isYear(record.lastYear) && record.firstYear > record.lastYear)
    problem("lastYear", `a year from firstYear (${record.firstYear}) on`, "out_of_range");
  const estimateYears = record.estimateYears ?? [];
  if (!Array.isArray(estimateYears) || !estimateYears.every(isYear))
    problem("estimateYears", "a list of whole years");
  const metrics = record.metrics ?? METRICS;
  if (!Array.isArray(metrics) || !metrics.every((m) => typeof m === "string" && isMetric(m)))
    problem("metrics", `a list of metrics (${METRICS.join(", ")})`, "unknown_value");
  const url = record.url ?? null;
  if (url !== null && !(typeof url === "string" && /^https?:\/\/[^\s]+$/.test(url)))
    problem("url", "an http(s) address, or null", "invalid_format");
  for (const field of ["publishedOn", "dataCutOff"] as const) {
    const date = record[field] ?? null;
    if (date !== null && !(typeof date === "string" && ISO_DATE.test(date)))
      problem(field, "an ISO date such as 2026-10-01, or null", "invalid_format");
  }
  const notes = record.notes ?? [];
  if (!Array.isArray(notes) || !notes.every((n) => typeof n === "string"))
    problem("notes", "a list of texts");
  if (issues.length > 0) {
    throw new NatoError(
      "INVALID_EDITION",
      `The edition is not valid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${issues.map((i) => `  ${i.message}`).join("\n")}`,
      {
        received: input,
        expected: "an edition with an id, a title, a publisher, a source and its years",
        issues,
      },
    );
  }
  return deepFreeze({
    id: record.id as string,
    title: (record.title as string).trim(),
    publisher: (record.publisher as string).trim(),
    publishedOn: (record.publishedOn as string | null | undefined) ?? null,
    dataCutOff: (record.dataCutOff as string | null | undefined) ?? null,
    url: url as string | null,
    firstYear: record.firstYear as number,
    lastYear: record.lastYear as number,
    estimateYears: [...(estimateYears as number[])],
    metrics: [...(metrics as string[])],
    source: (record.source as string).trim(),
    notes: [...(notes as string[])],
  });
}

/**
 * Like {@link userEdition}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @category Parsing
 * @example
 * safeUserEdition({ id: "x", title: "", publisher: "Me", source: "My sums", firstYear: 2025, lastYear: 2025 })
 *   .error?.issues[0]?.path; // ["title"]
 */
export function safeUserEdition(input: UserEditionInput): SafeParseResult<Edition> {
  return safely(() => userEdition(input));
}
