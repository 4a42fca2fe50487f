import { deepFreeze } from "../internal/freeze.js";
import type { RuleStatus } from "../models/rule.js";

/**
 * What the product prints where NATO published no figure.
 *
 * @example
 * formatPercent(null) === NO_DATA; // true ("no data")
 */
export const NO_DATA = "no data";

/**
 * The mark NATO puts on estimates ("2025e").
 *
 * @example
 * formatYear(2025, true) === `2025${ESTIMATE_MARK}`; // true
 */
export const ESTIMATE_MARK = "e";

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Rounds half away from zero on the number's shortest decimal form (308.445 -> "308.45", as a reader
 * expects, where `toFixed` gives "308.44"), groups thousands with commas, and never prints "-0".
 * Plain arithmetic rather than `Intl.NumberFormat`: loading ICU's number data costs a command-line tool
 * more start-up time than all of its own work.
 */
function fixed(value: number, digits: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e15) return value.toExponential(3);
  // Shift the decimal point in the string, not by multiplying, so 308.445 stays 308.445.
  // (Below 1e-6 the shortest form is exponential, and such a number rounds to zero anyway.)
  const shortest = String(abs);
  const rounded = shortest.includes("e") ? 0 : Math.round(Number(`${shortest}e${digits}`)) / 10 ** digits;
  const [whole = "0", fraction] = rounded.toFixed(digits).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}

/**
 * A percentage as NATO prints it: two decimals and a percent sign; "no data" for null.
 *
 * @example
 * formatPercent(4.25); // "4.25%"
 * formatPercent(4.25, { estimate: true }); // "4.25%e"
 * formatPercent(null); // "no data"
 */
export function formatPercent(
  value: number | null | undefined,
  options: { digits?: number; estimate?: boolean } = {},
): string {
  if (!isNumber(value)) return NO_DATA;
  return `${fixed(value, options.digits ?? 2)}%${options.estimate ? ESTIMATE_MARK : ""}`;
}

/**
 * A difference in percentage points, always signed.
 *
 * @example
 * formatPp(0.69); // "+0.69 pp"
 * formatPp(-1.25); // "−1.25 pp"
 */
export function formatPp(value: number | null | undefined, digits = 2): string {
  if (!isNumber(value)) return NO_DATA;
  const text = fixed(Math.abs(value), digits);
  const zero = Number(text.replace(/,/g, "")) === 0;
  return `${zero ? "±" : value > 0 ? "+" : "−"}${text} pp`;
}

/**
 * Price basis of a money figure: current prices and exchange rates, or constant 2021 ones.
 *
 * @example
 * const basis: PriceBasis = "current";
 * formatUsdM(1809915, { basis }); // "$1.81 tn (current prices)" (NATO Total, 2026e)
 */
export type PriceBasis = "current" | "constant-2021";

/**
 * How a price basis reads in a label.
 *
 * @example
 * priceBasisLabel("constant-2021"); // "constant 2021 prices"
 */
export function priceBasisLabel(basis: PriceBasis): string {
  return basis === "current" ? "current prices" : "constant 2021 prices";
}

/**
 * Money given in million US dollars, scaled to m, bn or tn with three significant figures or more.
 *
 * @example
 * formatUsdM(1032849); // "$1.03 tn"
 * formatUsdM(24186); // "$24.2 bn"
 * formatUsdM(178); // "$178 m"
 * formatUsdM(24186, { basis: "constant-2021" }); // "$24.2 bn (constant 2021 prices)"
 */
export function formatUsdM(
  valueM: number | null | undefined,
  options: { basis?: PriceBasis; digits?: number } = {},
): string {
  if (!isNumber(valueM)) return NO_DATA;
  const abs = Math.abs(valueM);
  const sign = valueM < 0 ? "−" : "";
  const [scaled, unit] = abs >= 1e6 ? [abs / 1e6, "tn"] : abs >= 1e3 ? [abs / 1e3, "bn"] : [abs, "m"];
  const digits = options.digits ?? (scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2);
  const text = `${sign}$${fixed(scaled, unit === "m" && options.digits === undefined ? 0 : digits)} ${unit}`;
  return options.basis ? `${text} (${priceBasisLabel(options.basis)})` : text;
}

/**
 * A plain number with thousands separators.
 *
 * @example
 * formatNumber(3440.5, 1); // "3,440.5"
 */
export function formatNumber(value: number | null | undefined, digits = 0): string {
  return isNumber(value) ? fixed(value, digits) : NO_DATA;
}

/**
 * A year with NATO's estimate mark.
 *
 * @example
 * formatYear(2025, true); // "2025e"
 */
export function formatYear(year: number, estimate = false): string {
  return `${year}${estimate ? ESTIMATE_MARK : ""}`;
}

/**
 * How each verdict reads, the same on the site and in the CLI.
 *
 * @example
 * STATUS_LABELS[checkTwoPercent({ code: "DEU", year: 2026, shareOfGdpPct: 2.69 }).status]; // "meets"
 */
export const STATUS_LABELS: Readonly<Record<RuleStatus, string>> = /* @__PURE__ */ deepFreeze({
  met: "meets",
  below: "below",
  "not-applicable": "not applicable",
  "not-member": "not a member",
  "no-data": NO_DATA,
});
