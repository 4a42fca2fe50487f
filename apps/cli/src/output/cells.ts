import {
  formatMetricValue,
  formatPp,
  formatUsdM,
  formatYear,
  METRIC_INFO,
  type Metric,
  type RuleStatus,
  STATUS_LABELS,
} from "@nato/core";
import { statusTone } from "./color.js";
import type { Cell } from "./table.js";

/** A metric's value as tables print it: core's `formatMetricValue`, with the estimate mark on shares. */
export function metricText(metric: Metric, value: number | null | undefined, estimate = false): string {
  const unit = METRIC_INFO[metric].unit;
  const share = unit === "pct-of-gdp" || unit === "pct-of-expenditure";
  // Tables mark estimates on the year column; shares carry the mark too, as NATO prints them.
  return formatMetricValue(value, unit, { estimate: share && estimate });
}

/** Greys out "no data". */
export function valueCell(text: string): Cell {
  return text === STATUS_LABELS["no-data"] ? { text, tone: "muted" } : text;
}

/** A metric's value as a cell. */
export function metricCell(metric: Metric, value: number | null | undefined, estimate = false): Cell {
  return valueCell(metricText(metric, value, estimate));
}

/** A rule verdict in the colours of the product: green meets, orange-red below, grey otherwise. */
export function statusCell(status: RuleStatus): Cell {
  return { text: STATUS_LABELS[status], tone: statusTone(status) };
}

/** A signed margin, coloured like its verdict: percentage points for shares, the metric's unit otherwise. */
export function marginCell(
  margin: number | null,
  status: RuleStatus,
  metric: Metric = "shareOfGdpPct",
): Cell {
  const unit = METRIC_INFO[metric].unit;
  const text =
    unit === "pct-of-gdp" || unit === "pct-of-expenditure" || margin === null
      ? formatPp(margin)
      : `${margin > 0 ? "+" : ""}${metricText(metric, margin)}`;
  return { text, tone: statusTone(status) };
}

/** Money as a cell (million US dollars in, scaled out). */
export function usdCell(valueM: number | null | undefined): Cell {
  return valueCell(formatUsdM(valueM));
}

/** A year with the estimate mark. */
export function yearText(year: number, estimate: boolean): string {
  return formatYear(year, estimate);
}
