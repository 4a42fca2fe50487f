import { formatYear } from "./number.js";

interface CountPoint {
  readonly year: number;
  readonly estimate: boolean;
  readonly met: number;
  readonly members: number;
}

/**
 * A chart title for how many Allies met a rule each year, written from the counts (membership-aware:
 * each year's count is out of that year's members).
 *
 * @example
 * complianceTrendTitle("2 %", [{ year: 2014, estimate: false, met: 3, members: 28 }, { year: 2026, estimate: true, met: 31, members: 32 }]);
 * // "Allies meeting 2 % rose from 3 of 28 in 2014 to 31 of 32 in 2026e"
 */
export function complianceTrendTitle(ruleLabel: string, counts: readonly CountPoint[]): string {
  const first = counts[0];
  const last = counts[counts.length - 1];
  if (!first || !last || first === last) return `Allies meeting ${ruleLabel}: no data`;
  const from = `${first.met} of ${first.members} in ${formatYear(first.year, first.estimate)}`;
  const to = `${last.met} of ${last.members} in ${formatYear(last.year, last.estimate)}`;
  const a = first.met / first.members;
  const b = last.met / last.members;
  const verb = b > a ? "rose" : b < a ? "fell" : "held";
  return verb === "held"
    ? `Allies meeting ${ruleLabel}: ${from}, ${to}`
    : `Allies meeting ${ruleLabel} ${verb} from ${from} to ${to}`;
}

interface ValuePoint {
  readonly year: number;
  readonly value: number | null;
  readonly estimate?: boolean;
}

/**
 * A chart title for any series, with its values formatted by the caller's formatter (so money, shares and
 * headcounts all read naturally): "Poland's spend in constant 2021 prices has risen from $10.2 bn in 2014
 * to $38.2 bn in 2026e".
 *
 * @example
 * seriesTrendTitle("Poland", "military personnel", [{ year: 2014, value: 99.3 }, { year: 2026, value: 216, estimate: true }], (v) => `${v}k`);
 * // "Poland's military personnel has risen from 99.3k in 2014 to 216k in 2026e"
 */
export function seriesTrendTitle(
  name: string,
  subject: string,
  series: readonly ValuePoint[],
  format: (value: number) => string,
): string {
  const points = series.filter((p): p is ValuePoint & { value: number } => typeof p.value === "number");
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || first === last) return `${name}'s ${subject}: no data`;
  const verb = last.value > first.value ? "has risen" : last.value < first.value ? "has fallen" : "has held";
  const to = `${format(last.value)} in ${formatYear(last.year, last.estimate)}`;
  if (verb === "has held") return `${name}'s ${subject} has held at ${to}`;
  return `${name}'s ${subject} ${verb} from ${format(first.value)} in ${formatYear(first.year, first.estimate)} to ${to}`;
}

/**
 * A chart title for an Ally's path to a target share of GDP by a deadline.
 *
 * @example
 * pathTitle("Germany", 2.69, 3.5, 2026, 2035, true); // "Germany: from 2.69% in 2026e to 3.5% by 2035"
 * pathTitle("Poland", 4.68, 3.5, 2026, 2035, true); // "Poland is already above 3.5% (4.68% in 2026e)"
 */
export function pathTitle(
  name: string,
  baseSharePct: number | null,
  targetPct: number,
  baseYear: number,
  deadline: number,
  baseEstimate = false,
): string {
  const target = `${Number(targetPct.toFixed(2))}%`;
  if (baseSharePct === null) return `${name}: no figures to project from`;
  const base = `${baseSharePct.toFixed(2)}% in ${formatYear(baseYear, baseEstimate)}`;
  return baseSharePct >= targetPct
    ? `${name} is already above ${target} (${base})`
    : `${name}: from ${base} to ${target} by ${deadline}`;
}
