import {
  type Dataset,
  datasetYears,
  EDITIONS,
  editionLabel,
  getDataset,
  METRIC_INFO,
  type Metric,
  NatoError,
  parseYear,
  sourceLine,
} from "@nato/core";
import { colorEnabled } from "./output/color.js";
import { page, shouldPage } from "./output/pager.js";
import { stdoutIsTerminal, writeStdout } from "./output/stdout.js";
import { wrap } from "./output/table.js";

export type Format = "table" | "json" | "csv";

/** The options every command may receive (its own and the program's). */
export interface CommonOptions {
  readonly format?: Format;
  readonly edition?: string;
  readonly year?: string;
  readonly color?: boolean;
  readonly debug?: boolean;
}

/** What a command needs to answer: the edition's figures, the year asked, and how to print. */
export interface Context {
  readonly dataset: Dataset;
  readonly format: Format;
  readonly color: boolean;
  /** Years the edition covers, oldest first. */
  readonly years: readonly number[];
}

/** Whether the answer is a table (for people), which a pager may show; JSON and CSV never are paged. */
let tables = false;
/** The command line's name for messages (`nato allies`), set by main once it knows the command. */
let commandLabel = "nato";

/** Names the command for the messages printed outside main's error handling (the pager's). */
export function nameCommand(label: string): void {
  commandLabel = label;
}

/** The edition's dataset (the latest unless `--edition`), the output format and whether to colour. */
export function contextOf(options: CommonOptions, defaultFormat: Format = "table"): Context {
  const dataset = getDataset(options.edition ?? "latest");
  const format = options.format ?? defaultFormat;
  tables = format === "table";
  const color =
    format === "table" &&
    colorEnabled({ flag: options.color !== false, env: process.env, isTTY: stdoutIsTerminal() });
  return { dataset, format, color, years: datasetYears(dataset) };
}

/** The year asked with `--year`, checked against the edition; the edition's latest year when none is given. */
export function yearOf(context: Context, input: string | undefined): number {
  const min = context.years[0] ?? context.dataset.edition.firstYear;
  const max = context.years[context.years.length - 1] ?? context.dataset.edition.lastYear;
  if (input === undefined) return max;
  return parseYear(input, { min, max });
}

/** Whether the edition marks `year` as an estimate. */
export function isEstimateYear(context: Context, year: number): boolean {
  return context.dataset.edition.estimateYears.includes(year);
}

/** The credit line of an edition, wrapped for an 80-column terminal with "e = estimate" kept whole. */
export function creditLines(edition: Parameters<typeof sourceLine>[0]): string[] {
  return wrap(sourceLine(edition).replace("e = estimate.", "e\u00a0=\u00a0estimate."));
}

/** The credit line of the context's edition. */
export function sourceLines(context: Context): string[] {
  return creditLines(context.dataset.edition);
}

/**
 * Refuses an edition that lacks the figures a command needs (an edition shipped with its share of GDP only),
 * rather than printing zeros or a page of "no data".
 */
export function requireMetrics(context: Context, metrics: readonly Metric[], what: string): void {
  const has = new Set<string>(context.dataset.edition.metrics);
  const missing = metrics.filter((m) => !has.has(m));
  if (missing.length === 0) return;
  const editions = Object.values(EDITIONS)
    .filter((e) => missing.every((m) => e.metrics.includes(m)))
    .map((e) => e.id);
  const labels = missing.map((m) => METRIC_INFO[m].label).join(" or ");
  throw new NatoError(
    "INVALID_ARGUMENT",
    `The ${editionLabel(context.dataset.edition)} edition has no ${labels} figures, which ${what} needs: expected --edition ${editions.join(" or ")}.`,
    { received: context.dataset.edition.id, expected: editions.join(" | ") },
  );
}

/** A usage mistake the parser cannot see (two options that exclude each other, a missing argument). */
export function usageError(message: string, expected: string, received?: unknown): NatoError {
  return new NatoError("INVALID_ARGUMENT", message, { expected, received });
}

/** Prints a command's answer. One write, so that a closed pipe is met once. */
export function print(text: string): void {
  const out = text.endsWith("\n") ? text : `${text}\n`;
  // A long table on a terminal goes through the pager (PAGER, --no-pager); JSON and CSV never do.
  if (tables && shouldPage(out)) {
    void page(out, commandLabel);
    return;
  }
  writeStdout(out);
}

/** Joins the blocks of a table answer (title, tables, notes, source) with blank lines between them. */
export function blocks(...parts: readonly (readonly string[] | string | null | undefined | false)[]): string {
  return `${parts
    .filter(
      (p): p is string | readonly string[] => p !== null && p !== undefined && p !== false && p.length > 0,
    )
    .map((p) => (typeof p === "string" ? p : p.join("\n")))
    .join("\n\n")}\n`;
}
