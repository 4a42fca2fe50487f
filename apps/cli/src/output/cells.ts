import {
  formatNumber,
  formatPercent,
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

/** A metric's value as tables print it: percentages with the estimate mark, money scaled, counts grouped. */
export function metricText(metric: Metric, value: number | null | undefined, estimate = false): string {
  const unit = METRIC_INFO[metric].unit;
  if (unit === "pct-of-gdp" || unit === "pct-of-expenditure") return formatPercent(value, { estimate });
  if (unit === "usd-m") return formatUsdM(value);
  if (unit === "usd-bn") return formatUsdM(typeof value === "number" ? value * 1000 : value);
  if (unit === "usd") return formatNumber(value);
  return formatNumber(value, 1);
}

/** A short column header for a metric that fits narrow tables, with its unit. */
export const SHORT_HEADERS: Readonly<Record<Metric, string>> = {
  shareOfGdpPct: "GDP share",
  equipmentSharePct: "Equipment",
  personnelSharePct: "Personnel",
  infrastructureSharePct: "Infra.",
  otherSharePct: "Other",
  expenditureUsdCurrentM: "Spend",
  expenditureUsdConstant2021M: "Spend 2021$",
  realGdpUsdConstant2021Bn: "GDP 2021$",
  expenditurePerCapitaUsd2021: "Per cap. $",
  militaryPersonnelThousands: "Troops (k)",
};

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
