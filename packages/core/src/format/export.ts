import { AGGREGATES } from "../data/aggregates.js";
import { ALLIES } from "../data/allies.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Dataset } from "../models/dataset.js";
import type { DatasetExport } from "../models/dataset-export.js";
import { METRIC_INFO, METRICS } from "../models/metric.js";
import type { Observation } from "../models/observation.js";
import { formatCsv } from "./csv.js";
import { sourceLine } from "./source.js";

/**
 * The columns of a CSV export, in order: identity, then one column per metric named as in NATO's compiled
 * tables (`METRIC_INFO[m].csvColumn`), then `note`. `parseDataset` reads them back.
 *
 * @category Export
 * @example
 * CSV_COLUMNS.slice(0, 6); // ["iso3", "name", "year", "edition", "estimate", "share_gdp_pct"]
 */
export const CSV_COLUMNS: readonly string[] = /* @__PURE__ */ deepFreeze([
  "iso3",
  "name",
  "year",
  "edition",
  "estimate",
  ...METRICS.map((m) => METRIC_INFO[m].csvColumn),
  "note",
]);

const nameOf = (code: string): string =>
  ALLIES.find((a) => a.code === code)?.name ?? AGGREGATES.find((a) => a.code === code)?.name ?? code;

// Numbers are written as JavaScript prints them: no rounding, no padding, so they read back unchanged.
const cell = (value: number | null | undefined): string => (typeof value === "number" ? String(value) : "");

/**
 * Observations as CSV text: a header of `CSV_COLUMNS`, one row per observation in the order given,
 * empty cells for no data, `true`/`false` for estimates, quoting only where a cell needs it, `\n` line
 * ends and a final newline. The CLI and the site write the same bytes.
 *
 * @category Export
 * @example
 * toCsv(dataset2026_07().observations.filter((o) => o.code === "POL" && o.year === 2025));
 * // "iso3,name,year,edition,estimate,share_gdp_pct,...,note\nPOL,Poland,2025,2026,true,4.25,...,\n"
 */
export function toCsv(observations: readonly Observation[]): string {
  const rows = observations.map((o) => [
    o.code,
    nameOf(o.code),
    String(o.year),
    o.edition,
    o.estimate ? "true" : "false",
    ...METRICS.map((m) => cell(o[m])),
    o.note ?? "",
  ]);
  return formatCsv(CSV_COLUMNS, rows);
}

/**
 * A dataset as the object the JSON export holds: the credit line, the edition and its observations
 * (keys in the schema's order; `note` only where there is one).
 *
 * @category Export
 * @example
 * datasetExport(dataset2026_07()).source;
 * // "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate."
 */
export function datasetExport(dataset: Dataset): DatasetExport {
  return {
    source: sourceLine(dataset.edition),
    edition: {
      ...dataset.edition,
      estimateYears: [...dataset.edition.estimateYears],
      metrics: [...dataset.edition.metrics],
      notes: [...dataset.edition.notes],
    },
    observations: dataset.observations.map((o) => {
      const row: Record<string, unknown> = {
        code: o.code,
        year: o.year,
        edition: o.edition,
        estimate: o.estimate,
      };
      for (const m of METRICS) row[m] = o[m] ?? null;
      if (o.note !== undefined) row.note = o.note;
      return row as unknown as Observation;
    }),
  };
}

/**
 * A dataset as JSON text: `datasetExport(dataset)` indented by two spaces, with a final newline. The CLI
 * and the site write the same bytes.
 *
 * @category Export
 * @example
 * JSON.parse(toJsonExport(dataset2026_07())).observations.length; // 442
 */
export function toJsonExport(dataset: Dataset): string {
  return `${JSON.stringify(datasetExport(dataset), null, 2)}\n`;
}
