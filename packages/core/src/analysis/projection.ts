import { ALLIES } from "../data/allies.js";
import { editionNotesFor, seriesBreaks } from "../data/edition-notes.js";
import { editionLabel } from "../format/edition-label.js";
import { formatPercent, formatThreshold } from "../format/number.js";
import { possessive } from "../format/possessive.js";
import { type Dataset, datasetYears, observationOf } from "../models/dataset.js";
import type { EditionNote } from "../models/edition-note.js";
import type { EntityCode } from "../models/observation.js";
import type { RuleStatus } from "../models/rule.js";
import { parseDeadline, parseGrowthPct, parsePercent, parseYear } from "../parse/arguments.js";
import { clean } from "../rules/evaluate.js";

/**
 * The real GDP growth a projection assumes, and where it comes from.
 *
 * @category Analyses
 * @example
 * projectAlly(dataset2026_07(), "DEU", { targetPct: 3.5, deadline: 2035 }).gdpGrowth?.label;
 * // "Germany's median real GDP growth 2016-2026: ... % a year (NATO's figures)"
 */
export interface GdpGrowthAssumption {
  /** Real GDP growth per year, in percent. */
  readonly pct: number;
  /**
   * `"recent-median"`: the median of the Ally's own year-on-year real GDP growth over the years named,
   * leaving out changes across a series break; `"given"`: the caller's.
   */
  readonly source: "recent-median" | "given";
  /** Series breaks left out of the median (the first year of each new series). */
  readonly breaksLeftOut: readonly number[];
  /** The years the recent average spans; null for a rate the caller gave. */
  readonly fromYear: number | null;
  readonly toYear: number | null;
  /** A sentence that says so, for display. */
  readonly label: string;
}

/**
 * One year of a projected spending path. Money in million constant 2021 US dollars, GDP in billions.
 *
 * @category Analyses
 * @example
 * const y: ProjectionYear | undefined = projectAlly(dataset2026_07(), "DEU", { targetPct: 3.5, deadline: 2035 }).path[1];
 * y?.shareOfGdpPct; // 2.78 (2027: a ninth of the way from 2.69% to 3.5%)
 */
export interface ProjectionYear {
  readonly year: number;
  readonly shareOfGdpPct: number;
  readonly realGdpUsdConstant2021Bn: number;
  readonly spendUsdConstant2021M: number;
  /** What holding the base year's share of GDP would spend. */
  readonly holdShareSpendUsdConstant2021M: number;
  /** Spend minus hold-share spend. */
  readonly extraUsdConstant2021M: number;
  /** Real growth of defence spending over the year before, in percent; null for the base year. */
  readonly realGrowthPct: number | null;
}

/**
 * An Ally's path to a target share of GDP by a deadline: the GDP growth assumed, the real growth of
 * defence spending the path asks, and its extra spending over holding the base year's share.
 *
 * @category Analyses
 * @example
 * const p: Projection = projectAlly(dataset2026_07(), "DEU", { targetPct: 3.5, deadline: 2035 });
 * p.requiredRealGrowthPct; // about 3.32 (% a year, from 2.69% of GDP in 2026e)
 */
export interface Projection {
  readonly code: EntityCode;
  readonly edition: string;
  /**
   * `"already-met"`: at or above the target in the base year (the path holds its share);
   * `"not-applicable"`: no armed forces (Iceland); `"no-data"`: no base-year figures.
   */
  readonly status: "projected" | "already-met" | "not-applicable" | "no-data";
  /** Why there is no path, for "not-applicable" and "no-data". */
  readonly reason: string | null;
  readonly baseYear: number;
  /** The base year's figures are NATO's estimates. */
  readonly baseEstimate: boolean;
  readonly baseShareOfGdpPct: number | null;
  readonly targetPct: number;
  readonly deadline: number;
  readonly gdpGrowth: GdpGrowthAssumption | null;
  /** Year by year from the base year (actual) to the deadline; empty without data. */
  readonly path: readonly ProjectionYear[];
  /** The average real growth of defence spending per year that the path asks, in percent. */
  readonly requiredRealGrowthPct: number | null;
  /**
   * Extra spending over holding the base year's share, summed over the years after the base year; null
   * without a path (no data, not applicable), never a silent zero.
   */
  readonly cumulativeExtraUsdConstant2021M: number | null;
  /** Caveats of the edition on this Ally's GDP or share of GDP (Luxembourg's series break), to show beside the figures. */
  readonly notes: readonly EditionNote[];
}

/**
 * What a projection is asked: a target share of GDP, a deadline and, optionally, the growth and base
 * year to assume.
 *
 * @category Analyses
 * @example
 * const input: ProjectionInput = { targetPct: 3.5, deadline: 2035, gdpGrowthPct: 1.5 };
 * projectAlly(dataset2026_07(), "POL", input).status; // "already-met" (4.68% in 2026e)
 */
export interface ProjectionInput {
  /** Target share of GDP, in percent (0-100). */
  readonly targetPct: number;
  /** The year the target is to be reached. */
  readonly deadline: number;
  /** Real GDP growth per year, in percent; defaults to the Ally's own recent average. */
  readonly gdpGrowthPct?: number;
  /** The year the path starts from; defaults to the latest year of the dataset. */
  readonly baseYear?: number;
}

/**
 * The base year's figures a projection starts from: anyone's, not only NATO's.
 *
 * @category Analyses
 * @example
 * const base: ProjectionBase = { year: 2026, shareOfGdpPct: 2.69, realGdpUsdConstant2021Bn: 4422.594 }; // Germany, 2026e
 * projectPath(base, 3.5, 2035, 1).path.length; // 10 (2026 to 2035)
 */
export interface ProjectionBase {
  readonly year: number;
  readonly shareOfGdpPct: number;
  readonly realGdpUsdConstant2021Bn: number;
}

/**
 * The spending path from a base year to a target share of GDP at a deadline: the share rises in a straight
 * line (an Ally already above the target holds its share), GDP grows at `gdpGrowthPct`. Pure: works on
 * anyone's figures. The path's share at the deadline equals the target exactly.
 *
 * @category Analyses
 * @example
 * projectPath({ year: 2026, shareOfGdpPct: 2, realGdpUsdConstant2021Bn: 1000 }, 3, 2030, 0).cumulativeExtraUsdConstant2021M;
 * // 25000 (0.25 + 0.5 + 0.75 + 1 pp of $1,000 bn)
 */
export function projectPath(
  base: ProjectionBase,
  targetPct: number,
  deadline: number,
  gdpGrowthPct: number,
): {
  readonly path: readonly ProjectionYear[];
  readonly requiredRealGrowthPct: number | null;
  readonly cumulativeExtraUsdConstant2021M: number;
} {
  const span = deadline - base.year;
  const path: ProjectionYear[] = [];
  let cumulative = 0;
  for (let t = 0; t <= span; t++) {
    const year = base.year + t;
    const share =
      base.shareOfGdpPct >= targetPct
        ? base.shareOfGdpPct
        : t === span
          ? targetPct
          : base.shareOfGdpPct + ((targetPct - base.shareOfGdpPct) * t) / span;
    const gdpBn = base.realGdpUsdConstant2021Bn * (1 + gdpGrowthPct / 100) ** t;
    const spend = (share / 100) * gdpBn * 1000;
    const hold = (base.shareOfGdpPct / 100) * gdpBn * 1000;
    const previous = path[t - 1];
    if (t > 0) cumulative += spend - hold;
    path.push({
      year,
      shareOfGdpPct: clean(share),
      realGdpUsdConstant2021Bn: clean(gdpBn),
      spendUsdConstant2021M: clean(spend),
      holdShareSpendUsdConstant2021M: clean(hold),
      extraUsdConstant2021M: clean(spend - hold),
      realGrowthPct:
        previous && previous.spendUsdConstant2021M > 0
          ? clean((spend / previous.spendUsdConstant2021M - 1) * 100)
          : null,
    });
  }
  const first = path[0];
  const last = path[path.length - 1];
  const requiredRealGrowthPct =
    first && last && span > 0 && first.spendUsdConstant2021M > 0
      ? clean(((last.spendUsdConstant2021M / first.spendUsdConstant2021M) ** (1 / span) - 1) * 100)
      : null;
  return { path, requiredRealGrowthPct, cumulativeExtraUsdConstant2021M: clean(cumulative) };
}

/** The median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The default real GDP growth of a projection: the median of an Ally's own year-on-year real GDP growth
 * over the `years` up to `toYear`, from the dataset's constant-price GDP. The median, not the average, so
 * one outlier year (2020, the rebound of 2021) does not set the path; a change across a series break
 * recorded in the edition's notes (Luxembourg, 2023) is left out, since it is not growth. Null with fewer
 * than three yearly changes.
 *
 * @category Analyses
 * @example
 * recentGdpGrowth(dataset2026_07(), "LUX", 2026)?.breaksLeftOut; // [2023]
 */
export function recentGdpGrowth(
  dataset: Dataset,
  code: EntityCode,
  toYear: number,
  years = 10,
): GdpGrowthAssumption | null {
  const breaks = seriesBreaks(dataset.edition.id, code, "realGdpUsdConstant2021Bn");
  const changes: number[] = [];
  const used: number[] = [];
  const leftOut: number[] = [];
  for (let year = toYear - years + 1; year <= toYear; year++) {
    const before = observationOf(dataset, code, year - 1)?.realGdpUsdConstant2021Bn;
    const now = observationOf(dataset, code, year)?.realGdpUsdConstant2021Bn;
    if (typeof before !== "number" || typeof now !== "number" || before <= 0) continue;
    if (breaks.includes(year)) {
      leftOut.push(year);
      continue;
    }
    changes.push((now / before - 1) * 100);
    used.push(year);
  }
  if (changes.length < 3) return null;
  const pct = clean(Math.round(median(changes) * 100) / 100);
  const fromYear = (used[0] as number) - 1;
  const name = ALLIES.find((a) => a.code === code)?.name ?? code;
  const breakText =
    leftOut.length === 0
      ? ""
      : `; the ${leftOut.map((y) => `${y - 1}-${y}`).join(", ")} series break left out`;
  return {
    pct,
    source: "recent-median",
    breaksLeftOut: leftOut,
    fromYear,
    toYear,
    label: `${possessive(name, { start: true })} median real GDP growth ${fromYear}-${toYear}: ${formatPercent(pct, { digits: 1 })} a year (NATO's figures${breakText})`,
  };
}

/**
 * An Ally's path to a target share of GDP by a deadline, from a dataset. Validates the input (throws
 * `NatoError` for a target outside 0-100, a deadline not after the base year, a growth rate outside
 * -20..20, a base year outside the data); a missing figure or Iceland is a status, not an error.
 *
 * @category Analyses
 * @example
 * const p = projectAlly(dataset2026_07(), "DEU", { targetPct: 3.5, deadline: 2035 });
 * p.path.at(-1)?.shareOfGdpPct; // 3.5
 */
export function projectAlly(dataset: Dataset, code: EntityCode, input: ProjectionInput): Projection {
  const years = datasetYears(dataset);
  const range = {
    min: years[0] ?? dataset.edition.firstYear,
    max: years[years.length - 1] ?? dataset.edition.lastYear,
  };
  const baseYear = input.baseYear === undefined ? range.max : parseYear(input.baseYear, range, "base year");
  const targetPct = parsePercent(input.targetPct, "target");
  const deadline = parseDeadline(input.deadline, baseYear);
  const given = input.gdpGrowthPct === undefined ? undefined : parseGrowthPct(input.gdpGrowthPct);
  const observation = observationOf(dataset, code, baseYear);
  const head = {
    code,
    edition: dataset.edition.id,
    baseYear,
    baseEstimate: observation?.estimate ?? false,
    targetPct,
    deadline,
    notes: editionNotesFor(dataset.edition.id, { code }).filter(
      (n) =>
        n.codes !== null &&
        (n.metrics === null ||
          n.metrics.includes("realGdpUsdConstant2021Bn") ||
          n.metrics.includes("shareOfGdpPct")),
    ),
  };
  const none = { path: [], requiredRealGrowthPct: null, cumulativeExtraUsdConstant2021M: null };
  if (ALLIES.find((a) => a.code === code)?.hasArmedForces === false) {
    return {
      ...head,
      ...none,
      status: "not-applicable",
      reason: "Has no armed forces; NATO publishes no defence expenditure for it.",
      baseShareOfGdpPct: null,
      gdpGrowth: null,
    };
  }
  const share = observation?.shareOfGdpPct;
  const gdp = observation?.realGdpUsdConstant2021Bn;
  const gdpGrowth: GdpGrowthAssumption | null =
    given === undefined
      ? recentGdpGrowth(dataset, code, baseYear)
      : {
          pct: given,
          source: "given",
          breaksLeftOut: [],
          fromYear: null,
          toYear: null,
          label: `Assumed real GDP growth: ${formatThreshold(given)} a year`,
        };
  if (typeof share !== "number" || typeof gdp !== "number" || gdpGrowth === null) {
    return {
      ...head,
      ...none,
      status: "no-data",
      reason:
        typeof share !== "number" || typeof gdp !== "number"
          ? `The ${editionLabel(dataset.edition)} edition has no ${typeof share !== "number" ? "share of GDP" : "real GDP"} for ${code} in ${baseYear}.`
          : `The ${editionLabel(dataset.edition)} edition has no real GDP for ${code} before ${baseYear} (its figures begin in ${range.min}), so there is no recent growth to assume: give a growth rate, or a later base year.`,
      baseShareOfGdpPct: typeof share === "number" ? share : null,
      gdpGrowth,
    };
  }
  const projected = projectPath(
    { year: baseYear, shareOfGdpPct: share, realGdpUsdConstant2021Bn: gdp },
    targetPct,
    deadline,
    gdpGrowth.pct,
  );
  const alreadyMet = share >= targetPct;
  return {
    ...head,
    ...projected,
    status: alreadyMet ? "already-met" : "projected",
    reason: alreadyMet
      ? `Already at ${formatPercent(share)} in ${baseYear}, at or above the target; the path holds that share.`
      : null,
    baseShareOfGdpPct: share,
    gdpGrowth,
  };
}

/**
 * A projection's standing against its target in the base year, as a rule's verdict: `"met"` (at or above
 * it), `"below"` (its path rises to it), `"not-applicable"` (no armed forces) or `"no-data"`. Read it with
 * `STATUS_LABELS`, as every other verdict.
 *
 * @category Analyses
 * @example
 * projectionVerdict(projectAlly(dataset2026_07(), "POL", { targetPct: 3.5, deadline: 2035 })); // "met"
 * projectionVerdict(projectAlly(dataset2026_07(), "DEU", { targetPct: 3.5, deadline: 2035 })); // "below"
 */
export function projectionVerdict(projection: Pick<Projection, "status">): RuleStatus {
  switch (projection.status) {
    case "already-met":
      return "met";
    case "projected":
      return "below";
    case "not-applicable":
      return "not-applicable";
    default:
      return "no-data";
  }
}
