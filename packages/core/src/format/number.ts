import { deepFreeze } from "../internal/freeze.js";
import type { RuleStatus } from "../models/rule.js";

/**
 * The languages the formatters write: NATO's two official languages, English and French.
 *
 * @category Formatting
 * @example
 * const locale: Locale = "fr";
 * formatPercent(2.5, { locale }); // "2,50 %" (with a narrow no-break space)
 */
export type Locale = "en" | "fr";

/**
 * Every locale the formatters accept, English first (the default).
 *
 * @category Formatting
 * @example
 * LOCALES.includes("fr"); // true
 */
export const LOCALES: readonly Locale[] = /* @__PURE__ */ deepFreeze(["en", "fr"] as Locale[]);

/**
 * The option every number formatter takes.
 *
 * @category Formatting
 * @example
 * const options: LocaleOptions = { locale: "fr" };
 * formatNumber(3440.5, { digits: 1, ...options }); // "3 440,5"
 */
export interface LocaleOptions {
  /** `"en"` (the default): "3,440.5", "2.50%", "$44.2 bn". `"fr"`: "3 440,5", "2,50 %", "44,2 Md $". */
  readonly locale?: Locale | undefined;
}

/**
 * Options of the formatters that round to a number of decimals.
 *
 * @category Formatting
 * @example
 * const options: DigitsOptions = { digits: 1, locale: "en" };
 * formatNumber(3440.46, options); // "3,440.5"
 */
export interface DigitsOptions extends LocaleOptions {
  /** Decimals after the point (or comma). */
  readonly digits?: number | undefined;
}

/**
 * What the product prints where NATO published no figure.
 *
 * @category Formatting
 * @example
 * formatPercent(null) === NO_DATA; // true ("no data")
 */
export const NO_DATA = "no data";

/**
 * "no data" in the given language.
 *
 * @category Formatting
 * @example
 * noDataLabel("fr"); // "pas de données"
 */
export function noDataLabel(locale: Locale = "en"): string {
  return locale === "fr" ? "pas de données" : NO_DATA;
}

/**
 * The mark NATO puts on estimates ("2025e" in its tables' year headers).
 *
 * @category Formatting
 * @example
 * formatYear(2025, true) === `2025${ESTIMATE_MARK}`; // true
 */
export const ESTIMATE_MARK = "e";

/**
 * What stands between a figure and its estimate mark: a no-break space, so the mark never runs into a
 * unit ("$44.2 bn e", not "$44.2 bne"; "238.2k e", not "238.2ke") and never wraps away from its figure.
 * Years keep NATO's own form, the mark joined ("2025e").
 *
 * @category Formatting
 * @example
 * formatPercent(4.25, { estimate: true }) === `4.25%${ESTIMATE_SEPARATOR}${ESTIMATE_MARK}`; // true
 */
export const ESTIMATE_SEPARATOR = "\u00a0";

/**
 * The class of the element that holds the estimate mark in HTML (`estimateMarkHtml`), for a style sheet
 * to set it apart (smaller, lighter, a dotted underline).
 *
 * @category Formatting
 * @example
 * estimateMarkHtml().includes(`class="${ESTIMATE_CLASS}"`); // true
 */
export const ESTIMATE_CLASS = "estimate";

/**
 * The one minus sign every formatter prints (U+2212 MINUS SIGN, as wide as the plus sign, never the hyphen).
 *
 * @category Formatting
 * @example
 * formatNumber(-2.5) === `${MINUS_SIGN}3`; // true
 */
export const MINUS_SIGN = "\u2212";

/** A narrow no-break space: French thousands separator and the space before "%" and units. */
const NNBSP = "\u202f";

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Rounds `abs` (not negative) half away from zero on its shortest decimal form (308.445 -> "308.45", as a
 * reader expects, where `toFixed` gives "308.44"). Returns the digits without grouping, "." as the point.
 */
function roundedDigits(abs: number, digits: number): string {
  // No real figure comes near 1e15; beyond it the exponent form, never a wrong long number.
  if (abs >= 1e15) return abs.toExponential(3);
  // Shift the decimal point in the string, not by multiplying, so 308.445 stays 308.445.
  // (Below 1e-6 the shortest form is exponential, and such a number rounds to zero anyway.)
  // The rounding is done on the digits themselves: scaled to a whole number first, a figure past 2^53
  // (500499260760.61847 at 3 digits) would lose its last digits and round the wrong way.
  const shortest = String(abs);
  if (shortest.includes("e")) return (0).toFixed(digits);
  const [whole = "0", fraction = ""] = shortest.split(".");
  const kept = `${whole}${fraction.slice(0, digits).padEnd(digits, "0")}`;
  // Half away from zero: the next digit decides, whatever follows it.
  const up = (fraction[digits] ?? "0") >= "5";
  const units = (BigInt(kept) + (up ? 1n : 0n)).toString().padStart(digits + 1, "0");
  return digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

/** "1234567.5" -> "1,234,567.5" (en) or "1 234 567,5" (fr, narrow no-break spaces). */
function localize(plain: string, locale: Locale): string {
  if (plain.includes("e")) return locale === "fr" ? plain.replace(".", ",") : plain;
  const [whole = "0", fraction] = plain.split(".");
  const group = locale === "fr" ? NNBSP : ",";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  if (fraction === undefined) return grouped;
  return `${grouped}${locale === "fr" ? "," : "."}${fraction}`;
}

/** Whether a rounded digit string is zero ("0.00"). */
const isZero = (plain: string) => /^[0.]*$/.test(plain);

/**
 * A number rounded half away from zero, grouped in thousands, with U+2212 for a minus and never "−0"
 * (a value that rounds to zero prints unsigned). Plain arithmetic rather than `Intl.NumberFormat`:
 * loading ICU's number data costs a command-line tool more start-up time than all of its own work.
 */
function fixed(value: number, digits: number, locale: Locale): string {
  const plain = roundedDigits(Math.abs(value), digits);
  const text = localize(plain, locale);
  return value < 0 && !isZero(plain) ? `${MINUS_SIGN}${text}` : text;
}

/** The estimate mark with its separator, or nothing. */
const mark = (estimate: boolean | undefined) => (estimate ? `${ESTIMATE_SEPARATOR}${ESTIMATE_MARK}` : "");

/**
 * Options of `formatPercent`.
 *
 * @category Formatting
 * @example
 * const options: PercentOptions = { digits: 1, estimate: true };
 * formatPercent(4.25, options); // "4.3% e"
 */
export interface PercentOptions extends DigitsOptions {
  /** Append NATO's estimate mark, set apart by a no-break space. */
  readonly estimate?: boolean | undefined;
}

/**
 * A percentage as NATO prints it in English: two decimals and the percent sign joined ("4.25%"); in French
 * with a narrow no-break space and a decimal comma ("4,25 %"). "no data" for null, undefined, NaN or
 * infinity.
 *
 * @category Formatting
 * @example
 * formatPercent(4.25); // "4.25%"
 * formatPercent(4.25, { estimate: true }); // "4.25% e" (a no-break space before the mark)
 * formatPercent(2.5, { digits: 1, locale: "fr" }); // "2,5 %"
 * formatPercent(null); // "no data"
 */
export function formatPercent(value: number | null | undefined, options: PercentOptions = {}): string {
  const locale = options.locale ?? "en";
  if (!isNumber(value)) return noDataLabel(locale);
  const text = fixed(value, options.digits ?? 2, locale);
  return `${text}${locale === "fr" ? `${NNBSP}%` : "%"}${mark(options.estimate)}`;
}

/**
 * A share as a person writes a target or a rate: no more decimals than it has, up to two ("2%", "3.5%",
 * "3.75%"), where `formatPercent` pads to NATO's two ("3.50%").
 *
 * @category Formatting
 * @example
 * formatThreshold(3.5); // "3.5%"
 * formatThreshold(2); // "2%"
 * formatThreshold(1.25, { locale: "fr" }); // "1,25 %"
 */
export function formatThreshold(value: number | null | undefined, options: LocaleOptions = {}): string {
  if (!isNumber(value)) return noDataLabel(options.locale);
  const digits = Number.isInteger(value) ? 0 : Number.isInteger(Number(`${value}e1`)) ? 1 : 2;
  return formatPercent(value, { digits, locale: options.locale });
}

/**
 * A difference in percentage points, always signed (+, U+2212 or ± for a difference that rounds to zero).
 * French writes "pt" (point de pourcentage).
 *
 * @category Formatting
 * @example
 * formatPp(0.69); // "+0.69 pp"
 * formatPp(-1.25); // "−1.25 pp"
 * formatPp(-0.001); // "±0.00 pp"
 * formatPp(-1.25, { locale: "fr" }); // "−1,25 pt"
 */
export function formatPp(value: number | null | undefined, options: DigitsOptions = {}): string {
  const locale = options.locale ?? "en";
  if (!isNumber(value)) return noDataLabel(locale);
  const text = signed(value, options.digits ?? 2, locale);
  return `${text}${locale === "fr" ? `${NNBSP}pt` : " pp"}`;
}

/** A number with its sign always shown: "+", U+2212, or "±" when it rounds to zero. */
function signed(value: number, digits: number, locale: Locale): string {
  const plain = roundedDigits(Math.abs(value), digits);
  const sign = isZero(plain) ? "±" : value > 0 ? "+" : MINUS_SIGN;
  return `${sign}${localize(plain, locale)}`;
}

/**
 * A change in percent, always signed, such as a real year-on-year change of spending.
 *
 * @category Formatting
 * @example
 * formatChangePct(36.08); // "+36.1%"
 * formatChangePct(-2.04); // "−2.0%"
 * formatChangePct(-2.04, { locale: "fr" }); // "−2,0 %"
 * formatChangePct(null); // "no data"
 */
export function formatChangePct(value: number | null | undefined, options: DigitsOptions = {}): string {
  const locale = options.locale ?? "en";
  if (!isNumber(value)) return noDataLabel(locale);
  return `${signed(value, options.digits ?? 1, locale)}${locale === "fr" ? `${NNBSP}%` : "%"}`;
}

/**
 * Price basis of a money figure: current prices and exchange rates, or constant 2021 ones.
 *
 * @category Formatting
 * @example
 * const basis: PriceBasis = "current";
 * formatUsdM(1809915, { basis }); // "$1.81 tn (current prices)" (NATO Total, 2026e)
 */
export type PriceBasis = "current" | "constant-2021";

/**
 * How a price basis reads in a label.
 *
 * @category Formatting
 * @example
 * priceBasisLabel("constant-2021"); // "constant 2021 prices"
 * priceBasisLabel("current", "fr"); // "prix courants"
 */
export function priceBasisLabel(basis: PriceBasis, locale: Locale = "en"): string {
  if (locale === "fr") return basis === "current" ? "prix courants" : "prix constants de 2021";
  return basis === "current" ? "current prices" : "constant 2021 prices";
}

/**
 * Options of `formatUsdM`.
 *
 * @category Formatting
 * @example
 * const options: UsdOptions = { basis: "constant-2021", estimate: true };
 * formatUsdM(24186, options); // "$24.2 bn e (constant 2021 prices)"
 */
export interface UsdOptions extends DigitsOptions {
  /** Add the price basis in brackets. */
  readonly basis?: PriceBasis | undefined;
  /** Append NATO's estimate mark, set apart by a no-break space. */
  readonly estimate?: boolean | undefined;
}

// English scales: million, billion (10^9), trillion (10^12). French has no short word for 10^12 that
// readers do not take for 10^12 of the long scale ("billion"), so French stays in milliards ("1 810 Md $"),
// as the French press writes "1 810 milliards de dollars".
const EN_SCALES = [
  { shift: 6, unit: "tn" },
  { shift: 3, unit: "bn" },
  { shift: 0, unit: "m" },
] as const;
const FR_SCALES = [
  { shift: 3, unit: "Md" },
  { shift: 0, unit: "M" },
] as const;

/** Three significant figures or more: 2 decimals below 10, 1 below 100, none from 100. */
const significantDigits = (scaled: number) => (scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2);

/**
 * Money given in million US dollars, scaled to m, bn or tn (French: M, Md) with three significant figures
 * or more; millions are whole. A value that rounds up to the next scale is written in it ($999.96 bn is
 * "$1.00 tn", not "$1,000 bn"; $99.96 bn is "$100 bn", not "$100.0 bn"); one that rounds to zero has no
 * sign.
 *
 * @category Formatting
 * @example
 * formatUsdM(1032849); // "$1.03 tn"
 * formatUsdM(24186); // "$24.2 bn"
 * formatUsdM(178); // "$178 m"
 * formatUsdM(999.6); // "$1.00 bn"
 * formatUsdM(-0.3); // "$0 m"
 * formatUsdM(44186, { estimate: true }); // "$44.2 bn e"
 * formatUsdM(24186, { basis: "constant-2021" }); // "$24.2 bn (constant 2021 prices)"
 * formatUsdM(24186, { locale: "fr" }); // "24,2 Md $"
 */
export function formatUsdM(valueM: number | null | undefined, options: UsdOptions = {}): string {
  const locale = options.locale ?? "en";
  if (!isNumber(valueM)) return noDataLabel(locale);
  const abs = Math.abs(valueM);
  const scales = locale === "fr" ? FR_SCALES : EN_SCALES;
  let index = scales.findIndex((s) => abs >= 10 ** s.shift);
  if (index < 0) index = scales.length - 1;
  let plain = "0";
  let unit = "";
  for (;;) {
    const scale = scales[index] ?? scales[scales.length - 1];
    if (!scale) break;
    // Move the decimal point in the number's decimal form, so 24186 is 24.186 exactly, not 24.185999...
    const scaled = String(abs).includes("e") ? abs / 10 ** scale.shift : Number(`${abs}e-${scale.shift}`);
    const whole = scale.shift === 0 && options.digits === undefined;
    let digits = options.digits ?? (whole ? 0 : significantDigits(scaled));
    plain = roundedDigits(scaled, digits);
    // Rounding can carry into the next scale (999.96 -> "1000.0") or the next magnitude (99.96 -> "100.0").
    if (Number(plain) >= 1000 && index > 0) {
      index -= 1;
      continue;
    }
    if (options.digits === undefined && !whole && significantDigits(Number(plain)) < digits) {
      digits = significantDigits(Number(plain));
      plain = roundedDigits(scaled, digits);
    }
    unit = scale.unit;
    break;
  }
  const sign = valueM < 0 && !isZero(plain) ? MINUS_SIGN : "";
  const number = localize(plain, locale);
  const text =
    locale === "fr"
      ? `${sign}${number}${NNBSP}${unit}${NNBSP}$${mark(options.estimate)}`
      : `${sign}$${number} ${unit}${mark(options.estimate)}`;
  return options.basis ? `${text} (${priceBasisLabel(options.basis, locale)})` : text;
}

/**
 * A plain number grouped in thousands, rounded half away from zero, U+2212 for a minus, never "−0".
 *
 * @category Formatting
 * @example
 * formatNumber(3440.5, { digits: 1 }); // "3,440.5"
 * formatNumber(-2.5); // "−3"
 * formatNumber(3440.5, { digits: 1, locale: "fr" }); // "3 440,5" (a narrow no-break space)
 */
export function formatNumber(value: number | null | undefined, options: DigitsOptions = {}): string {
  const locale = options.locale ?? "en";
  return isNumber(value) ? fixed(value, options.digits ?? 0, locale) : noDataLabel(locale);
}

/**
 * A year with NATO's estimate mark, joined as in NATO's tables (the same in English and French).
 *
 * @category Formatting
 * @example
 * formatYear(2025, true); // "2025e"
 */
export function formatYear(year: number, estimate = false): string {
  return `${year}${estimate ? ESTIMATE_MARK : ""}`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * NATO's estimate mark as HTML: an `<abbr>` of class `ESTIMATE_CLASS` that spells "estimate" out for screen
 * readers and on hover ("estimation" in French).
 *
 * @category Formatting
 * @example
 * estimateMarkHtml(); // '<abbr class="estimate" title="estimate">e</abbr>'
 */
export function estimateMarkHtml(locale: Locale = "en"): string {
  const title = locale === "fr" ? "estimation" : "estimate";
  return `<abbr class="${ESTIMATE_CLASS}" title="${title}">${ESTIMATE_MARK}</abbr>`;
}

/**
 * A formatted figure as HTML: the text escaped, and the estimate mark, when the text ends with one, in its
 * own element (`estimateMarkHtml`) after the same no-break space, so a page shows exactly what the text
 * form says and can style the mark.
 *
 * @category Formatting
 * @example
 * formatHtml(formatUsdM(44186, { estimate: true }));
 * // '$44.2 bn&nbsp;<abbr class="estimate" title="estimate">e</abbr>'
 */
export function formatHtml(text: string, locale: Locale = "en"): string {
  const html = (part: string) => escapeHtml(part).replace(/\u00a0/g, "&nbsp;");
  // The mark is a lone "e" after the separator: at the end, or before the bracketed price basis.
  const found = new RegExp(`${ESTIMATE_SEPARATOR}${ESTIMATE_MARK}(?![\\p{L}])`, "u").exec(text);
  if (!found) return html(text);
  const tail = text.slice(found.index + found[0].length);
  return `${html(text.slice(0, found.index))}&nbsp;${estimateMarkHtml(locale)}${html(tail)}`;
}

/**
 * How each verdict reads, the same on the site and in the CLI.
 *
 * @category Formatting
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
