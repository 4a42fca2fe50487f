import { formatPercent, formatYear } from "./number.js";

/** One year's value of a percentage series (share of GDP by default); null for no data. */
interface Point {
  readonly year: number;
  readonly value: number | null;
  readonly estimate?: boolean;
}

/**
 * A chart title that says what a share-of-GDP series shows, written from the data.
 *
 * @example
 * shareTrendTitle("Lithuania", [{ year: 2014, value: 0.88 }, { year: 2026, value: 5.33, estimate: true }]);
 * // "Lithuania's share of GDP has risen from 0.88% in 2014 to 5.33% in 2026e"
 */
export function shareTrendTitle(name: string, series: readonly Point[], subject = "share of GDP"): string {
  const points = series.filter((p) => typeof p.value === "number");
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || first === last) return `${name}'s ${subject}: no data`;
  const from = formatPercent(first.value);
  const to = formatPercent(last.value);
  const span = `from ${from} in ${formatYear(first.year, first.estimate)} to ${to} in ${formatYear(last.year, last.estimate)}`;
  const a = first.value as number;
  const b = last.value as number;
  const verb = b > a ? "has risen" : b < a ? "has fallen" : "has held";
  return verb === "has held"
    ? `${name}'s ${subject} has held at ${to} from ${first.year} to ${formatYear(last.year, last.estimate)}`
    : `${name}'s ${subject} ${verb} ${span}`;
}
