import { distance } from "fastest-levenshtein";
import { NatoError, type SafeParseResult, safely } from "../models/error.js";
import { METRIC_INFO, METRICS, type Metric } from "../models/metric.js";

// Plain checks rather than zod: the CLI parses these on its start-up path, which stays free of zod.

function toNumber(input: unknown): number {
  if (typeof input === "number") return input;
  if (typeof input !== "string") return Number.NaN;
  const text = input.trim().replace(/%$/, "").trim();
  // Number("") is 0 and Number("0x10") is 16: accept plain decimals only.
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
}

/**
 * The bounds every surface applies to what a user may type: a yearly real GDP growth rate in percent
 * (`growth`), and the latest deadline a path or scenario may run to (`deadline`).
 *
 * @category Parsing
 * @example
 * INPUT_LIMITS.growthPct; // { min: -20, max: 20 }
 */
export const INPUT_LIMITS = Object.freeze({
  growthPct: Object.freeze({ min: -20, max: 20 }),
  latestDeadline: 2100,
});

const show = (input: unknown) => (typeof input === "string" ? `"${input}"` : String(input));

/**
 * A percentage from user input ("3.5", "3.5%", 3.5): a finite number from 0 to 100.
 * Throws `NatoError` `INVALID_ARGUMENT` naming the input otherwise.
 *
 * @category Parsing
 * @example
 * parsePercent("3.5%", "target"); // 3.5
 */
export function parsePercent(input: unknown, name = "percentage"): number {
  const value = toNumber(input);
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Invalid ${name} ${show(input)}: expected a number from 0 to 100.`,
      {
        received: input,
        expected: "a number from 0 to 100",
        path: [name],
        issueCode: Number.isFinite(value) ? "out_of_range" : "invalid_type",
      },
    );
  }
  return value;
}

/**
 * A growth rate in percent per year from user input: a finite number from -20 to 20.
 *
 * @category Parsing
 * @example
 * parseGrowthPct("1.5"); // 1.5
 */
export function parseGrowthPct(input: unknown, name = "GDP growth"): number {
  const value = toNumber(input);
  const { min, max } = INPUT_LIMITS.growthPct;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Invalid ${name} ${show(input)}: expected a yearly rate in percent from ${min} to ${max}.`,
      {
        received: input,
        expected: `a number from ${min} to ${max}`,
        path: [name],
        issueCode: Number.isFinite(value) ? "out_of_range" : "invalid_type",
      },
    );
  }
  return value;
}

/**
 * A year from user input within `[min, max]`. Throws `YEAR_OUT_OF_RANGE` for a year outside it and
 * `INVALID_ARGUMENT` for anything that is not a whole year.
 *
 * @category Parsing
 * @example
 * parseYear("2025", { min: 2014, max: 2026 }); // 2025
 */
export function parseYear(input: unknown, range: { min: number; max: number }, name = "year"): number {
  const value = toNumber(input);
  if (!Number.isInteger(value)) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Invalid ${name} ${show(input)}: expected a year such as ${range.max}.`,
      {
        received: input,
        expected: `a year from ${range.min} to ${range.max}`,
        path: [name],
        issueCode: "invalid_type",
      },
    );
  }
  if (value < range.min || value > range.max) {
    throw new NatoError(
      "YEAR_OUT_OF_RANGE",
      `No data for ${name} ${value}: expected a year from ${range.min} to ${range.max}.`,
      { received: input, expected: `a year from ${range.min} to ${range.max}`, path: [name] },
    );
  }
  return value;
}

/**
 * A deadline from user input: a whole year after `baseYear` and no later than 2100.
 *
 * @category Parsing
 * @example
 * parseDeadline("2035", 2026); // 2035
 */
export function parseDeadline(input: unknown, baseYear: number): number {
  const value = toNumber(input);
  const last = INPUT_LIMITS.latestDeadline;
  if (!Number.isInteger(value) || value > last) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Invalid deadline ${show(input)}: expected a year such as 2035.`,
      {
        received: input,
        expected: `a year from ${baseYear + 1} to ${last}`,
        path: ["deadline"],
        issueCode: Number.isInteger(value) ? "out_of_range" : "invalid_type",
      },
    );
  }
  if (value <= baseYear) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Deadline ${value} is not after the baseline year ${baseYear}: expected a year from ${baseYear + 1} to ${last}.`,
      {
        received: input,
        expected: `a year from ${baseYear + 1} to ${last}`,
        path: ["deadline"],
        issueCode: "out_of_range",
      },
    );
  }
  return value;
}

/**
 * Like {@link parsePercent}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @category Parsing
 * @example
 * safeParsePercent("120", "target").error?.issues[0]?.code; // "out_of_range"
 */
export function safeParsePercent(input: unknown, name = "percentage"): SafeParseResult<number> {
  return safely(() => parsePercent(input, name));
}

/**
 * Like {@link parseGrowthPct}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @category Parsing
 * @example
 * safeParseGrowthPct("abc").success; // false
 */
export function safeParseGrowthPct(input: unknown, name = "GDP growth"): SafeParseResult<number> {
  return safely(() => parseGrowthPct(input, name));
}

/**
 * Like {@link parseYear}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @category Parsing
 * @example
 * safeParseYear("2030", { min: 2014, max: 2026 }).error?.code; // "YEAR_OUT_OF_RANGE"
 */
export function safeParseYear(
  input: unknown,
  range: { min: number; max: number },
  name = "year",
): SafeParseResult<number> {
  return safely(() => parseYear(input, range, name));
}

/**
 * Like {@link parseDeadline}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @category Parsing
 * @example
 * safeParseDeadline("2035", 2026).data; // 2035
 */
export function safeParseDeadline(input: unknown, baseYear: number): SafeParseResult<number> {
  return safely(() => parseDeadline(input, baseYear));
}
/**
 * A scenario's baseline from user input: `"today"` (or `"base-year"`) for the base year's own shares,
 * `"2"` (or `"2%"`, `"floor"`) for the 2% floor, or a four-digit year for that year's shares. Throws
 * `NatoError` `INVALID_ARGUMENT` naming the input otherwise.
 *
 * @category Parsing
 * @example
 * parseScenarioBaseline("2024"); // { year: 2024 }
 * parseScenarioBaseline("2%"); // "two-percent"
 */
export function parseScenarioBaseline(input: unknown): "base-year" | "two-percent" | { year: number } {
  const text = typeof input === "string" ? input.trim().toLowerCase() : String(input);
  if (text === "today" || text === "base-year" || text === "") return "base-year";
  if (text === "2" || text === "2%" || text === "2%" || text === "floor" || text === "two-percent")
    return "two-percent";
  if (/^\d{4}$/.test(text)) return { year: Number(text) };
  throw new NatoError(
    "INVALID_ARGUMENT",
    `Invalid baseline ${show(input)}: expected "today" (the base year's shares), "2" (the 2% floor) or a year such as 2024.`,
    { received: input, expected: '"today", "2" or a year such as 2024' },
  );
}

/**
 * A price basis from user input: `"constant"` (or `"constant-2021"`, `"2021"`) or `"current"`. Throws
 * `NatoError` `INVALID_ARGUMENT` naming the input otherwise.
 *
 * @category Parsing
 * @example
 * parsePriceBasis("current"); // "current"
 */
export function parsePriceBasis(input: unknown): "current" | "constant-2021" {
  const text = typeof input === "string" ? input.trim().toLowerCase() : String(input);
  if (text === "current") return "current";
  if (text === "constant" || text === "constant-2021" || text === "2021") return "constant-2021";
  throw new NatoError(
    "INVALID_ARGUMENT",
    `Invalid prices ${show(input)}: expected "constant" (constant 2021 US dollars) or "current".`,
    { received: input, expected: '"constant" or "current"' },
  );
}

/**
 * A metric from user input, by the name its figures carry in JSON (`shareOfGdpPct`) or by its short name
 * (`share`, `spend-2021`; any case), so that a command's options and its JSON speak one vocabulary.
 * Throws `NatoError` `UNKNOWN_METRIC` naming the input, the closest name and every accepted one otherwise.
 *
 * @category Parsing
 * @example
 * parseMetric("share"); // "shareOfGdpPct"
 * parseMetric("expenditureUsdCurrentM"); // "expenditureUsdCurrentM"
 */
export function parseMetric(input: unknown, name = "metric"): Metric {
  const text = typeof input === "string" ? input.trim() : String(input);
  const found = METRICS.find(
    (m) => m === text || m.toLowerCase() === text.toLowerCase() || METRIC_INFO[m].slug === text.toLowerCase(),
  );
  if (found) return found;
  const names = METRICS.flatMap((m) => [METRIC_INFO[m].slug, m]);
  let near: string | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const candidate of names) {
    const d = distance(text.toLowerCase(), candidate.toLowerCase());
    if (d < best) [best, near] = [d, candidate];
  }
  const hint =
    near !== undefined && best <= Math.max(2, Math.floor(text.length / 3)) ? ` Did you mean "${near}"?` : "";
  const expected = METRICS.map((m) => `${METRIC_INFO[m].slug} (${m})`).join(", ");
  throw new NatoError(
    "UNKNOWN_METRIC",
    `Unknown ${name} ${show(input)}.${hint} Expected one of ${expected}.`,
    {
      received: input,
      expected: METRICS.map((m) => `${METRIC_INFO[m].slug} | ${m}`).join(" | "),
      path: [name],
    },
  );
}
