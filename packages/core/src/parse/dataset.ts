import Papa from "papaparse";
import { EDITION_IDS, EDITIONS } from "../data/editions.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Dataset } from "../models/dataset.js";
import type { Edition } from "../models/edition.js";
import {
  NatoError,
  type NatoIssue,
  type NatoIssueCode,
  type SafeParseResult,
  safely,
} from "../models/error.js";
import { METRIC_INFO, METRICS, type Metric } from "../models/metric.js";
import { isEntityCode, type Observation } from "../models/observation.js";
import { type UserEditionInput, userEdition } from "./edition.js";

/**
 * One problem found in user-supplied figures. Rows count from 1 for the first data row.
 *
 * @category Parsing
 * @example
 * const result = safeParseDataset("iso3,year,edition,estimate,share_gdp_pct\nPOL,2025,2026,maybe,4.25\n");
 * if (!result.success) result.error.issues[0]; // { code: "invalid_type", path: [1, "estimate"], expected: "true or false", found: '"maybe"', row: 1, column: "estimate", ... }
 */
export interface DatasetIssue extends NatoIssue {
  /** Data row (CSV: line number minus the header; JSON: array index + 1); null for the file as a whole. */
  readonly row: number | null;
  /** The column or field, as the file names it; null when the whole row is at fault. */
  readonly column: string | null;
  /** The same as `found`, under the name earlier versions used. */
  readonly received: string;
}

/** An issue as it is collected, before its path is written from its row and column. */
type Found = Omit<DatasetIssue, "path" | "received">;

const withPath = (issue: Found): DatasetIssue => ({
  code: issue.code,
  path:
    issue.row === null
      ? issue.column === null
        ? []
        : [issue.column]
      : issue.column === null
        ? [issue.row]
        : [issue.row, issue.column],
  expected: issue.expected,
  found: issue.found,
  received: issue.found,
  message: issue.message,
  row: issue.row,
  column: issue.column,
});

/** The kind of problem a wrong field is: absent, of the wrong type, out of range or of the wrong form. */
function fieldIssueCode(field: string, value: unknown): NatoIssueCode {
  if (value === undefined || value === "") return "missing";
  if (field === "code") return typeof value === "string" ? "unknown_value" : "invalid_type";
  if (field === "edition") return typeof value === "string" ? "invalid_format" : "invalid_type";
  if (field === "year" || field in METRIC_INFO)
    return typeof value === "number" &&
      Number.isFinite(value) &&
      (field !== "year" || Number.isInteger(value))
      ? "out_of_range"
      : "invalid_type";
  return "invalid_type";
}

/**
 * What `safeParseDataset` returns: the observations, or the `NatoError` (`INVALID_DATASET`) whose `issues`
 * list every problem, each with its row and column.
 *
 * @category Parsing
 * @example
 * const result: ParseDatasetResult = safeParseDataset(text);
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.message);
 */
export type ParseDatasetResult = SafeParseResult<readonly Observation[], DatasetIssue>;

/**
 * How `parseDataset` reads a file.
 *
 * @category Parsing
 * @example
 * const options: ParseDatasetOptions = { format: "csv", edition: "2027-07" };
 * parseDataset("iso3,year,estimate,share_gdp_pct\nPOL,2027,false,4.8\n", options).success; // true
 */
export interface ParseDatasetOptions {
  /** `csv` or `json`; guessed from the first character when omitted. */
  readonly format?: "csv" | "json";
  /** Edition for rows that name none. Without it, each row must name its edition. */
  readonly edition?: string;
  /** Stop after this many issues (default 100). */
  readonly maxIssues?: number;
}

/**
 * CSV column names (and field names) to the observation field they fill.
 *
 * @category Parsing
 */
export const CSV_ALIASES: Readonly<Record<string, string>> = {
  iso3: "code",
  code: "code",
  ally: "name",
  name: "name",
  year: "year",
  edition: "edition",
  estimate: "estimate",
  note: "note",
  ...Object.fromEntries(
    METRICS.flatMap((m) => [
      [METRIC_INFO[m].csvColumn, m],
      [m, m],
    ]),
  ),
};

/**
 * A value as an issue quotes it: JSON, "an empty cell" or "nothing".
 *
 * @category Parsing
 */
export const describe = (value: unknown): string =>
  value === undefined ? "nothing" : value === "" ? "an empty cell" : JSON.stringify(value);

/**
 * What a field accepts, in words.
 *
 * @category Parsing
 */
export function expectedOf(field: string): string {
  if (field === "code") return "an Ally's ISO alpha-3 code (POL) or NATO / NATO_EU_CA";
  if (field === "year") return "a whole year such as 2025";
  if (field === "edition")
    return "an edition id such as 2026-07 or budget-2027 (letters, digits, dots, hyphens and underscores)";
  if (field === "estimate") return "true or false";
  if (field in METRIC_INFO) {
    const unit = METRIC_INFO[field as Metric].unit;
    return unit.startsWith("pct")
      ? "a number from 0 to 100, or empty for no data"
      : "a number of 0 or more, or empty for no data";
  }
  return "a valid value";
}

/** Turns CSV text into plain records, or issues naming the row and column. */
function csvRecords(
  text: string,
  issues: Found[],
): { records: Record<string, unknown>[]; columns: string[] } {
  const parsed = Papa.parse<string[]>(text, { delimiter: ",", quoteChar: '"', skipEmptyLines: false });
  // A quote left open or stray inside a field: name the line, and read nothing of the file.
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) {
    const line = (quoteError.row ?? 0) + 1;
    issues.push({
      code: "invalid_syntax",
      row: line > 1 ? line - 1 : null,
      column: null,
      expected: "fields quoted in pairs of double quotes (RFC 4180)",
      found: quoteError.message.toLowerCase(),
      message: `Line ${line}: ${quoteError.message.toLowerCase()}; expected fields quoted in pairs of double quotes.`,
    });
    return { records: [], columns: [] };
  }
  const rows = parsed.data.filter((r) => !(r.length === 1 && r[0] === ""));
  const header = rows[0];
  if (!header) {
    issues.push({
      code: "empty",
      row: null,
      column: null,
      expected: "a header row and data rows",
      found: "an empty file",
      message: "The file is empty.",
    });
    return { records: [], columns: [] };
  }
  const columns = header.map((h) => h.trim());
  columns.forEach((name, i) => {
    if (!(name in CSV_ALIASES)) {
      issues.push({
        code: "unknown_key",
        row: null,
        column: name,
        expected: `one of the columns ${["iso3", "year", "edition", "estimate", ...METRICS.map((m) => METRIC_INFO[m].csvColumn)].join(", ")}`,
        found: describe(name),
        message: `Unknown column "${name}" (column ${i + 1}).`,
      });
    }
  });
  const seen = new Set<string>();
  for (const name of columns) {
    const field = CSV_ALIASES[name];
    if (field && seen.has(field)) {
      issues.push({
        code: "duplicate",
        row: null,
        column: name,
        expected: "each column once",
        found: `"${name}" again`,
        message: `Column "${name}" appears twice.`,
      });
    }
    if (field) seen.add(field);
  }
  for (const required of ["code", "year", "estimate"]) {
    if (!seen.has(required)) {
      const name = required === "code" ? "iso3" : required;
      issues.push({
        code: "missing",
        row: null,
        column: name,
        expected: `a column "${name}"`,
        found: "no such column",
        message: `Missing column "${name}".`,
      });
    }
  }
  const records = rows.slice(1).map((cells, index) => {
    if (cells.length !== columns.length) {
      issues.push({
        code: "invalid_format",
        row: index + 1,
        column: null,
        expected: `${columns.length} cells, one per column`,
        found: `${cells.length} cells`,
        message: `Row ${index + 1} has ${cells.length} cells; the header has ${columns.length}.`,
      });
    }
    const record: Record<string, unknown> = {};
    columns.forEach((name, i) => {
      const field = CSV_ALIASES[name];
      if (!field || field === "name") return;
      const cell = (cells[i] ?? "").trim();
      if (field === "code" || field === "edition" || field === "note")
        record[field] = cell === "" && field === "note" ? undefined : cell;
      else if (field === "estimate") record[field] = cell === "true" ? true : cell === "false" ? false : cell;
      else if (cell === "") record[field] = null;
      else record[field] = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cell) ? Number(cell) : cell;
    });
    return record;
  });
  return { records, columns };
}

function jsonRecords(text: string, issues: Found[]): (Record<string, unknown> | null)[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    issues.push({
      code: "invalid_syntax",
      row: null,
      column: null,
      expected: "valid JSON: an array of observations or { observations: [...] }",
      found: error instanceof Error ? error.message : "unparsable text",
      message: `The file is not valid JSON (${error instanceof Error ? error.message : "parse error"}).`,
    });
    return [];
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === "object" && Array.isArray((data as { observations?: unknown }).observations)
      ? (data as { observations: unknown[] }).observations
      : null;
  if (!list) {
    issues.push({
      code: "invalid_type",
      row: null,
      column: null,
      expected: 'an array of observations or an object with an "observations" array',
      found: Array.isArray(data) ? "array" : data === null ? "null" : typeof data,
      message: "The JSON holds no list of observations.",
    });
    return [];
  }
  return list.map((item, index) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      issues.push({
        code: "invalid_type",
        row: index + 1,
        column: null,
        expected: "an object",
        found: describe(item),
        message: `Row ${index + 1} is not an object.`,
      });
      return null;
    }
    const record: Record<string, unknown> = { ...(item as Record<string, unknown>) };
    // Allow "iso3" as in NATO's compiled tables, and metrics omitted rather than null.
    if (record.code === undefined && record.iso3 !== undefined) record.code = record.iso3;
    delete record.iso3;
    delete record.name;
    for (const metric of METRICS) if (record[metric] === undefined) record[metric] = null;
    return record;
  });
}

const FIELD_ORDER = ["code", "year", "edition", "estimate", ...METRICS, "note"] as const;
export const KNOWN_FIELDS: ReadonlySet<string> = new Set(FIELD_ORDER);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/** Whether one field of a record holds what an observation allows there. */
function validField(field: (typeof FIELD_ORDER)[number], value: unknown): boolean {
  switch (field) {
    case "code":
      return isEntityCode(value);
    case "year":
      return Number.isInteger(value) && (value as number) >= 1949 && (value as number) <= 2100;
    case "edition":
      return typeof value === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value);
    case "estimate":
      return typeof value === "boolean";
    case "note":
      return value === undefined || typeof value === "string";
    default: {
      // A metric without a column is no data.
      if (value === null || value === undefined) return true;
      const unit = METRIC_INFO[field].unit;
      if (unit === "pct-change") return isFiniteNumber(value);
      const max = unit.startsWith("pct") ? 100 : Number.POSITIVE_INFINITY;
      return isFiniteNumber(value) && value >= 0 && value <= max;
    }
  }
}

/**
 * The fields of a record that are wrong, in the order of an observation's fields, then unknown ones.
 *
 * @category Parsing
 */
export function invalidFields(record: Record<string, unknown>): string[] {
  const wrong: string[] = FIELD_ORDER.filter((field) => !validField(field, record[field]));
  for (const key of Object.keys(record))
    if (!KNOWN_FIELDS.has(key) && record[key] !== undefined) wrong.push(key);
  return wrong;
}

/**
 * A valid record as an observation, fields in their usual order, `note` only where there is one.
 *
 * @category Parsing
 */
export function observationFrom(record: Record<string, unknown>): Observation {
  const observation: Record<string, unknown> = {};
  for (const field of FIELD_ORDER)
    if (record[field] !== undefined) observation[field] = record[field];
    else if (field !== "note") observation[field] = null;
  return observation as unknown as Observation;
}

/**
 * Parses and validates figures a user supplies (CSV with NATO's compiled-table columns, or JSON
 * observations). Either every row is valid and all are returned, or `NatoError` `INVALID_DATASET` is
 * thrown, its `issues` listing every problem with its row, column, code, what was expected and what was
 * found. `safeParseDataset` returns the same as a result instead of throwing.
 *
 * @category Parsing
 * @example
 * const rows = parseDataset("iso3,year,edition,estimate,share_gdp_pct\nPOL,2025,2026,true,4.25\n");
 * rows[0]?.shareOfGdpPct; // 4.25
 */
export function parseDataset(text: string, options: ParseDatasetOptions = {}): readonly Observation[] {
  const result = collect(text, options);
  if ("observations" in result) return result.observations;
  const lines = result.issues.map((i) => `  ${i.message}`).join("\n");
  throw new NatoError<DatasetIssue>(
    "INVALID_DATASET",
    `The figures do not validate (${result.issues.length} problem${result.issues.length === 1 ? "" : "s"}):\n${lines}`,
    { received: text, expected: "figures of the shape of NATO's compiled tables", issues: result.issues },
  );
}

/**
 * Like {@link parseDataset}, but never throws on bad content: `{ success: true, data }` with the
 * observations, or `{ success: false, error }` with the `NatoError` and its `issues`.
 *
 * @category Parsing
 * @example
 * const result = safeParseDataset("iso3,year,edition,estimate,share_gdp_pct\nPOL,2025,2026,true,abc\n");
 * if (!result.success) result.error.issues[0]?.message;
 * // 'Row 1, column "share_gdp_pct": expected a number from 0 to 100, or empty for no data, found "abc".'
 */
export function safeParseDataset(text: string, options: ParseDatasetOptions = {}): ParseDatasetResult {
  return safely<readonly Observation[], DatasetIssue>(() => parseDataset(text, options));
}

/** Reads and validates the text: every observation, or every issue (at most `maxIssues`). */
function collect(
  text: string,
  options: ParseDatasetOptions,
): { observations: readonly Observation[] } | { issues: readonly DatasetIssue[] } {
  const issues: Found[] = [];
  const body = String(text).replace(/^\uFEFF/, "");
  const format = options.format ?? (/^\s*[[{]/.test(body) ? "json" : "csv");
  const { records, columns } =
    format === "json"
      ? { records: jsonRecords(body, issues), columns: [] as string[] }
      : csvRecords(body, issues);
  if (issues.length === 0 && records.length === 0) {
    issues.push({
      code: "empty",
      row: null,
      column: null,
      expected: "at least one data row",
      found: "none",
      message: "The file has no data rows.",
    });
  }
  const columnName = (field: string) =>
    columns.find((c) => CSV_ALIASES[c] === field) ??
    (format === "csv" && field in METRIC_INFO ? METRIC_INFO[field as Metric].csvColumn : field);
  const max = options.maxIssues ?? 100;
  const observations: Observation[] = [];
  const keys = new Map<string, number>();
  records.forEach((record, index) => {
    if (issues.length >= max || record === null) return;
    // Each record is let go once read, so that a large file never holds its records and its
    // observations at once.
    (records as unknown[])[index] = null;
    const row = index + 1;
    if (record.edition === undefined || record.edition === "") {
      if (options.edition !== undefined) record.edition = options.edition;
    }
    // An alias of a shipped edition ("2026") names that edition's id ("2026-07"), unless it is the id of
    // the user's own edition the rows are read under.
    if (typeof record.edition === "string") {
      const named = record.edition.trim();
      record.edition =
        named === options.edition
          ? named
          : (EDITION_IDS.find((id) => EDITIONS[id].aliases.includes(named)) ?? named);
    }
    const problems = invalidFields(record);
    if (problems.length > 0) {
      for (const field of problems) {
        if (!KNOWN_FIELDS.has(field)) {
          issues.push({
            code: "unknown_key",
            row,
            column: field,
            expected: "a known field",
            found: describe(record[field]),
            message: `Row ${row}: unknown field "${field}".`,
          });
          continue;
        }
        const column = columnName(field);
        const received = record[field];
        issues.push({
          code: fieldIssueCode(field, received),
          row,
          column,
          expected: expectedOf(field),
          found: describe(received),
          message: `Row ${row}, column "${column}": expected ${expectedOf(field)}, found ${describe(received)}.`,
        });
      }
      return;
    }
    const parsed = { data: observationFrom(record) };
    const key = `${parsed.data.code}:${parsed.data.year}:${parsed.data.edition}`;
    const first = keys.get(key);
    if (first !== undefined) {
      issues.push({
        code: "duplicate",
        row,
        column: null,
        expected: "one row per Ally, year and edition",
        found: `a second row for ${parsed.data.code} ${parsed.data.year} (first at row ${first})`,
        message: `Row ${row} repeats ${parsed.data.code} ${parsed.data.year}, edition ${parsed.data.edition}, first given at row ${first}.`,
      });
      return;
    }
    keys.set(key, row);
    observations.push(parsed.data);
  });
  if (issues.length === 0) return { observations };
  // File-level issues first, then by row; the sort is stable, so a row's issues keep their column order.
  const ordered = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { issues: ordered.slice(0, max).map(withPath) };
}

/**
 * A `Dataset` of a user's own figures: `parseDataset` on the text, under the user's own edition (its
 * title, publisher and source; see `userEdition`), whose first and last years are taken from the rows when
 * not given. Throws `NatoError` `INVALID_DATASET` (every problem in `issues`) when the figures do not
 * validate, and `INVALID_EDITION` when the edition does not.
 *
 * @category Parsing
 * @example
 * const mine = datasetFromText(csvText, {
 *   id: "budget-2027",
 *   title: "Draft defence budget 2027",
 *   publisher: "Ministry of Finance",
 *   source: "Budget bill, annex 4",
 * });
 * sourceLine(mine.edition); // "Source: Ministry of Finance, Draft defence budget 2027 (budget-2027). e = estimate."
 */
export function datasetFromText(
  text: string,
  edition: UserEditionInput | Edition,
  options: Omit<ParseDatasetOptions, "edition"> = {},
): Dataset {
  if (typeof edition?.id !== "string") userEdition(edition);
  const observations = parseDataset(text, { ...options, edition: edition.id });
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { year } of observations) {
    if (year < first) first = year;
    if (year > last) last = year;
  }
  const checked = userEdition({
    ...edition,
    firstYear: edition.firstYear ?? first,
    lastYear: edition.lastYear ?? last,
  });
  return deepFreeze({ edition: checked, observations });
}

/**
 * Like {@link datasetFromText}, but returns `{ success: false, error }` instead of throwing.
 *
 * @category Parsing
 * @example
 * const result = safeDatasetFromText(csvText, myEdition);
 * if (result.success) rankAllies(result.data, "shareOfGdpPct", 2027);
 */
export function safeDatasetFromText(
  text: string,
  edition: UserEditionInput | Edition,
  options: Omit<ParseDatasetOptions, "edition"> = {},
): SafeParseResult<Dataset, DatasetIssue> {
  return safely<Dataset, DatasetIssue>(() => datasetFromText(text, edition, options));
}
