// Every URL search parameter the site reads is parsed here, with zod, in one place. Bad input never
// throws: each parameter falls back to its default on its own, and the page is told what was ignored so
// it can say so. Route parameters that name a thing that does not exist (an unknown Ally) are a 404.
import {
  ALLY_CODES,
  type AllyCode,
  datasetYears,
  findAlly,
  getDataset,
  HAGUE_CORE,
  INPUT_LIMITS,
  LATEST_EDITION_ID,
  METRICS,
  type Metric,
  type SafeParseResult,
  safeParseDeadline,
  safeParseGrowthPct,
  safeParsePercent,
} from "@nato/core";
import { z } from "zod";

/** What Next passes a page as `await searchParams`. */
export type RawSearchParams = Readonly<Record<string, string | string[] | undefined>>;

/** A parameter that was present but not understood, and what was used instead. */
export interface ParamIssue {
  readonly name: string;
  readonly received: string;
  readonly expected: string;
}

export interface Parsed<T> {
  readonly values: T;
  readonly issues: readonly ParamIssue[];
}

/** One field: its schema (applied to the first value of the parameter) and its default. */
interface Field<T> {
  readonly schema: z.ZodType<T>;
  readonly fallback: T;
  /** How a person would describe a good value, for the message when a bad one is ignored. */
  readonly expected: string;
}

/**
 * The first string given for a parameter, read as the object's own property. Only strings count: Next
 * builds the search parameters as a plain object, so `?__proto__=&sort=x` swaps its prototype for an array
 * and `sort` arrives as `[Array.prototype.sort, "x"]`; and nothing inherited may pass for a value.
 *
 * @example
 * first({ target: ["5", "4"] }, "target"); // "5"
 */
export function first(raw: RawSearchParams, name: string): string | undefined {
  if (!Object.hasOwn(raw, name)) return undefined;
  const value: unknown = raw[name];
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.find((v): v is string => typeof v === "string");
}

/**
 * The longest value any parameter of the site can usefully hold (a list of eight Ally names is about
 * 150 characters). A longer value is ignored as too long before any pattern or schema sees it, so the
 * cost of reading a parameter never grows with what a request sends.
 */
export const MAX_PARAM_LENGTH = 400;

/** What a reader sees of an ignored value: its first characters, without control characters. */
export function shownValue(text: string): string {
  const cut = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return cut.replace(/\p{Cc}/gu, "");
}

/**
 * Parses `raw` field by field: a missing or empty parameter takes its default silently; a present but
 * invalid one takes its default and is reported in `issues`.
 */
export function parseParams<T extends object>(
  raw: RawSearchParams,
  fields: { readonly [K in keyof T]: Field<T[K]> },
): Parsed<T> {
  const values = {} as T;
  const issues: ParamIssue[] = [];
  for (const name of Object.keys(fields) as (keyof T & string)[]) {
    const field = fields[name];
    const input = first(raw, name);
    if (input === undefined) {
      values[name] = field.fallback;
      continue;
    }
    if (input.length > MAX_PARAM_LENGTH) {
      values[name] = field.fallback;
      issues.push({
        name,
        received: shownValue(input),
        expected: `${field.expected} (at most ${MAX_PARAM_LENGTH} characters)`,
      });
      continue;
    }
    const text = input.trim();
    if (text === "") {
      values[name] = field.fallback;
      continue;
    }
    const result = field.schema.safeParse(text);
    if (result.success) values[name] = result.data;
    else {
      values[name] = field.fallback;
      issues.push({ name, received: shownValue(input), expected: field.expected });
    }
  }
  return { values, issues };
}

/** One sentence for the page: which parameters were ignored and what they should be. */
export function describeIssues(issues: readonly ParamIssue[]): string | null {
  if (issues.length === 0) return null;
  return issues
    .map((i) => `Ignored ${i.name}="${i.received}": expected ${i.expected}. Showing the default instead.`)
    .join(" ");
}

/**
 * Builds a value on first use and keeps it: the schemas below are built once per process, not once per
 * request (building a zod schema costs far more than running it).
 */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

// Shared building blocks ------------------------------------------------------------------------------

// Linear: every character is matched in one way only (digits, then an optional "." and its digits), so a
// long run of digits followed by a letter fails in one pass instead of trying every split of the run.
const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)%?$/;
const integer = z
  .string()
  .regex(/^\d{1,4}$/, "a whole number")
  .transform(Number);

/**
 * A text parameter read by one of core's parsers, so that the site, the CLI and the library accept the
 * same values within the same bounds. The text must match `pattern` first (a plain decimal unless said).
 */
function fromCore<T>(parse: (text: string) => SafeParseResult<T>, pattern = DECIMAL): z.ZodType<T> {
  return z
    .string()
    .regex(pattern, "a number")
    .transform((text, ctx) => {
      const result = parse(text);
      if (result.success) return result.data;
      ctx.addIssue({ code: "custom", message: result.error.message });
      return z.NEVER;
    }) as unknown as z.ZodType<T>;
}

/** How the scenario's growth field describes a good value: core's bounds. */
export const GROWTH_EXPECTED = `a yearly real GDP growth in percent from ${INPUT_LIMITS.growthPct.min} to ${INPUT_LIMITS.growthPct.max}, such as 1.5`;

/** Years of the latest edition, oldest first. */
export function latestYears(): number[] {
  return datasetYears(getDataset(LATEST_EDITION_ID));
}

/** The latest year of the latest edition. */
export function latestYear(): number {
  const years = latestYears();
  return years[years.length - 1] as number;
}

const yearField = once((): Field<number> => {
  const years = latestYears();
  const min = years[0] as number;
  const max = years[years.length - 1] as number;
  return {
    schema: integer.pipe(z.number().int().min(min).max(max)),
    fallback: max,
    expected: `a year from ${min} to ${max}`,
  };
});

// /allies ----------------------------------------------------------------------------------------------

/** Columns the Allies table can be sorted by. */
export const ALLIES_SORT_KEYS = [
  "name",
  "share",
  "spend",
  "perCapita",
  "equipment",
  "personnel",
  "realChange",
] as const;
export type AlliesSortKey = (typeof ALLIES_SORT_KEYS)[number];

/** Which Allies the table shows: all, or those meeting / below a rule in the chosen year. */
export const ALLIES_FILTERS = [
  "all",
  "meets-2",
  "below-2",
  "meets-3.5",
  "below-3.5",
  "meets-equipment",
  "below-equipment",
] as const;
export type AlliesFilter = (typeof ALLIES_FILTERS)[number];

export interface AlliesParams {
  year: number;
  sort: AlliesSortKey;
  order: "asc" | "desc";
  show: AlliesFilter;
}

/**
 * `/allies?year=2025&sort=share&order=desc&show=meets-2`.
 *
 * @example
 * parseAlliesParams({ year: "abc" }).values.year; // 2026, with one issue reported
 */
export function parseAlliesParams(raw: RawSearchParams): Parsed<AlliesParams> {
  return parseParams<AlliesParams>(raw, alliesFields());
}

const alliesFields = once(() => ({
  year: yearField(),
  sort: {
    schema: z.enum(ALLIES_SORT_KEYS),
    fallback: "share" as AlliesSortKey,
    expected: ALLIES_SORT_KEYS.join(", "),
  },
  order: { schema: z.enum(["asc", "desc"]), fallback: "desc" as "asc" | "desc", expected: "asc or desc" },
  show: {
    schema: z.enum(ALLIES_FILTERS),
    fallback: "all" as AlliesFilter,
    expected: ALLIES_FILTERS.join(", "),
  },
}));

// /compare ---------------------------------------------------------------------------------------------

/** The Allies compared when the URL names none. */
export const DEFAULT_COMPARE: readonly AllyCode[] = ["POL", "DEU", "FRA"];
/** The figure /compare shows when its URL names none (and its links leave out). */
export const DEFAULT_COMPARE_METRIC: Metric = "shareOfGdpPct";
/** Every Ally can be compared at once. */
export const MAX_COMPARE = 32;
/** More lines than this on one chart cannot be told apart: past it, one small chart per Ally. */
export const MAX_LINES = 8;

export interface CompareParams {
  allies: AllyCode[];
  metric: Metric;
}

const alliesList = z
  .string()
  .max(400)
  .transform((text, ctx) => {
    const codes: AllyCode[] = [];
    for (const part of text.split(/[,\s]+/).filter(Boolean)) {
      const ally = findAlly(part);
      if (!ally) {
        ctx.addIssue({ code: "custom", message: `unknown Ally "${part}"` });
        return z.NEVER;
      }
      if (!codes.includes(ally.code)) codes.push(ally.code);
    }
    if (codes.length === 0 || codes.length > MAX_COMPARE) {
      ctx.addIssue({ code: "custom", message: `1 to ${MAX_COMPARE} Allies` });
      return z.NEVER;
    }
    return codes;
  });

/**
 * `/compare?allies=POL,DEU,FRA&metric=shareOfGdpPct`. Ally codes and names are forgiving (`pl`, `Poland`).
 * `metric` accepts a metric name or its short slug (`share`, `equipment`, `spend-2021`).
 *
 * @example
 * parseCompareParams({ allies: "pl,deu" }).values.allies; // ["POL", "DEU"]
 */
export function parseCompareParams(raw: RawSearchParams): Parsed<CompareParams> {
  return parseParams<CompareParams>(raw, {
    allies: {
      schema: alliesList,
      fallback: [...DEFAULT_COMPARE],
      expected: `1 to ${MAX_COMPARE} Ally codes separated by commas, such as POL,DEU,FRA`,
    },
    metric: {
      schema: metricSchema,
      fallback: DEFAULT_COMPARE_METRIC,
      expected: `one of ${METRICS.join(", ")}`,
    },
  });
}

const METRIC_SLUGS: Readonly<Record<string, Metric>> = {
  share: "shareOfGdpPct",
  equipment: "equipmentSharePct",
  "personnel-share": "personnelSharePct",
  infrastructure: "infrastructureSharePct",
  other: "otherSharePct",
  spend: "expenditureUsdCurrentM",
  "spend-2021": "expenditureUsdConstant2021M",
  gdp: "realGdpUsdConstant2021Bn",
  "per-capita": "expenditurePerCapitaUsd2021",
  personnel: "militaryPersonnelThousands",
};

const metricSchema = z.string().transform((text, ctx) => {
  const slug = text.toLowerCase();
  // Own keys only: `constructor` or `__proto__` must not find Object.prototype's.
  const metric = (METRICS as readonly string[]).includes(text)
    ? (text as Metric)
    : Object.hasOwn(METRIC_SLUGS, slug)
      ? METRIC_SLUGS[slug]
      : undefined;
  if (!metric) {
    ctx.addIssue({ code: "custom", message: "unknown metric" });
    return z.NEVER;
  }
  return metric;
});

// /scenarios -------------------------------------------------------------------------------------------

export interface ScenarioParams {
  /** Target share of GDP, in percent. */
  target: number;
  deadline: number;
  /** Real GDP growth per year in percent for every Ally; null: each Ally's own recent average. */
  growth: number | null;
  /**
   * What the extra spending is measured against: the base year's shares ("base-year"), the 2% floor
   * ("two-percent") or a past year's shares (the year).
   */
  baseline: "base-year" | "two-percent" | number;
  /** The money's price basis: constant 2021 US dollars, or the base year's prices and exchange rates. */
  prices: "constant-2021" | "current";
}

/**
 * `/scenarios?target=3.5&deadline=2035&growth=1.5`. Defaults: The Hague's 3.5% by 2035, each Ally's own
 * recent GDP growth.
 *
 * @example
 * parseScenarioParams({ target: "abc" }).values.target; // 3.5, with one issue reported
 */
export function parseScenarioParams(raw: RawSearchParams): Parsed<ScenarioParams> {
  return parseParams<ScenarioParams>(raw, scenarioFields());
}

const scenarioFields = once(() => {
  const base = latestYear();
  return {
    target: {
      schema: fromCore((text) => safeParsePercent(text, "target")),
      fallback: HAGUE_CORE.threshold,
      expected: "a share of GDP in percent from 0 to 100, such as 3.5",
    },
    deadline: {
      schema: fromCore((text) => safeParseDeadline(text, base), /^\d{1,4}$/),
      fallback: HAGUE_CORE.deadline ?? 2035,
      expected: `a year from ${base + 1} to ${INPUT_LIMITS.latestDeadline}`,
    },
    growth: {
      schema: fromCore((text) => safeParseGrowthPct(text)) as z.ZodType<number | null>,
      fallback: null as number | null,
      expected: GROWTH_EXPECTED,
    },
    baseline: {
      schema: z.union([
        z.enum(["base-year", "two-percent"]),
        integer.pipe(
          z
            .number()
            .int()
            .min(datasetYears(getDataset())[0] ?? base)
            .max(base - 1),
        ),
      ]) as z.ZodType<"base-year" | "two-percent" | number>,
      fallback: "base-year" as "base-year" | "two-percent" | number,
      expected: `"base-year", "two-percent" or a year from ${datasetYears(getDataset())[0] ?? base} to ${base - 1}`,
    },
    prices: {
      schema: z.enum(["constant-2021", "current"]),
      fallback: "constant-2021" as "constant-2021" | "current",
      expected: '"constant-2021" or "current"',
    },
  };
});

// /allies/[code] ---------------------------------------------------------------------------------------

/** What a route's Ally segment means: the page itself, a redirect to its canonical code, or a 404. */
export type AllyRoute =
  | { readonly kind: "page"; readonly code: AllyCode }
  | { readonly kind: "redirect"; readonly code: AllyCode }
  | { readonly kind: "not-found" };

/**
 * `/allies/POL` is the page; `/allies/pol`, `/allies/PL` and `/allies/poland` redirect to it; anything
 * else is a 404.
 *
 * @example
 * allyRoute("POL"); // { kind: "page", code: "POL" }
 * allyRoute("poland"); // { kind: "redirect", code: "POL" }
 * allyRoute("XYZ"); // { kind: "not-found" }
 */
export function allyRoute(segment: string): AllyRoute {
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return { kind: "not-found" };
  }
  if ((ALLY_CODES as readonly string[]).includes(text)) return { kind: "page", code: text as AllyCode };
  if (text.length > 60) return { kind: "not-found" };
  const ally = findAlly(text);
  return ally ? { kind: "redirect", code: ally.code } : { kind: "not-found" };
}
