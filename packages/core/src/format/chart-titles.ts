import type { ComplianceCount } from "../analysis/compliance.js";
import type { FigureRevisions, PublishedFigure, Revision } from "../analysis/revisions.js";
import { EDITIONS, isBuiltinEditionId } from "../data/editions.js";
import { METRIC_INFO } from "../models/metric.js";
import { countPhrase, countSentence, spendVerb } from "./counts.js";
import { editionLabel } from "./edition-label.js";
import { formatMetricValue } from "./metric-value.js";
import { formatPercent, formatYear } from "./number.js";
import { possessive, proseName } from "./possessive.js";

/** What a compliance title reads of each year: a `ComplianceCount` from `complianceByYear` will do. */
type CountPoint = Pick<
  ComplianceCount,
  "year" | "estimate" | "met" | "below" | "judged" | "noData" | "belowCodes"
>;

/**
 * A chart title for how many Allies met a rule each year, written from the counts. Each year's count is
 * out of the Allies that can be judged that year (members with armed forces), and an estimate year reads
 * as an estimate.
 *
 * @category Formatting
 * @example
 * complianceTrendTitle("2%", complianceByYear(dataset2026_07(), TWO_PERCENT));
 * // "Allies meeting 2% rose from 3 of 27 Allies with armed forces in 2014 to an estimated 30 of 31 in 2026e"
 */
export function complianceTrendTitle(ruleLabel: string, counts: readonly CountPoint[]): string {
  const first = counts[0];
  const last = counts[counts.length - 1];
  if (!first || !last || first === last || first.judged === 0 || last.judged === 0)
    return `Allies meeting ${ruleLabel}: no data`;
  const from = `${countPhrase(first)} in ${formatYear(first.year, first.estimate)}`;
  const lastPhrase = last.noData === 0 ? `${last.met} of ${last.judged}` : countPhrase(last);
  const to = `${last.estimate ? "an estimated " : ""}${lastPhrase} in ${formatYear(last.year, last.estimate)}`;
  const a = first.met / Math.max(1, first.met + first.below);
  const b = last.met / Math.max(1, last.met + last.below);
  const verb = b > a ? "rose" : b < a ? "fell" : "held";
  return verb === "held"
    ? `Allies meeting ${ruleLabel}: ${from}, ${to}`
    : `Allies meeting ${ruleLabel} ${verb} from ${from} to ${to}`;
}

/**
 * One year's value of a series, in the unit the caller's formatter writes; null for no data.
 *
 * @category Formatting
 * @example
 * const points: ValuePoint[] = seriesOf(dataset2026_07(), "POL").map((o) => ({ year: o.year, value: o.shareOfGdpPct, estimate: o.estimate }));
 */
export interface ValuePoint {
  readonly year: number;
  readonly value: number | null;
  readonly estimate?: boolean;
}

/**
 * A chart title for any series, with its values formatted by the caller's formatter (so money, shares and
 * headcounts all read naturally): "Poland's spend in constant 2021 prices has risen from $9.77 bn in 2014
 * to $37.5 bn in 2026e".
 *
 * @category Formatting
 * @example
 * seriesTrendTitle("Poland", "military personnel", [{ year: 2014, value: 99 }, { year: 2026, value: 263.6, estimate: true }], (v) => `${v}k`);
 * // "Poland's military personnel has risen from 99k in 2014 to 263.6k in 2026e"
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
  if (!first || !last || first === last) return `${possessive(name, { start: true })} ${subject}: no data`;
  const verb = last.value > first.value ? "has risen" : last.value < first.value ? "has fallen" : "has held";
  const to = `${format(last.value)} in ${formatYear(last.year, last.estimate)}`;
  if (verb === "has held") return `${possessive(name, { start: true })} ${subject} has held at ${to}`;
  return `${possessive(name, { start: true })} ${subject} ${verb} from ${format(first.value)} in ${formatYear(first.year, first.estimate)} to ${to}`;
}

/**
 * A chart title that says what a share-of-GDP series shows, written from the data.
 *
 * @category Formatting
 * @example
 * shareTrendTitle("Lithuania", [{ year: 2014, value: 0.88 }, { year: 2026, value: 5.33, estimate: true }]);
 * // "Lithuania's share of GDP has risen from 0.88% in 2014 to 5.33% in 2026e"
 */
export function shareTrendTitle(
  name: string,
  series: readonly ValuePoint[],
  subject = "share of GDP",
): string {
  return seriesTrendTitle(name, subject, series, (value) => formatPercent(value));
}

/**
 * What `pathTitle` needs: whose path, from which share of GDP in which year, to which target by when.
 *
 * @category Formatting
 * @example
 * const path: PathTitleInput = { name: "Germany", baseSharePct: 2.69, baseYear: 2026, baseEstimate: true, targetPct: 3.5, deadline: 2035 };
 */
export interface PathTitleInput {
  /** The Ally's name as it should read in the title. */
  readonly name: string;
  /** The share of GDP the path starts from, in percent; `null` when there is none. */
  readonly baseSharePct: number | null;
  /** The year of that share. */
  readonly baseYear: number;
  /** Whether that year's figure is an estimate (then the year reads "2026e"). */
  readonly baseEstimate?: boolean | undefined;
  /** The target share of GDP, in percent. */
  readonly targetPct: number;
  /** The year by which the target is to be reached. */
  readonly deadline: number;
}

/**
 * A chart title for an Ally's path to a target share of GDP by a deadline.
 *
 * @category Formatting
 * @example
 * pathTitle({ name: "Germany", baseSharePct: 2.69, baseYear: 2026, baseEstimate: true, targetPct: 3.5, deadline: 2035 });
 * // "Germany: from 2.69% in 2026e to 3.5% by 2035"
 * pathTitle({ name: "Poland", baseSharePct: 4.68, baseYear: 2026, baseEstimate: true, targetPct: 3.5, deadline: 2035 });
 * // "Poland is already above 3.5% (4.68% in 2026e)"
 */
export function pathTitle(input: PathTitleInput): string;
/**
 * @category Formatting
 * @deprecated Six positional arguments, four of them numbers, are easy to swap: pass one object,
 * `pathTitle({ name, baseSharePct, targetPct, baseYear, deadline, baseEstimate })`.
 * @example
 * pathTitle("Germany", 2.69, 3.5, 2026, 2035, true); // "Germany: from 2.69% in 2026e to 3.5% by 2035"
 */
export function pathTitle(
  name: string,
  baseSharePct: number | null,
  targetPct: number,
  baseYear: number,
  deadline: number,
  baseEstimate?: boolean,
): string;
export function pathTitle(
  first: PathTitleInput | string,
  baseSharePct?: number | null,
  targetPct?: number,
  baseYear?: number,
  deadline?: number,
  baseEstimate?: boolean,
): string {
  const input: PathTitleInput =
    typeof first === "string"
      ? {
          name: first,
          baseSharePct: baseSharePct ?? null,
          targetPct: targetPct as number,
          baseYear: baseYear as number,
          deadline: deadline as number,
          baseEstimate,
        }
      : first;
  const target = `${Number(input.targetPct.toFixed(2))}%`;
  if (input.baseSharePct === null) return `${input.name}: no figures to project from`;
  const base = `${input.baseSharePct.toFixed(2)}% in ${formatYear(input.baseYear, input.baseEstimate ?? false)}`;
  return input.baseSharePct >= input.targetPct
    ? `${proseName(input.name, { start: true })} is already above ${target} (${base})`
    : `${input.name}: from ${base} to ${target} by ${input.deadline}`;
}

/**
 * A title for a map or summary of one year: how many of the Allies that can be judged met 2% and how many
 * 3.5%, the exceptions named when few, in the tense of the figures (an estimate year reads as one).
 *
 * @category Formatting
 * @example
 * const [two, core] = [TWO_PERCENT, HAGUE_CORE].map((rule) => complianceByYear(dataset2026_07(), rule).at(-1)!);
 * yearSummaryTitle(two, core);
 * // "In 2026e, 30 of 31 Allies with armed forces are estimated to spend at least 2% of GDP on defence (all but Slovenia); 5 are estimated to spend 3.5% or more"
 */
export function yearSummaryTitle(two: CountPoint, core: CountPoint): string {
  if (two.judged === 0 || two.met + two.below === 0)
    return `In ${formatYear(two.year, two.estimate)}: no figures`;
  return `${countSentence(two, "at least 2% of GDP on defence")}; ${core.met} ${spendVerb(core.estimate)} 3.5% or more`;
}

/** What a revision title reads of each year: a `Revision` from `revisions` will do. */
type RevisionPoint = Pick<Revision, "year" | "changePp" | "values">;

/**
 * A title for how NATO restated one Ally's share of GDP between editions: the largest revision, or that
 * none changed.
 *
 * @category Formatting
 * @example
 * revisionTitle("Poland", revisions([dataset2026_07(), dataset2025_08()], "POL"));
 * // "NATO's largest change in Poland's share of GDP between editions: 2025e, from 4.48% (August 2025 edition)
 * // to 4.25% (July 2026 edition), across its change to core defence expenditure"
 */
export function revisionTitle(name: string, revisions: readonly RevisionPoint[]): string {
  const changed = revisions.filter((r) => typeof r.changePp === "number" && r.changePp !== 0);
  if (changed.length === 0) {
    return revisions.some((r) => typeof r.changePp === "number")
      ? `NATO has not revised ${possessive(name)} share of GDP between editions`
      : `${possessive(name, { start: true })} share of GDP: no figures to compare between editions`;
  }
  const largest = changed.reduce((a, b) =>
    Math.abs(b.changePp as number) > Math.abs(a.changePp as number) ? b : a,
  );
  const present = largest.values.filter((v) => typeof v.value === "number");
  const newest = present[0];
  const oldest = present[present.length - 1];
  if (!newest || !oldest) return `${possessive(name, { start: true })} share of GDP across editions`;
  const estimate = present.some((v) => v.estimate);
  const said = `${formatYear(largest.year, estimate)}, from ${(oldest.value as number).toFixed(2)}% (${editionLabel(oldest.edition)} edition) to ${(newest.value as number).toFixed(2)}% (${editionLabel(newest.edition)} edition)`;
  const basisOf = (id: string) => (isBuiltinEditionId(id) ? EDITIONS[id].basis : undefined);
  const [before, after] = [basisOf(oldest.edition), basisOf(newest.edition)];
  // Across NATO's change of basis the difference is not an ordinary revision: say so.
  if (before && after && before !== after) {
    return `NATO's largest change in ${possessive(name)} share of GDP between editions: ${said}, across its change to ${after === "core-defence-expenditure" ? "core defence expenditure" : "defence expenditure"}`;
  }
  return `NATO's largest revision of ${possessive(name)} share of GDP: ${said}`;
}

/**
 * A title for what NATO said about one year edition by edition: the first published value and the latest,
 * naming the change of basis when the latest edition counts core defence expenditure.
 *
 * @category Formatting
 * @example
 * yearEditionsTitle("Poland", figureRevisions("POL", 2025));
 * // "NATO first put Poland's 2025 share of GDP at 4.48% e (August 2025 edition); the July 2026 edition says 4.25% e, as core defence expenditure"
 */
export function yearEditionsTitle(
  name: string,
  r: Pick<FigureRevisions, "year" | "metric" | "firstPublished" | "latest" | "basisChange">,
): string {
  const info = METRIC_INFO[r.metric];
  const label = info.label.charAt(0).toLowerCase() + info.label.slice(1);
  const what = `${possessive(name)} ${r.year} ${label}`;
  const value = (f: PublishedFigure) => formatMetricValue(f.value, info.unit, { estimate: f.estimate });
  const { firstPublished: first, latest } = r;
  if (!first || !latest) return `No NATO edition gives ${what}`;
  if (first === latest || first.edition === latest.edition) {
    return `Only NATO's ${editionLabel(first.edition)} edition gives ${what}: ${value(first)}`;
  }
  const basis =
    r.basisChange && latest.basis === "core-defence-expenditure" ? ", as core defence expenditure" : "";
  if (value(first) === value(latest)) {
    return `NATO gave ${what} as ${value(first)} in its ${editionLabel(first.edition)} edition and still does in ${editionLabel(latest.edition)}${basis}`;
  }
  return `NATO first put ${what} at ${value(first)} (${editionLabel(first.edition)} edition); the ${editionLabel(latest.edition)} edition says ${value(latest)}${basis}`;
}
