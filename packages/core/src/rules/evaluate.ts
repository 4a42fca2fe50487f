import { ALLIES } from "../data/allies.js";
import { editionLabel } from "../format/edition-label.js";
import { formatThreshold } from "../format/number.js";
import { proseName } from "../format/possessive.js";
import { NatoError } from "../models/error.js";
import { METRIC_INFO, METRICS, type Metric } from "../models/metric.js";
import type { OnTrack, Rule, RuleResult, RuleStatus } from "../models/rule.js";

/**
 * The figures a rule judges: NATO's, a national budget plan's, anyone's. Missing or null means no data.
 *
 * @category Rules
 * @example
 * const plan: RuleFigures = { code: "DEU", year: 2029, shareOfGdpPct: 3.5 };
 * checkHagueCore(plan).status; // "met"
 */
export type RuleFigures<Code extends string = string> = {
  readonly code: Code;
  readonly year: number;
  readonly edition?: string | null;
  readonly estimate?: boolean;
} & { readonly [M in Metric]?: number | null };

/**
 * What a rule needs beyond the year's figures.
 *
 * @category Rules
 * @example
 * const iceland: RuleOptions = { hasArmedForces: false };
 * checkTwoPercent({ code: "ISL", year: 2026, shareOfGdpPct: null }, iceland).status; // "not-applicable"
 */
export interface RuleOptions {
  /**
   * `false` for an Ally without armed forces: the verdict is "not-applicable". Defaults to what the
   * package knows of the Ally named by `figures.code` (Iceland has none), and to `true` for other codes.
   */
  readonly hasArmedForces?: boolean;
  /**
   * `false` when the figures are for a year before the Ally joined: the verdict is "not-member". Defaults
   * to the accession year of the Ally named by `figures.code` (Finland from 2023, Sweden from 2024), and
   * to `true` for other codes. Pass `true` to judge a candidate's figures anyway.
   */
  readonly member?: boolean;
  /** For deadline rules: the figures of the baseline year, to judge "on track". */
  readonly baseline?: RuleFigures | null;
  /**
   * For The Hague's 5% total: defence- and security-related spending, in % of GDP, which NATO does not
   * publish. Without it the total is "no-data".
   */
  readonly relatedSpendingPct?: number | null;
}

/**
 * Removes floating-point dust (2.22 - 2 = 0.2200000000000002) without rounding any real digit.
 *
 * @category Rules
 */
export function clean(value: number): number {
  // Beyond 1e6 a float has no digits left at 1e-9 to clean (and value * 1e9 could overflow).
  if (!Number.isFinite(value) || Math.abs(value) >= 1e6) return value;
  return Math.round(value * 1e9) / 1e9;
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * The most defence- and security-related spending The Hague's 5% counts, in % of GDP: the Declaration's
 * "up to 1.5%". More can be supplied; only this much counts.
 *
 * @category Rules
 * @example
 * checkHagueTotal({ code: "X", year: 2035, shareOfGdpPct: 3 }, { relatedSpendingPct: 2 }).value; // 4.5 (3 + 1.5)
 * RELATED_SPENDING_CAP_PCT; // 1.5
 */
export const RELATED_SPENDING_CAP_PCT = 1.5;

/**
 * Refuses a figure that is neither a finite number nor missing (`null`/`undefined`): text, `NaN` or an
 * infinity is a mistake upstream, not "no data", and judging it would hide the mistake.
 */
function checkFigures(figures: RuleFigures, options: RuleOptions, where: string): void {
  const values: [string, unknown][] = METRICS.map((m) => [m, figures[m]]);
  if (where === "figures") values.push(["relatedSpendingPct", options.relatedSpendingPct]);
  for (const [name, value] of values) {
    if (value === null || value === undefined || isNumber(value)) continue;
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Invalid ${name} ${shown} in the ${where} for ${String(figures.code)} ${String(figures.year)}: expected a finite number, or null for no data.`,
      {
        received: value,
        expected: "a finite number, or null for no data",
        path: [where, name],
        issueCode: "invalid_type",
      },
    );
  }
}

/** The figure a rule compares with its threshold. */
function judgedValue(rule: Rule, figures: RuleFigures, options: RuleOptions): number | null {
  const base = figures[rule.metric];
  if (!isNumber(base)) return null;
  if (rule.id !== "hague-total") return base;
  const related = options.relatedSpendingPct;
  if (!isNumber(related)) return null;
  // The Hague Declaration counts "up to 1.5%" of defence- and security-related spending towards the 5%.
  const counted = Math.min(related, RELATED_SPENDING_CAP_PCT);
  return Number.isFinite(base + counted) ? base + counted : null;
}

/** GDP in million US dollars, current and constant 2021, from the figures given. */
function gdpM(figures: RuleFigures): { current: number | null; constant: number | null } {
  const share = figures.shareOfGdpPct;
  const spendCurrent = figures.expenditureUsdCurrentM;
  const spendConstant = figures.expenditureUsdConstant2021M;
  const realGdpBn = figures.realGdpUsdConstant2021Bn;
  const constant = isNumber(realGdpBn)
    ? realGdpBn * 1000
    : isNumber(spendConstant) && isNumber(share) && share > 0
      ? (spendConstant * 100) / share
      : null;
  // NATO deflates spending and GDP alike, so current GDP = constant GDP scaled as spending is.
  const current =
    constant !== null && isNumber(spendCurrent) && isNumber(spendConstant) && spendConstant > 0
      ? (constant * spendCurrent) / spendConstant
      : isNumber(spendCurrent) && isNumber(share) && share > 0
        ? (spendCurrent * 100) / share
        : null;
  return { current, constant };
}

/** Money needed to close a shortfall of `shortfall` in the rule's unit, in million US dollars. */
function gapOf(
  rule: Rule,
  figures: RuleFigures,
  shortfall: number,
): { current: number | null; constant: number | null } {
  if (shortfall <= 0) return { current: 0, constant: 0 };
  const info = METRIC_INFO[rule.metric];
  if (info.unit === "pct-of-gdp") {
    const gdp = gdpM(figures);
    return {
      current: gdp.current === null ? null : clean((shortfall / 100) * gdp.current),
      constant: gdp.constant === null ? null : clean((shortfall / 100) * gdp.constant),
    };
  }
  if (info.unit === "pct-of-expenditure") {
    const current = figures.expenditureUsdCurrentM;
    const constant = figures.expenditureUsdConstant2021M;
    return {
      current: isNumber(current) ? clean((shortfall / 100) * current) : null,
      constant: isNumber(constant) ? clean((shortfall / 100) * constant) : null,
    };
  }
  if (info.unit === "usd-m" && info.prices === "current")
    return { current: clean(shortfall), constant: null };
  if (info.unit === "usd-m" && info.prices === "constant-2021")
    return { current: null, constant: clean(shortfall) };
  return { current: null, constant: null };
}

/** The linear path from the baseline to the threshold at the deadline, judged for the year given. */
function onTrackOf(rule: Rule, figures: RuleFigures, value: number | null, options: RuleOptions) {
  if (rule.deadline === undefined) return { onTrack: null, note: null };
  const baseline = options.baseline;
  const baselineYear = baseline?.year ?? rule.baselineYear;
  if (value === null) return { onTrack: null, note: null };
  if (!baseline || baselineYear === undefined) {
    return {
      onTrack: null,
      note: "No baseline figures were given, so the path to the deadline is not judged.",
    };
  }
  const baselineValue = judgedValue(rule, baseline, options);
  if (baselineValue === null) {
    return {
      onTrack: null,
      note: `No baseline value for ${baselineYear}, so the path to the deadline is not judged.`,
    };
  }
  if (figures.year < baselineYear || figures.year > rule.deadline) {
    return {
      onTrack: null,
      note: `The path runs from ${baselineYear} to ${rule.deadline}; ${figures.year} is outside it.`,
    };
  }
  // At or above the threshold in the year judged: the Ally is there already and needs no path.
  if (value >= rule.threshold - 1e-9) {
    const onTrack: OnTrack = {
      status: "already-at-target",
      onTrack: true,
      baselineYear,
      baselineValue,
      deadline: rule.deadline,
      pathValue: null,
      marginPp: null,
    };
    return { onTrack, note: null };
  }
  const span = rule.deadline - baselineYear;
  // A baseline already at the threshold leaves a flat line at the threshold.
  const pathValue =
    baselineValue >= rule.threshold || span === 0
      ? rule.threshold
      : baselineValue + ((rule.threshold - baselineValue) * (figures.year - baselineYear)) / span;
  const above = value >= pathValue - 1e-9;
  const onTrack: OnTrack = {
    status: above ? "on-line" : "below-line",
    onTrack: above,
    baselineYear,
    baselineValue,
    deadline: rule.deadline,
    pathValue: clean(pathValue),
    marginPp: clean(value - pathValue),
  };
  return { onTrack, note: null };
}

/**
 * Judges one year's figures against a rule. A missing figure (`null` or absent) is "no-data", an Ally
 * without armed forces "not-applicable"; the reason says why. Throws `NatoError` `INVALID_ARGUMENT` only
 * for a figure that is not a number (text, `NaN`, an infinity): that is a mistake, not "no data".
 *
 * @category Rules
 * @example
 * evaluateRule(TWO_PERCENT, { code: "POL", year: 2025, shareOfGdpPct: 4.25 }).status; // "met"
 */
export function evaluateRule<Code extends string>(
  rule: Rule,
  figures: RuleFigures<Code>,
  options: RuleOptions = {},
): RuleResult<Code> {
  // One object literal of one shape for every outcome keeps the engine fast (no spreads, one hidden class).
  const result = (
    status: RuleStatus,
    value: number | null,
    marginPp: number | null,
    gap: { current: number | null; constant: number | null } | null,
    onTrack: OnTrack | null,
    reason: string | null,
  ): RuleResult<Code> =>
    ({
      rule: rule.id,
      code: figures.code,
      year: figures.year,
      edition: figures.edition ?? null,
      estimate: figures.estimate ?? false,
      status,
      value,
      threshold: rule.threshold,
      marginPp,
      gapUsdCurrentM: gap?.current ?? null,
      gapUsdConstant2021M: gap?.constant ?? null,
      onTrack,
      reason,
    }) as RuleResult<Code>;
  checkFigures(figures, options, "figures");
  if (options.baseline) checkFigures(options.baseline, options, "baseline");
  const ally = ALLIES.find((a) => a.code === figures.code);
  if ((options.hasArmedForces ?? ally?.hasArmedForces ?? true) === false) {
    return result(
      "not-applicable",
      null,
      null,
      null,
      null,
      `${proseName(ally?.name ?? figures.code, { start: true })} has no armed forces; NATO publishes no defence expenditure for it, so no spending rule applies.`,
    );
  }
  const member = options.member ?? (ally === undefined || figures.year >= ally.accessionYear);
  if (!member) {
    return result(
      "not-member",
      null,
      null,
      null,
      null,
      ally
        ? `${proseName(ally.name, { start: true })} joined NATO in ${ally.accessionYear}; it was not a member in ${figures.year}, so NATO's rules did not apply to it.`
        : `${figures.code} was not a member in ${figures.year}.`,
    );
  }
  const value = judgedValue(rule, figures, options);
  if (value === null) {
    const label = METRIC_INFO[rule.metric].label.toLowerCase();
    const reason =
      rule.id === "hague-total" && isNumber(figures[rule.metric])
        ? "NATO publishes no figures for defence- and security-related spending (the 1.5% part); supply them to judge the 5% total."
        : `No ${label} figure for ${figures.code} in ${figures.year}${figures.edition ? ` (${editionLabel(figures.edition)} edition)` : ""}.`;
    return result("no-data", null, null, null, null, reason);
  }
  const status: RuleStatus = value >= rule.threshold - 1e-9 ? "met" : "below";
  const rawGap = gapOf(rule, figures, rule.threshold - value);
  // Absurd inputs can overflow a product; a gap that is not a finite number is no gap at all.
  const finite = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);
  const gap = { current: finite(rawGap.current), constant: finite(rawGap.constant) };
  const path = onTrackOf(rule, figures, value, options);
  const margin = value - rule.threshold;
  const related = options.relatedSpendingPct;
  const capNote =
    rule.id === "hague-total" && isNumber(related) && related > RELATED_SPENDING_CAP_PCT
      ? `Counts ${formatThreshold(RELATED_SPENDING_CAP_PCT)} of the ${formatThreshold(related)} of related spending supplied: the Declaration counts up to 1.5%.`
      : null;
  const reason = [capNote, path.note].filter((note) => note !== null).join(" ") || null;
  return result(
    status,
    clean(value),
    Number.isFinite(margin) ? clean(margin) : null,
    gap,
    path.onTrack,
    reason,
  );
}
