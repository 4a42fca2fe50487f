import Tokenizer from "@streamparser/json/tokenizer.js";
import TokenParser from "@streamparser/json/tokenparser.js";
import Papa from "papaparse";
import { AGGREGATES } from "../data/aggregates.js";
import { ALLIES } from "../data/allies.js";
import { EDITION_IDS, EDITIONS } from "../data/editions.js";
import { findAlly } from "../data/lookup.js";
import { editionLabel } from "../format/edition-label.js";
import type { Edition } from "../models/edition.js";
import type { NatoIssueCode } from "../models/error.js";
import { METRIC_INFO, METRICS, type Metric } from "../models/metric.js";
import {
  CSV_ALIASES,
  type DatasetIssue,
  describe,
  expectedOf,
  invalidFields,
  KNOWN_FIELDS,
  observationFrom,
} from "./dataset.js";
import { MAX_CSV_RECORD, MAX_JSON_DEPTH } from "./limits.js";

/**
 * How `checkDatasetStream` reads a file.
 *
 * @category Parsing
 * @example
 * const options: CheckDatasetOptions = { format: "csv", edition: "2026-07", maxIssues: 20 };
 */
export interface CheckDatasetOptions {
  /** `csv` or `json`; guessed from the first character that is not white space when omitted. */
  readonly format?: "csv" | "json";
  /** Edition for rows that name none: one of the editions the package ships. */
  readonly edition?: string;
  /** Stop reading after this many issues (default 100). */
  readonly maxIssues?: number;
}

/**
 * Rows of an Ally from before it joined NATO. NATO's tables give such figures (Finland from 2014), but its
 * aggregates do not count them, so a file holding them is valid and the report says so.
 *
 * @category Parsing
 * @example
 * const note: BeforeAccession = { code: "FIN", name: "Finland", accessionYear: 2023, from: 2014, to: 2022, rows: 9 };
 */
export interface BeforeAccession {
  readonly code: string;
  readonly name: string;
  readonly accessionYear: number;
  readonly from: number;
  readonly to: number;
  readonly rows: number;
}

/**
 * What `checkDatasetStream` found: whether the file is valid, what a valid file holds, and every issue
 * (the first `maxIssues`), each naming its row and column as the file names them.
 *
 * @category Parsing
 * @example
 * const report: DatasetReport = await checkDatasetStream(["iso3,year,edition,estimate\nPOL,2025,2026,true\n"]);
 * report.valid; // true
 */
export interface DatasetReport {
  readonly valid: boolean;
  readonly format: "csv" | "json";
  /** Data rows read (all of them unless `truncated`). */
  readonly rows: number;
  /** Codes of the valid rows, in the order first met. */
  readonly codes: readonly string[];
  /** First and last year of the valid rows; null when there are none. */
  readonly years: { readonly from: number | null; readonly to: number | null };
  /** Editions the valid rows name, in the order first met. */
  readonly editions: readonly string[];
  readonly issues: readonly DatasetIssue[];
  /** True when reading stopped at `maxIssues` issues: the file may hold more. */
  readonly truncated: boolean;
  /** Allies with rows from before their accession (valid, and noted). */
  readonly beforeAccession: readonly BeforeAccession[];
}

const ALLY_BY_CODE = new Map(ALLIES.map((a) => [a.code as string, a]));
const AGGREGATE_NAMES = new Map(AGGREGATES.map((a) => [a.code as string, a.name]));
const KNOWN_EDITIONS: Readonly<Record<string, Edition>> = EDITIONS;
const editionList = () => EDITION_IDS.join(", ");
/** Metrics Iceland, which has no armed forces, has no figure for (GDP is not spending). */
const SPENDING_METRICS = METRICS.filter((m) => m !== "realGdpUsdConstant2021Bn");

/** An issue as the checker finds it; `completeIssue` adds its code, path and `found`. */
type RawIssue = Omit<DatasetIssue, "code" | "path" | "found"> & { readonly code?: NatoIssueCode };

/** The kind of problem an issue is, from what the checker says of it. */
function issueCode(issue: RawIssue): NatoIssueCode {
  if (issue.code) return issue.code;
  const m = issue.message;
  if (/^Unknown column|unknown field/.test(m)) return "unknown_key";
  if (/appears twice|repeats/.test(m)) return "duplicate";
  if (/^Missing column|without one|no edition/i.test(m)) return "missing";
  if (/empty file|no data rows|is empty/.test(m)) return "empty";
  if (/not valid JSON|quote|NUL byte|more than .* KiB/.test(m)) return "invalid_syntax";
  if (/has \d+ cells/.test(m)) return "invalid_format";
  if (/is not an object|holds no list/.test(m)) return "invalid_type";
  if (issue.received === "an empty cell" || issue.received === "nothing") return "missing";
  if (/covers \d{4}-\d{4}|out of range|from \d/.test(m)) return "out_of_range";
  if (/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(issue.received)) return "out_of_range";
  if (issue.column !== null && /iso3|code|edition/.test(issue.column) && issue.received.startsWith('"'))
    return issue.column === "edition" ? "invalid_format" : "unknown_value";
  return "invalid_type";
}

/** An issue in the package's one issue model: code, path, expected, found, message, row and column. */
function completeIssue(issue: RawIssue): DatasetIssue {
  const path =
    issue.row === null
      ? issue.column === null
        ? []
        : [issue.column]
      : issue.column === null
        ? [issue.row]
        : [issue.row, issue.column];
  return {
    code: issueCode(issue),
    path,
    expected: issue.expected,
    found: issue.received,
    received: issue.received,
    message: issue.message,
    row: issue.row,
    column: issue.column,
  };
}

class StopReading extends Error {}

/** The running check: fed records one at a time, keeping only counts, sets and the first issues. */
class Checker {
  readonly issues: RawIssue[] = [];
  readonly max: number;
  rows = 0;
  truncated = false;
  private readonly codes = new Set<string>();
  private readonly editions = new Set<string>();
  private readonly keys = new Map<string, number>();
  private from: number | null = null;
  private to: number | null = null;
  private readonly early = new Map<string, { from: number; to: number; rows: number }>();
  /** CSV: columns of the header as the file names them; the field each fills. */
  columns: string[] = [];
  private fieldColumn = new Map<string, string>();
  private missing = new Set<string>();
  private editionMissingRows = 0;
  private firstEditionMissing: number | null = null;

  constructor(
    readonly format: "csv" | "json",
    private readonly edition: string | undefined,
    maxIssues: number,
  ) {
    this.max = maxIssues;
  }

  add(issue: RawIssue): void {
    if (this.issues.length >= this.max) {
      this.truncated = true;
      throw new StopReading();
    }
    this.issues.push(issue);
  }

  /** The column a field is read from, named as in the file. */
  columnOf(field: string): string {
    if (this.format === "json") return field;
    return (
      this.fieldColumn.get(field) ?? (field in METRIC_INFO ? METRIC_INFO[field as Metric].csvColumn : field)
    );
  }

  header(cells: readonly string[]): void {
    const columns = cells.map((h) => h.trim());
    this.columns = columns;
    columns.forEach((name, i) => {
      const field = CSV_ALIASES[name];
      if (!field) {
        this.add({
          row: null,
          column: name,
          expected: `one of the columns ${["iso3", "name", "year", "edition", "estimate", ...METRICS.map((m) => METRIC_INFO[m].csvColumn), "note"].join(", ")}`,
          received: describe(name),
          message: `Unknown column ${describe(name)} (column ${i + 1}).`,
        });
        return;
      }
      if (this.fieldColumn.has(field)) {
        this.add({
          row: null,
          column: name,
          expected: "each column once",
          received: `"${name}" again`,
          message: `Column "${name}" appears twice.`,
        });
      } else this.fieldColumn.set(field, name);
    });
    for (const [field, name] of [
      ["code", "iso3"],
      ["year", "year"],
      ["estimate", "estimate"],
    ] as const) {
      if (!this.fieldColumn.has(field)) {
        this.missing.add(field);
        this.add({
          row: null,
          column: name,
          expected: `a column "${name}"`,
          received: "no such column",
          message: `Missing column "${name}".`,
        });
      }
    }
    if (!this.fieldColumn.has("edition") && this.edition === undefined) {
      this.missing.add("edition");
      this.add({
        row: null,
        column: "edition",
        expected: `a column "edition", or --edition <id> for rows that name none (${editionList()})`,
        received: "no such column",
        message: `Missing column "edition": name each row's edition in an "edition" column, or give one for every row with --edition (one of ${editionList()}).`,
      });
    }
  }

  csvRow(cells: readonly string[]): void {
    const row = ++this.rows;
    if (cells.length !== this.columns.length) {
      this.add({
        row,
        column: null,
        expected: `${this.columns.length} cells, one per column`,
        received: `${cells.length} cells`,
        message: `Row ${row} has ${cells.length} cells; the header has ${this.columns.length}.`,
      });
    }
    const record: Record<string, unknown> = {};
    let name: string | undefined;
    this.columns.forEach((column, i) => {
      const field = CSV_ALIASES[column];
      if (!field || this.fieldColumn.get(field) !== column) return;
      const cell = (cells[i] ?? "").trim();
      if (field === "name") name = cell === "" ? undefined : cell;
      else if (field === "code" || field === "edition") record[field] = cell;
      else if (field === "note") record.note = cell === "" ? undefined : cell;
      else if (field === "estimate") record[field] = cell === "true" ? true : cell === "false" ? false : cell;
      else if (cell === "") record[field] = null;
      else record[field] = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cell) ? Number(cell) : cell;
    });
    for (const metric of METRICS) if (!(metric in record)) record[metric] = null;
    this.check(row, record, name);
  }

  jsonRow(item: unknown): void {
    const row = ++this.rows;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      this.add({
        row,
        column: null,
        expected: "an object",
        received: Array.isArray(item) ? "an array" : describe(item),
        message: `Row ${row} is not an object.`,
      });
      return;
    }
    const record: Record<string, unknown> = { ...(item as Record<string, unknown>) };
    if (record.code === undefined && record.iso3 !== undefined) record.code = record.iso3;
    delete record.iso3;
    const name = record.name;
    delete record.name;
    for (const metric of METRICS) if (record[metric] === undefined) record[metric] = null;
    this.check(
      row,
      record,
      typeof name === "string" && name !== "" ? name : name === undefined ? undefined : String(name),
    );
  }

  private check(row: number, record: Record<string, unknown>, name: string | undefined): void {
    if (record.edition === undefined || record.edition === "") {
      if (this.edition !== undefined) record.edition = this.edition;
      else if (this.missing.has("edition")) {
        // Said once for the file, in the header's issue.
        record.edition = "0000";
      } else {
        this.editionMissingRows++;
        if (this.firstEditionMissing === null) this.firstEditionMissing = row;
        record.edition = "0000";
      }
    }
    // An alias of a shipped edition ("2026") names that edition's id ("2026-07").
    if (typeof record.edition === "string" && record.edition !== "") {
      const named = record.edition.trim();
      record.edition = EDITION_IDS.find((id) => EDITIONS[id].aliases.includes(named)) ?? named;
    }
    const problems = invalidFields(record);
    if (problems.length > 0) {
      for (const field of problems) {
        if (!KNOWN_FIELDS.has(field)) {
          this.add({
            row,
            column: field,
            expected: "a known field",
            received: describe(record[field]),
            message: `Row ${row}: unknown field ${describe(field)}.`,
          });
          continue;
        }
        // A column the file lacks was reported once, for the whole file.
        if (this.missing.has(field)) continue;
        if (field === "edition" && record.edition === "0000") continue;
        const column = this.columnOf(field);
        this.add({
          row,
          column,
          expected: expectedOf(field),
          received: describe(record[field]),
          message: `Row ${row}, column "${column}": expected ${expectedOf(field)}, found ${describe(record[field])}.`,
        });
      }
      return;
    }
    const o = observationFrom(record);
    if (o.edition === "0000") return;
    // Meaning, not only shape.
    const edition = KNOWN_EDITIONS[o.edition];
    if (!edition) {
      const column = this.columnOf("edition");
      this.add({
        row,
        column,
        expected: `one of NATO's editions: ${editionList()}`,
        received: describe(o.edition),
        message: `Row ${row}, column "${column}": there is no NATO edition ${describe(o.edition)} here; expected one of ${editionList()}.`,
      });
      return;
    }
    let ok = true;
    if (o.year < edition.firstYear || o.year > edition.lastYear) {
      ok = false;
      const column = this.columnOf("year");
      this.add({
        row,
        column,
        expected: `a year from ${edition.firstYear} to ${edition.lastYear} (the ${editionLabel(edition)} edition)`,
        received: String(o.year),
        message: `Row ${row}, column "${column}": the ${editionLabel(edition)} edition covers ${edition.firstYear}-${edition.lastYear}, found ${o.year}.`,
      });
    }
    const ally = ALLY_BY_CODE.get(o.code);
    const expectedName = ally?.name ?? AGGREGATE_NAMES.get(o.code) ?? o.code;
    if (name !== undefined && name.trim() !== expectedName && findAlly(name)?.code !== o.code) {
      ok = false;
      const column = this.columnOf("name");
      this.add({
        row,
        column,
        expected: `${expectedName}, the name of ${o.code}`,
        received: describe(name),
        message: `Row ${row}, column "${column}": ${o.code} is ${expectedName}, found ${describe(name)}.`,
      });
    }
    if (ally && !ally.hasArmedForces) {
      const spent = SPENDING_METRICS.filter((m) => o[m] !== null);
      if (spent.length > 0) {
        ok = false;
        const column = this.columnOf(spent[0] as Metric);
        this.add({
          row,
          column,
          expected: `no defence figures: ${ally.name} has no armed forces and NATO publishes none for it`,
          received: spent.map((m) => `${this.columnOf(m)} ${o[m]}`).join(", "),
          message: `Row ${row}, column "${column}": ${ally.name} has no armed forces and no defence expenditure, found ${spent.map((m) => `${this.columnOf(m)} ${o[m]}`).join(", ")}; expected empty cells.`,
        });
      }
    }
    const key = `${o.code}:${o.year}:${o.edition}`;
    const first = this.keys.get(key);
    if (first !== undefined) {
      this.add({
        row,
        column: null,
        expected: "one row per Ally, year and edition",
        received: `a second row for ${o.code} ${o.year} (first at row ${first})`,
        message: `Row ${row} repeats ${o.code} ${o.year}, edition ${o.edition}, first given at row ${first}.`,
      });
      return;
    }
    if (!ok) return;
    this.keys.set(key, row);
    this.codes.add(o.code);
    this.editions.add(o.edition);
    if (this.from === null || o.year < this.from) this.from = o.year;
    if (this.to === null || o.year > this.to) this.to = o.year;
    if (ally && o.year < ally.accessionYear) {
      const early = this.early.get(o.code);
      if (early) {
        early.from = Math.min(early.from, o.year);
        early.to = Math.max(early.to, o.year);
        early.rows++;
      } else this.early.set(o.code, { from: o.year, to: o.year, rows: 1 });
    }
  }

  finish(): DatasetReport {
    if (this.editionMissingRows > 0 && !this.truncated) {
      try {
        this.add({
          row: this.firstEditionMissing,
          column: "edition",
          expected: `an edition in each row, or --edition <id> for rows that name none (${editionList()})`,
          received: `${this.editionMissingRows} row${this.editionMissingRows === 1 ? "" : "s"} without one`,
          message: `${this.editionMissingRows} row${this.editionMissingRows === 1 ? " names" : "s name"} no edition (the first is row ${this.firstEditionMissing}): name it in each row, or give one with --edition (one of ${editionList()}).`,
        });
      } catch (error) {
        if (!(error instanceof StopReading)) throw error;
      }
    }
    if (this.issues.length === 0 && this.rows === 0) {
      this.issues.push({
        row: null,
        column: null,
        expected: "at least one data row",
        received: "none",
        message: "The file has no data rows.",
      });
    }
    const valid = this.issues.length === 0;
    const issues = [...this.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).map(completeIssue);
    return {
      valid,
      format: this.format,
      rows: this.rows,
      codes: valid ? [...this.codes] : [],
      years: valid ? { from: this.from, to: this.to } : { from: null, to: null },
      editions: valid ? [...this.editions] : [],
      issues,
      truncated: this.truncated,
      beforeAccession: [...this.early].map(([code, e]) => {
        const ally = ALLY_BY_CODE.get(code);
        return { code, name: ally?.name ?? code, accessionYear: ally?.accessionYear ?? 0, ...e };
      }),
    };
  }
}

/** Splits a CSV stream into complete records: a line break outside quotes ends one. */
class CsvReader {
  private pending = "";
  private quoted = false;
  private headerSeen = false;
  /** Line number (from 1) where `pending` starts. */
  private line = 1;

  constructor(private readonly checker: Checker) {}

  write(text: string): void {
    let cut = -1;
    const base = this.pending.length;
    const all = this.pending + text;
    for (let i = base; i < all.length; i++) {
      const ch = all.charCodeAt(i);
      if (ch === 34) this.quoted = !this.quoted;
      else if (ch === 10 && !this.quoted) cut = i;
    }
    if (cut < 0) {
      this.pending = all;
      this.guard();
      return;
    }
    this.parse(all.slice(0, cut + 1));
    this.pending = all.slice(cut + 1);
    this.guard();
  }

  end(): void {
    if (this.quoted) {
      this.checker.add({
        row: null,
        column: null,
        expected: "fields quoted in pairs of double quotes (RFC 4180)",
        received: "a quote left open",
        message: `Line ${this.line}: a quoted field is never closed; expected fields quoted in pairs of double quotes.`,
      });
      return;
    }
    if (this.pending !== "") this.parse(this.pending);
    this.pending = "";
    if (!this.headerSeen) {
      this.checker.add({
        row: null,
        column: null,
        expected: "a header row and data rows",
        received: "an empty file",
        message: "The file is empty.",
      });
    }
  }

  private guard(): void {
    if (this.pending.length > MAX_CSV_RECORD) {
      this.checker.add({
        row: null,
        column: null,
        expected: `records of at most ${MAX_CSV_RECORD / 1024} KiB`,
        received: `a record of more than ${MAX_CSV_RECORD / 1024} KiB from line ${this.line}`,
        message: `Line ${this.line}: a record longer than ${MAX_CSV_RECORD / 1024} KiB${this.quoted ? " (a quote left open?)" : ""}; expected CSV with one record per line.`,
      });
      throw new StopReading();
    }
  }

  private parse(text: string): void {
    const parsed = Papa.parse<string[]>(text, { delimiter: ",", quoteChar: '"', skipEmptyLines: false });
    const quoteError = parsed.errors.find((e) => e.type === "Quotes");
    if (quoteError) {
      const line = this.line + text.split("\n", (quoteError.row ?? 0) + 1).length - 1;
      this.checker.add({
        row: null,
        column: null,
        expected: "fields quoted in pairs of double quotes (RFC 4180)",
        received: quoteError.message.toLowerCase(),
        message: `Line ${line}: ${quoteError.message.toLowerCase()}; expected fields quoted in pairs of double quotes.`,
      });
      throw new StopReading();
    }
    this.line += text.split("\n").length - 1;
    for (const cells of parsed.data) {
      if (cells.length === 1 && cells[0] === "") continue;
      if (!this.headerSeen) {
        this.headerSeen = true;
        this.checker.header(cells);
        if (this.checker.issues.some((i) => i.row === null && i.message.startsWith('Missing column "iso3"')))
          throw new StopReading();
      } else this.checker.csvRow(cells);
    }
  }
}

/** Reads a JSON stream token by token: observations one at a time, at most `MAX_JSON_DEPTH` deep. */
class JsonReader {
  private readonly tokenizer = new Tokenizer();
  private parser: TokenParser | undefined;
  private depth = 0;
  private top: "array" | "object" | "other" | undefined;
  private failure: RawIssue | undefined;
  private parserEnded = false;

  constructor(private readonly checker: Checker) {
    this.tokenizer.onToken = (token) => {
      if (this.failure) return;
      if (token.token === 0 || token.token === 2) {
        if (++this.depth > MAX_JSON_DEPTH) {
          this.fail(
            `nested at most ${MAX_JSON_DEPTH} levels deep`,
            `more than ${MAX_JSON_DEPTH} levels at byte ${token.offset}`,
            `The JSON nests more than ${MAX_JSON_DEPTH} levels deep (at byte ${token.offset}); expected an array of observations or { "observations": [...] }.`,
          );
          return;
        }
      } else if (token.token === 1 || token.token === 3) this.depth--;
      if (!this.parser) {
        this.top = token.token === 2 ? "array" : token.token === 0 ? "object" : "other";
        this.parser = new TokenParser({
          paths: this.top === "array" ? ["$.*"] : ["$.observations.*"],
          keepStack: false,
        });
        this.parser.onValue = ({ value }) => this.checker.jsonRow(value);
        this.parser.onError = (error) => this.syntax(error);
      }
      this.parser.write(token);
    };
    this.tokenizer.onError = (error) => this.syntax(error);
    this.tokenizer.onEnd = () => {
      if (this.parserEnded) return;
      this.parserEnded = true;
      if (this.parser && !this.parser.isEnded) this.parser.end();
    };
  }

  private syntax(error: Error): void {
    if (error instanceof StopReading) throw error;
    const cut = /ended in (mid-parsing|the middle)/i.test(error.message);
    const what = cut ? "it ends in the middle of a value" : error.message.replace(/\.$/, "");
    this.fail(
      "valid JSON: an array of observations or { observations: [...] }",
      what,
      `The file is not valid JSON: ${what}.`,
    );
  }

  private fail(expected: string, received: string, message: string): void {
    if (this.failure) return;
    this.failure = { row: null, column: null, expected, received, message };
    this.checker.add(this.failure);
    throw new StopReading();
  }

  write(text: string): void {
    try {
      this.tokenizer.write(text);
    } catch (error) {
      if (error instanceof StopReading) throw error;
      this.syntax(error as Error);
    }
  }

  end(): void {
    try {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    } catch (error) {
      if (error instanceof StopReading) throw error;
      this.syntax(error as Error);
    }
    if (this.top === undefined) {
      this.fail("valid JSON", "an empty file", "The file is empty.");
    }
    if (this.top === "other" || (this.top === "object" && this.checker.rows === 0)) {
      this.fail(
        'an array of observations or an object with an "observations" array',
        this.top === "other" ? "a single value" : 'an object without an "observations" array',
        "The JSON holds no list of observations.",
      );
    }
  }
}

/**
 * Checks figures a user supplies, read piece by piece from a stream of text (a file of any size in
 * bounded memory): the shape of each row and its meaning (an edition NATO published, years the edition
 * covers, a name that is the code's, no defence figures for Iceland, one row per Ally, year and edition),
 * every problem with its row and its column as the file names it. A binary file (a NUL character), a
 * JSON file nested too deeply or a CSV record longer than 1 MiB stops the reading with one issue.
 * Never throws on bad content.
 *
 * @category Parsing
 * @example
 * const report = await checkDatasetStream(["iso3,year,edition,estimate,share_gdp_pct\n", "ALB,2050,2026,false,1.2\n"]);
 * report.issues[0]?.message; // 'Row 1, column "year": the 2026 edition covers 2014-2026, found 2050.'
 */
export async function checkDatasetStream(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: CheckDatasetOptions = {},
): Promise<DatasetReport> {
  let checker: Checker | undefined;
  let reader: CsvReader | JsonReader | undefined;
  let offset = 0;
  const max = options.maxIssues ?? 100;
  const start = (first: string) => {
    const format = options.format ?? (/^\s*[[{]/.test(first) ? "json" : "csv");
    checker = new Checker(format, options.edition, max);
    reader = format === "json" ? new JsonReader(checker) : new CsvReader(checker);
  };
  try {
    let head = "";
    for await (let chunk of chunks) {
      if (offset === 0 && head === "") chunk = chunk.replace(/^\uFEFF/, "");
      const nul = chunk.indexOf("\u0000");
      if (nul >= 0) {
        checker ??= new Checker(options.format ?? "csv", options.edition, max);
        checker.add({
          row: null,
          column: null,
          expected: "a text file: CSV or JSON",
          received: `a NUL byte at character ${offset + nul + 1}`,
          message: `The file is binary (a NUL byte at character ${offset + nul + 1}), not CSV or JSON text.`,
        });
        throw new StopReading();
      }
      offset += chunk.length;
      if (!reader) {
        // Wait for a character that is not white space before deciding between CSV and JSON.
        head += chunk;
        if (head.trim() === "" && options.format === undefined) continue;
        start(head);
        chunk = head;
      }
      reader?.write(chunk);
    }
    if (!reader) start("");
    reader?.end();
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
  }
  return (checker as Checker).finish();
}
