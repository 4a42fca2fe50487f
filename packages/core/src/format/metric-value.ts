import type { MetricUnit } from "../models/metric.js";
import { ESTIMATE_MARK, formatNumber, formatPercent, formatPp, formatUsdM, NO_DATA } from "./number.js";

/**
 * How `formatMetricValue` writes a figure.
 *
 * @example
 * const options: MetricValueOptions = { digits: 1, estimate: true };
 * formatMetricValue(2.69, "pct-of-gdp", options); // "2.7%e"
 */
export interface MetricValueOptions {
  /** Decimals; by default two for shares, three significant figures for money, one for personnel. */
  readonly digits?: number;
  /** Append NATO's estimate mark. */
  readonly estimate?: boolean;
}

/**
 * Any figure formatted by its unit, the same way on every chart axis, table cell and CLI column:
 * shares as percentages, money scaled to m/bn/tn, per-capita dollars whole, personnel in thousands.
 *
 * @example
 * formatMetricValue(4.25, "pct-of-gdp", { estimate: true }); // "4.25%e"
 * formatMetricValue(38214, "usd-m"); // "$38.2 bn"
 * formatMetricValue(812.4, "usd-bn"); // "$812 bn"
 * formatMetricValue(1015.3, "usd"); // "$1,015"
 * formatMetricValue(216.1, "thousands"); // "216.1k"
 * formatMetricValue(2, "pct-of-gdp", { digits: 0 }); // "2%"
 */
export function formatMetricValue(
  value: number | null | undefined,
  unit: MetricUnit,
  options: MetricValueOptions = {},
): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return NO_DATA;
  const mark = options.estimate ? ESTIMATE_MARK : "";
  const digits = options.digits;
  switch (unit) {
    case "pct-of-gdp":
    case "pct-of-expenditure":
      return formatPercent(value, { digits: digits ?? 2, estimate: options.estimate ?? false });
    case "usd-m":
      return `${formatUsdM(value, digits === undefined ? {} : { digits })}${mark}`;
    case "usd-bn":
      return `${formatUsdM(value * 1000, digits === undefined ? {} : { digits })}${mark}`;
    case "usd": {
      const text = formatNumber(Math.abs(value), digits ?? 0);
      return `${value < 0 ? "−" : ""}$${text}${mark}`;
    }
    case "thousands":
      return `${formatNumber(value, digits ?? 1)}k${mark}`;
    case "pct-change":
      return `${formatChangePct(value, digits ?? 1)}${mark}`;
    case "nc-m": {
      const text = formatNumber(Math.abs(value), digits ?? 0);
      return `${value < 0 ? "−" : ""}${text} m${mark}`;
    }
  }
}

/**
 * A change in percent, always signed, such as a real year-on-year change of spending.
 *
 * @example
 * formatChangePct(36.08); // "+36.1%"
 * formatChangePct(-2.04); // "−2.0%"
 * formatChangePct(null); // "no data"
 */
export function formatChangePct(value: number | null | undefined, digits = 1): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return NO_DATA;
  const text = formatNumber(Math.abs(value), digits);
  const zero = Number(text.replace(/,/g, "")) === 0;
  return `${zero ? "±" : value > 0 ? "+" : "−"}${text}%`;
}

/**
 * The change between two values of one metric, the way a reader compares them: shares in percentage points,
 * everything else (money, per capita, personnel) in percent of the first value. "no data" when the first
 * value is zero or either is missing.
 *
 * @example
 * formatChangeBetween(0.88, 5.33, "pct-of-gdp"); // "+4.45 pp" (Lithuania 2014 to 2026e)
 * formatChangeBetween(100, 150, "usd-m", 0); // "+50%"
 */
export function formatChangeBetween(
  from: number | null | undefined,
  to: number | null | undefined,
  unit: MetricUnit,
  digits?: number,
): string {
  if (typeof from !== "number" || typeof to !== "number") return NO_DATA;
  if (unit === "pct-of-gdp" || unit === "pct-of-expenditure" || unit === "pct-change")
    return formatPp(to - from, digits ?? 2);
  return from > 0 ? formatChangePct(((to - from) / from) * 100, digits ?? 0) : NO_DATA;
}
