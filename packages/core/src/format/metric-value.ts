import type { MetricUnit } from "../models/metric.js";
import {
  type DigitsOptions,
  ESTIMATE_MARK,
  ESTIMATE_SEPARATOR,
  formatChangePct,
  formatNumber,
  formatPercent,
  formatPp,
  formatUsdM,
  MINUS_SIGN,
  noDataLabel,
} from "./number.js";

/**
 * How `formatMetricValue` writes a figure.
 *
 * @category Formatting
 * @example
 * const options: MetricValueOptions = { digits: 1, estimate: true };
 * formatMetricValue(2.69, "pct-of-gdp", options); // "2.7% e"
 */
export interface MetricValueOptions extends DigitsOptions {
  /** Decimals; by default two for shares, three significant figures for money, one for personnel. */
  readonly digits?: number | undefined;
  /** Append NATO's estimate mark, set apart from the unit by a no-break space. */
  readonly estimate?: boolean | undefined;
}

/**
 * Any figure formatted by its unit, the same way on every chart axis, table cell and CLI column:
 * shares as percentages, money scaled to m/bn/tn, per-capita dollars whole, personnel in thousands.
 * The estimate mark comes after a no-break space, never glued to a unit.
 *
 * @category Formatting
 * @example
 * formatMetricValue(4.25, "pct-of-gdp", { estimate: true }); // "4.25% e"
 * formatMetricValue(38214, "usd-m"); // "$38.2 bn"
 * formatMetricValue(812.4, "usd-bn"); // "$812 bn"
 * formatMetricValue(1015.3, "usd"); // "$1,015"
 * formatMetricValue(238.2, "thousands", { estimate: true }); // "238.2k e"
 * formatMetricValue(2, "pct-of-gdp", { digits: 0 }); // "2%"
 * formatMetricValue(38214, "usd-m", { locale: "fr" }); // "38,2 Md $"
 */
export function formatMetricValue(
  value: number | null | undefined,
  unit: MetricUnit,
  options: MetricValueOptions = {},
): string {
  const locale = options.locale ?? "en";
  if (typeof value !== "number" || !Number.isFinite(value)) return noDataLabel(locale);
  const mark = options.estimate ? `${ESTIMATE_SEPARATOR}${ESTIMATE_MARK}` : "";
  const { digits, estimate } = options;
  switch (unit) {
    case "pct-of-gdp":
    case "pct-of-expenditure":
      return formatPercent(value, { digits: digits ?? 2, estimate, locale });
    case "usd-m":
      return formatUsdM(value, { digits, estimate, locale });
    case "usd-bn":
      return formatUsdM(String(value).includes("e") ? value * 1000 : Number(`${value}e3`), {
        digits,
        estimate,
        locale,
      });
    case "usd": {
      const text = formatNumber(Math.abs(value), { digits: digits ?? 0, locale });
      const sign = value < 0 && /[1-9]/.test(text) ? MINUS_SIGN : "";
      return locale === "fr" ? `${sign}${text}\u202f$${mark}` : `${sign}$${text}${mark}`;
    }
    case "thousands":
      return `${formatNumber(value, { digits: digits ?? 1, locale })}${locale === "fr" ? "\u202fk" : "k"}${mark}`;
    case "pct-change":
      return `${formatChangePct(value, { digits: digits ?? 1, locale })}${mark}`;
    case "nc-m": {
      const text = formatNumber(Math.abs(value), { digits: digits ?? 0, locale });
      const sign = value < 0 && /[1-9]/.test(text) ? MINUS_SIGN : "";
      return `${sign}${text}\u00a0m${mark}`;
    }
  }
}

/**
 * The change between two values of one metric, the way a reader compares them: shares in percentage points,
 * everything else (money, per capita, personnel) in percent of the first value. "no data" when the first
 * value is zero or either is missing.
 *
 * @category Formatting
 * @example
 * formatChangeBetween(0.88, 5.33, "pct-of-gdp"); // "+4.45 pp" (Lithuania 2014 to 2026e)
 * formatChangeBetween(100, 150, "usd-m", { digits: 0 }); // "+50%"
 * formatChangeBetween(100, 150, "usd-m", { digits: 0, locale: "fr" }); // "+50 %"
 */
export function formatChangeBetween(
  from: number | null | undefined,
  to: number | null | undefined,
  unit: MetricUnit,
  options: DigitsOptions = {},
): string {
  const locale = options.locale ?? "en";
  if (typeof from !== "number" || typeof to !== "number") return noDataLabel(locale);
  if (unit === "pct-of-gdp" || unit === "pct-of-expenditure" || unit === "pct-change") {
    return formatPp(to - from, { digits: options.digits ?? 2, locale });
  }
  return from > 0
    ? formatChangePct(((to - from) / from) * 100, { digits: options.digits ?? 0, locale })
    : noDataLabel(locale);
}
