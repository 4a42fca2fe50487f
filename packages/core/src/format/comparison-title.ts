import { seriesTrendTitle, type ValuePoint } from "./chart-titles.js";
import { formatYear } from "./number.js";
import { possessive, proseName } from "./possessive.js";

/**
 * One line of a comparison: a name and its series.
 *
 * @category Formatting
 * @example
 * const poland: ComparisonEntry = {
 *   name: "Poland",
 *   points: seriesOf(dataset2026_07(), "POL").map((o) => ({ year: o.year, value: o.shareOfGdpPct, estimate: o.estimate })),
 * };
 */
export interface ComparisonEntry {
  readonly name: string;
  readonly points: readonly ValuePoint[];
}

const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/**
 * A chart title for several series of one figure, written from the data: who is highest and who lowest in
 * the latest year they all have. One series reads as its trend (`seriesTrendTitle`); more than three are
 * "these 8" rather than a list.
 *
 * @category Formatting
 * @example
 * comparisonTitle("share of GDP", [
 *   { name: "Poland", points: [{ year: 2026, value: 4.68, estimate: true }] },
 *   { name: "France", points: [{ year: 2026, value: 2.22, estimate: true }] },
 * ], (v) => `${v.toFixed(2)}%`);
 * // "Of Poland and France, Poland's share of GDP is the highest in 2026e: 4.68%, against 2.22% for France"
 */
export function comparisonTitle(
  subject: string,
  entries: readonly ComparisonEntry[],
  format: (value: number) => string,
): string {
  const first = entries[0];
  if (entries.length === 1 && first) return seriesTrendTitle(first.name, subject, first.points, format);
  const withData = entries.filter((e) => e.points.some((p) => typeof p.value === "number"));
  // Past three names a list stops reading as a title: "Of these 8" instead.
  const names = entries.length > 3 ? `these ${entries.length}` : list(entries.map((e) => proseName(e.name)));
  const subjectNames = names.charAt(0).toUpperCase() + names.slice(1);
  if (withData.length === 0) return `${subjectNames}: no data on ${subject}`;
  const yearsOf = (e: ComparisonEntry) =>
    new Set(e.points.filter((p) => typeof p.value === "number").map((p) => p.year));
  const common = [...yearsOf(withData[0] as ComparisonEntry)]
    .filter((year) => withData.every((e) => yearsOf(e).has(year)))
    .sort((a, b) => b - a);
  const year = common[0];
  if (year === undefined) return `${subjectNames}: ${subject} over time`;
  const at = withData.map((e) => {
    const point = e.points.find((p) => p.year === year) as ValuePoint & { value: number };
    return { name: e.name, value: point.value, estimate: point.estimate ?? false };
  });
  const sorted = [...at].sort((a, b) => b.value - a.value);
  const top = sorted[0] as (typeof at)[number];
  const bottom = sorted[sorted.length - 1] as (typeof at)[number];
  const when = formatYear(
    year,
    at.some((a) => a.estimate),
  );
  if (withData.length === 1)
    return `Of ${names}, only ${proseName(top.name)} has figures: ${format(top.value)} in ${when}`;
  if (top.value === bottom.value) return `${subjectNames} are level in ${when}: ${format(top.value)} each`;
  return `Of ${names}, ${possessive(top.name)} ${subject} is the highest in ${when}: ${format(top.value)}, against ${format(bottom.value)} for ${proseName(bottom.name)}`;
}
