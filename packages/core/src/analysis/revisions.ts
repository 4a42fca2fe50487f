import { allDatasets } from "../data/datasets.js";
import { resolveEditionId } from "../data/editions.js";
import { findAlly, suggestAlly } from "../data/lookup.js";
import { AGGREGATE_CODES } from "../models/aggregate.js";
import { ALLY_CODES } from "../models/ally.js";
import type { Dataset } from "../models/dataset.js";
import { observationOf } from "../models/dataset.js";
import type { Edition, EditionBasis, EditionId, NatoEdition, PriceBase } from "../models/edition.js";
import { NatoError } from "../models/error.js";
import { METRIC_INFO, type Metric } from "../models/metric.js";
import { type EntityCode, isEntityCode } from "../models/observation.js";
import { parseMetric } from "../parse/arguments.js";
import { clean } from "../rules/evaluate.js";

/**
 * One edition's value of a figure for one year.
 *
 * @category Revisions
 * @example
 * const older: RevisionValue | undefined = revisions([dataset2026_07(), dataset2025_08()], "POL").find((r) => r.year === 2025)
 *   ?.values[1];
 * older?.value; // 4.48 (the 2025 edition's 2025e; the 2026 edition says 4.25)
 */
export interface RevisionValue {
  readonly edition: string;
  readonly value: number | null;
  readonly estimate: boolean;
  /** Where this value's source differs from the edition's main source. */
  readonly note?: string;
}

/**
 * How NATO restated one Ally's figure for one year between editions.
 *
 * @category Revisions
 * @example
 * const poland2025: Revision | undefined = revisions([dataset2026_07(), dataset2025_08()], "POL").find((r) => r.year === 2025);
 * poland2025?.changePp; // -0.23 (share of GDP: 4.48% in the 2025 edition, 4.25% in 2026's)
 */
export interface Revision {
  readonly year: number;
  /** One entry per edition given, in the order given (newest first by convention). */
  readonly values: readonly RevisionValue[];
  /** First edition's value minus the last's (newest minus oldest), when both exist. */
  readonly changePp: number | null;
}

/**
 * One figure of one Ally across editions, year by year: how NATO restated it.
 *
 * @category Revisions
 * @example
 * revisions([dataset2026_07(), dataset2025_08()], "POL").find((r) => r.year === 2025);
 * // { year: 2025, values: [{ edition: "2026", value: 4.25, ... }, { edition: "2025", value: 4.48, ... }], changePp: -0.23 }
 */
export function revisions(
  datasets: readonly Dataset[],
  code: EntityCode,
  metric: Metric = "shareOfGdpPct",
): Revision[] {
  const years = [
    ...new Set(datasets.flatMap((d) => d.observations.filter((o) => o.code === code).map((o) => o.year))),
  ].sort((a, b) => a - b);
  return years.map((year) => {
    const values = datasets.map((d) => {
      const o = observationOf(d, code, year);
      const entry: RevisionValue = {
        edition: d.edition.id,
        value: o?.[metric] ?? null,
        estimate: o?.estimate ?? false,
      };
      return o?.note ? { ...entry, note: o.note } : entry;
    });
    const present = values.filter((v) => v.value !== null);
    const newest = present[0]?.value;
    const oldest = present[present.length - 1]?.value;
    const changePp =
      present.length >= 2 && typeof newest === "number" && typeof oldest === "number"
        ? clean(newest - oldest)
        : null;
    return { year, values, changePp };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Revisions across editions: every edition's value of one figure, the first published and the latest, the
// revision between them, and NATO's change of basis (2026) kept apart from ordinary revisions.
// ---------------------------------------------------------------------------------------------------------

/**
 * How a revision is measured: in percentage points for shares (of GDP, of defence expenditure), in percent
 * of the earlier value for money, GDP and personnel.
 *
 * @category Revisions
 * @example
 * revisionMeasure("shareOfGdpPct"); // "points"
 * revisionMeasure("expenditureUsdCurrentM"); // "percent"
 */
export type RevisionMeasure = "points" | "percent";

/**
 * What a change between two editions is: an ordinary `revision` (both editions count the same thing), or a
 * `basis-change` (the later edition counts something else: NATO's 2026 edition moved from defence
 * expenditure to core defence expenditure and restated every year).
 *
 * @category Revisions
 * @example
 * const kind: RevisionKind = "basis-change";
 */
export type RevisionKind = "revision" | "basis-change";

/**
 * One edition's value of one figure of one Ally (or aggregate) for one year, with what it is measured in.
 *
 * @category Revisions
 * @example
 * const first: EditionFigure | null = figureRevisions("POL", 2019).firstPublished;
 * first?.edition; // the oldest edition that published Poland's 2019
 */
export interface EditionFigure {
  /** The edition's id ("2024-06"). */
  readonly edition: EditionId;
  /** When the edition was released (ISO date); null for a user's edition without one. */
  readonly publishedOn: string | null;
  /** The figure as the edition gave it; null when the edition covers the year but has no value. */
  readonly value: number | null;
  /** The edition marked the figure as an estimate ("2019e"). */
  readonly estimate: boolean;
  /** The price base of the edition's constant-price money (2015 or 2021); null for a user's edition. */
  readonly priceBase: PriceBase | null;
  /** What the edition counts; null for a user's edition. */
  readonly basis: EditionBasis | null;
  /** Where this value's source differs from the edition's main source. */
  readonly note?: string;
}

/**
 * The change of one figure from an earlier edition's value to a later one's. `change` is in points for
 * shares and in percent of the earlier value otherwise; it is null, with `comparable: false` and a
 * `reason`, when the two values cannot be compared (constant-price money of different price bases).
 *
 * @category Revisions
 * @example
 * const step: RevisionChange | null = figureRevisions("POL", 2025).basisChange;
 * step?.kind; // "basis-change"
 */
export interface RevisionChange {
  readonly kind: RevisionKind;
  readonly measure: RevisionMeasure;
  readonly from: EditionFigure & { readonly value: number };
  readonly to: EditionFigure & { readonly value: number };
  /** `to` minus `from` in points, or `(to - from) / from` in percent; null when not comparable. */
  readonly change: number | null;
  readonly comparable: boolean;
  /** Why the values cannot be compared, when they cannot. */
  readonly reason?: string;
}

/**
 * Everything the editions said about one figure of one Ally (or aggregate) for one year.
 *
 * - `editions`: every edition that covers the year and carries the metric, newest first;
 * - `firstPublished` and `latest`: the oldest and the newest edition that gave a value;
 * - `steps`: the change from each published value to the next, oldest first;
 * - `revision`: the ordinary revision, from the first published value to the newest value on the same basis;
 * - `basisChange`: the change across NATO's change of basis (the last value on the old basis to the first
 *   on the new), kept apart from `revision`;
 * - `firstToLatest`: first published to latest, a `basis-change` when it spans one.
 *
 * @category Revisions
 * @example
 * const poland: FigureRevisions = figureRevisions("POL", 2019);
 * poland.editions.map((e) => e.edition); // every edition covering 2019, newest first
 */
export interface FigureRevisions {
  readonly code: EntityCode;
  readonly metric: Metric;
  readonly year: number;
  readonly measure: RevisionMeasure;
  readonly editions: readonly EditionFigure[];
  readonly firstPublished: PublishedFigure | null;
  readonly latest: PublishedFigure | null;
  readonly steps: readonly RevisionChange[];
  readonly revision: RevisionChange | null;
  readonly basisChange: RevisionChange | null;
  readonly firstToLatest: RevisionChange | null;
}

/**
 * Which editions to compare and which figure: the metric (share of GDP when not given, by JSON name or
 * short name), the datasets (every edition shipped when not given) and `until`, an edition name: only
 * editions released up to it count, so the answer is what was known at that release.
 *
 * @category Revisions
 * @example
 * const options: RevisionOptions = { metric: "share", until: "2024-06" };
 */
export interface RevisionOptions {
  readonly metric?: Metric | string;
  readonly datasets?: readonly Dataset[];
  readonly until?: string;
}

/**
 * How revisions of `metric` are measured: points for shares, percent otherwise.
 *
 * @category Revisions
 * @example
 * revisionMeasure("equipmentSharePct"); // "points"
 * revisionMeasure("militaryPersonnelThousands"); // "percent"
 */
export function revisionMeasure(metric: Metric | string): RevisionMeasure {
  return METRIC_INFO[metricOf(metric)].unit.startsWith("pct") ? "points" : "percent";
}

function isConstantPrices(metric: Metric): boolean {
  return METRIC_INFO[metric].prices?.startsWith("constant") === true;
}

const natoFields = (edition: Edition): { priceBase: PriceBase | null; basis: EditionBasis | null } => {
  const e = edition as Partial<NatoEdition>;
  return { priceBase: e.priceBase ?? null, basis: e.basis ?? null };
};

/** The datasets, oldest release first (ties and undated user editions keep the order given, newest first). */
function chronological(datasets: readonly Dataset[]): Dataset[] {
  const given = [...datasets].reverse();
  return given
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const x = a.d.edition.publishedOn;
      const y = b.d.edition.publishedOn;
      return x && y && x !== y ? (x < y ? -1 : 1) : a.i - b.i;
    })
    .map(({ d }) => d);
}

/**
 * The dataset named `name` among `datasets` (oldest first): by id, or by any name the registry resolves
 * (alias, `latest`). Throws `NatoError` `UNKNOWN_EDITION` listing the ids at hand otherwise.
 */
function datasetNamed(datasets: readonly Dataset[], name: unknown): Dataset {
  const text = typeof name === "string" ? name.trim() : shown(name);
  const byId = datasets.find((d) => d.edition.id === text);
  if (byId) return byId;
  let resolved: string | undefined;
  try {
    resolved = resolveEditionId(text);
  } catch {
    resolved = undefined;
  }
  const found = datasets.find((d) => d.edition.id === resolved);
  if (found) return found;
  const ids = datasets.map((d) => d.edition.id).reverse();
  throw new NatoError(
    "UNKNOWN_EDITION",
    `Unknown edition "${text}": expected one of ${ids.join(", ")} (or an alias, or latest).`,
    {
      received: name,
      expected: ids.join(" | "),
    },
  );
}

/** The datasets a question is about, oldest first, cut at `until`. */
function selectDatasets(options: RevisionOptions): Dataset[] {
  const datasets = chronological(options.datasets ?? allDatasets());
  if (options.until === undefined) return datasets;
  return datasets.slice(0, datasets.indexOf(datasetNamed(datasets, options.until)) + 1);
}

/** Any input as text for a message, even one whose `toString` fails. */
function shown(input: unknown): string {
  try {
    return String(input);
  } catch {
    return `a ${typeof input}`;
  }
}

/** `parseMetric`, also for input that cannot be written as text. */
function metricOf(input: unknown): Metric {
  return parseMetric(
    typeof input === "string" || input === undefined ? (input ?? "shareOfGdpPct") : shown(input),
  );
}

const KNOWN_CODES: readonly string[] = [...ALLY_CODES, ...AGGREGATE_CODES];

/**
 * An Ally or aggregate from user input: an alpha-3 code, `NATO`, `NATO_EU_CA`, or anything `getAlly`
 * understands ("PL", "Poland"). Throws `NatoError` `UNKNOWN_ALLY` listing every known code otherwise.
 *
 * @category Revisions
 * @example
 * parseEntity("Poland"); // "POL"
 * parseEntity("nato"); // "NATO"
 */
export function parseEntity(input: unknown): EntityCode {
  const text = typeof input === "string" ? input.trim() : shown(input);
  if (isEntityCode(text.toUpperCase())) return text.toUpperCase() as EntityCode;
  const found = typeof input === "string" ? findAlly(text) : undefined;
  if (found) return found.code;
  const near = typeof input === "string" ? suggestAlly(text) : undefined;
  const hint = near ? ` Did you mean ${near.name} (${near.code})?` : "";
  throw new NatoError(
    "UNKNOWN_ALLY",
    `Unknown Ally or aggregate "${text}".${hint} Expected an Ally's code or name, or an aggregate: one of ${KNOWN_CODES.join(", ")}.`,
    near
      ? { received: input, expected: KNOWN_CODES.join(" | "), suggestion: near.code }
      : { received: input, expected: KNOWN_CODES.join(" | ") },
  );
}

function holdsMetric(dataset: Dataset, metric: Metric): boolean {
  return dataset.observations.some((o) => typeof o[metric] === "number");
}

function figureOf(dataset: Dataset, code: EntityCode, year: number, metric: Metric): EditionFigure {
  const o = observationOf(dataset, code, year);
  const value = o?.[metric];
  const figure: EditionFigure = {
    edition: dataset.edition.id,
    publishedOn: dataset.edition.publishedOn,
    value: typeof value === "number" && Number.isFinite(value) ? value : null,
    estimate: o?.estimate ?? dataset.edition.estimateYears.includes(year),
    ...natoFields(dataset.edition),
  };
  return o?.note ? { ...figure, note: o.note } : figure;
}

/**
 * An edition's figure that has a value.
 *
 * @category Revisions
 * @example
 * const first: PublishedFigure | null = figureRevisions("POL", 2019).firstPublished;
 */
export type PublishedFigure = EditionFigure & { readonly value: number };
type Published = PublishedFigure;

function changeBetween(metric: Metric, from: Published, to: Published): RevisionChange {
  const measure = revisionMeasure(metric);
  const kind: RevisionKind = from.basis === to.basis ? "revision" : "basis-change";
  if (isConstantPrices(metric) && (from.priceBase === null || from.priceBase !== to.priceBase)) {
    const bases =
      from.priceBase === null || to.priceBase === null
        ? "an unknown price base"
        : `${from.priceBase} and ${to.priceBase} prices`;
    return {
      kind,
      measure,
      from,
      to,
      change: null,
      comparable: false,
      reason: `Not comparable: the ${from.edition} and ${to.edition} editions give constant-price figures in ${bases}.`,
    };
  }
  if (measure === "percent" && from.value === 0) {
    return {
      kind,
      measure,
      from,
      to,
      change: null,
      comparable: false,
      reason: "Not comparable: a change in percent of zero has no value.",
    };
  }
  const change =
    measure === "points" ? clean(to.value - from.value) : clean(((to.value - from.value) / from.value) * 100);
  return { kind, measure, from, to, change, comparable: true };
}

function revisionsOf(datasets: readonly Dataset[], code: EntityCode, year: number, metric: Metric) {
  const covering = datasets.filter(
    (d) => d.edition.firstYear <= year && year <= d.edition.lastYear && holdsMetric(d, metric),
  );
  const figures = covering.map((d) => figureOf(d, code, year, metric));
  const published = figures.filter((f): f is Published => f.value !== null);
  const first = published[0];
  const latest = published[published.length - 1];
  const steps = published.slice(1).map((f, i) => changeBetween(metric, published[i] as Published, f));
  let revision: RevisionChange | null = null;
  let basisChange: RevisionChange | null = null;
  if (first) {
    const sameBasis = published.filter((f) => f.basis === first.basis);
    const newest = sameBasis[sameBasis.length - 1] as Published;
    if (newest !== first) revision = changeBetween(metric, first, newest);
    const across = published.find((f) => f.basis !== first.basis);
    const before = across ? published[published.indexOf(across) - 1] : undefined;
    if (across && before) basisChange = changeBetween(metric, before, across);
  }
  const result: FigureRevisions = {
    code,
    metric,
    year,
    measure: revisionMeasure(metric),
    editions: [...figures].reverse(),
    firstPublished: first ?? null,
    latest: latest ?? null,
    steps,
    revision,
    basisChange,
    firstToLatest: first && latest && first !== latest ? changeBetween(metric, first, latest) : null,
  };
  return result;
}

/**
 * What every edition said about one figure of one Ally (or aggregate) for one year: each edition's value
 * with its estimate mark, price base and basis, the first published value and the latest, the ordinary
 * revision between them (points for shares, percent for money; constant-price money only within one price
 * base) and NATO's change of basis kept apart. Throws `NatoError` (`UNKNOWN_ALLY`, `UNKNOWN_METRIC`,
 * `UNKNOWN_EDITION`, `YEAR_OUT_OF_RANGE`) naming what is known.
 *
 * @category Revisions
 * @example
 * const poland = figureRevisions("POL", 2019);
 * poland.firstPublished?.edition; // the oldest edition covering 2019
 * poland.revision?.change; // points between that edition and the newest one on the same basis
 * poland.basisChange?.kind; // "basis-change"
 */
export function figureRevisions(code: string, year: number, options: RevisionOptions = {}): FigureRevisions {
  const entity = parseEntity(code);
  const metric = metricOf(options.metric);
  const datasets = selectDatasets(options);
  const min = Math.min(...datasets.map((d) => d.edition.firstYear));
  const max = Math.max(...datasets.map((d) => d.edition.lastYear));
  if (!Number.isInteger(year) || year < min || year > max) {
    throw new NatoError(
      "YEAR_OUT_OF_RANGE",
      `Year ${String(year)} is outside the editions: expected a year from ${min} to ${max}.`,
      { received: year, expected: `a year from ${min} to ${max}` },
    );
  }
  return revisionsOf(datasets, entity, year, metric);
}

/**
 * `figureRevisions` for every year any edition covers, oldest year first.
 *
 * @category Revisions
 * @example
 * revisionHistory("POL").map((r) => r.year); // [2012, 2013, ..., 2026]
 */
export function revisionHistory(code: string, options: RevisionOptions = {}): FigureRevisions[] {
  const entity = parseEntity(code);
  const metric = metricOf(options.metric);
  const datasets = selectDatasets(options);
  const years = [...new Set(datasets.flatMap((d) => editionYearsOf(d)))].sort((a, b) => a - b);
  return years.map((year) => revisionsOf(datasets, entity, year, metric));
}

function editionYearsOf(dataset: Dataset): number[] {
  const { firstYear, lastYear } = dataset.edition;
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
}

/**
 * One year of an "as first published" series: the value of the first edition that published the year.
 *
 * @category Revisions
 * @example
 * const point: FirstPublishedPoint | undefined = asFirstPublished("POL").points[0];
 */
export interface FirstPublishedPoint {
  readonly year: number;
  readonly figure: EditionFigure & { readonly value: number };
}

/**
 * A series "as first published": for each year, the value of the first edition that published it (what was
 * known when the figure first came out). `until` keeps only editions released up to it. `comparable` is
 * false, with a `reason`, when the series mixes price bases (constant-price money first published under
 * 2015 and 2021 prices) or bases (defence and core defence expenditure): read such a series point by point.
 *
 * @category Revisions
 * @example
 * const known = asFirstPublished("POL", { until: "2024-06" });
 * known.points.map((p) => p.figure.edition); // the edition that first published each year
 */
export interface FirstPublishedSeries {
  readonly code: EntityCode;
  readonly metric: Metric;
  /** The newest edition taken into account. */
  readonly until: EditionId | null;
  readonly points: readonly FirstPublishedPoint[];
  readonly comparable: boolean;
  readonly reason?: string;
}

/**
 * The "as first published" series of one figure of one Ally (or aggregate): for each year, the value of the
 * first edition that published it; with `until`, only editions released up to that one count (what was
 * known at that release). Throws `NatoError` for an unknown Ally, metric or edition.
 *
 * @category Revisions
 * @example
 * asFirstPublished("POL", { until: "2024-06" }).points.at(-1)?.year; // 2024
 */
export function asFirstPublished(code: string, options: RevisionOptions = {}): FirstPublishedSeries {
  const entity = parseEntity(code);
  const metric = metricOf(options.metric);
  const datasets = selectDatasets(options);
  const history = revisionHistory(entity, { ...options, metric, datasets });
  const points = history.flatMap((r) =>
    r.firstPublished ? [{ year: r.year, figure: r.firstPublished }] : [],
  );
  const bases = new Set(points.map((p) => p.figure.basis));
  const prices = new Set(points.map((p) => p.figure.priceBase));
  const reasons = [
    ...(bases.size > 1
      ? ["it mixes editions on NATO's defence-expenditure and core-defence-expenditure bases"]
      : []),
    ...(isConstantPrices(metric) && prices.size > 1 ? ["it mixes constant prices of different bases"] : []),
  ];
  const last = datasets[datasets.length - 1];
  const series: FirstPublishedSeries = {
    code: entity,
    metric,
    until: last?.edition.id ?? null,
    points,
    comparable: reasons.length === 0,
  };
  return reasons.length ? { ...series, reason: `Read point by point: ${reasons.join("; ")}.` } : series;
}

/**
 * One entry of a list of revisions: whose figure, which year, and the change.
 *
 * @category Revisions
 * @example
 * const top: RevisionEntry | undefined = largestRevisions({ from: "2023-03", to: "2024-06" }).revisions[0];
 */
export interface RevisionEntry {
  readonly code: EntityCode;
  readonly year: number;
  readonly change: RevisionChange & { readonly change: number };
}

/**
 * The revisions of one figure between two editions, largest first (by size, either direction). `kind` says
 * whether the later edition changed basis: such differences are not ordinary revisions. `comparable` is
 * false, with a `reason` and no entries, when the two editions' constant-price money cannot be compared.
 *
 * @category Revisions
 * @example
 * const between: EditionRevisions = largestRevisions({ from: "2023-03", to: "2024-06" });
 * between.kind; // "revision"
 */
export interface EditionRevisions {
  readonly from: EditionId;
  readonly to: EditionId;
  readonly metric: Metric;
  readonly kind: RevisionKind;
  readonly measure: RevisionMeasure;
  readonly comparable: boolean;
  readonly reason?: string;
  /** How many figures both editions published (and could be compared). */
  readonly compared: number;
  readonly revisions: readonly RevisionEntry[];
}

/**
 * The largest revisions of one figure between two editions (the older one first, whichever order they are
 * given), for every Ally and aggregate or the `codes` given, largest first; `limit` keeps the first ones.
 * Unchanged figures are left out. Throws `NatoError` for an unknown edition, Ally or metric.
 *
 * @category Revisions
 * @example
 * largestRevisions({ from: "2025-08", to: "2026-07" }).kind; // "basis-change"
 */
export function largestRevisions(options: {
  readonly from: string;
  readonly to: string;
  readonly metric?: Metric | string;
  readonly codes?: readonly string[];
  readonly limit?: number;
  readonly datasets?: readonly Dataset[];
}): EditionRevisions {
  const metric = metricOf(options.metric);
  const all = chronological(options.datasets ?? allDatasets());
  const pick = (name: string): Dataset => datasetNamed(all, name);
  const [older, newer] = [pick(options.from), pick(options.to)].sort(
    (a, b) => all.indexOf(a) - all.indexOf(b),
  ) as [Dataset, Dataset];
  const codes = options.codes ? options.codes.map(parseEntity) : (KNOWN_CODES as EntityCode[]);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (!(limit >= 0)) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Invalid limit ${String(options.limit)}: expected a number of 0 or more.`,
      {
        received: options.limit,
        expected: "a number of 0 or more",
      },
    );
  }
  const years = editionYearsOf(older).filter(
    (y) => y >= newer.edition.firstYear && y <= newer.edition.lastYear,
  );
  const probe = changeBetween(
    metric,
    { ...natoFields(older.edition), edition: older.edition.id, publishedOn: null, value: 1, estimate: false },
    { ...natoFields(newer.edition), edition: newer.edition.id, publishedOn: null, value: 1, estimate: false },
  );
  let compared = 0;
  const list: RevisionEntry[] = [];
  for (const code of codes) {
    for (const year of years) {
      const a = figureOf(older, code, year, metric);
      const b = figureOf(newer, code, year, metric);
      if (a.value === null || b.value === null) continue;
      const change = changeBetween(metric, a as Published, b as Published);
      if (change.change === null) continue;
      compared++;
      if (change.change !== 0)
        list.push({ code, year, change: change as RevisionChange & { change: number } });
    }
  }
  list.sort(
    (x, y) =>
      Math.abs(y.change.change) - Math.abs(x.change.change) ||
      x.code.localeCompare(y.code) ||
      x.year - y.year,
  );
  const result: EditionRevisions = {
    from: older.edition.id,
    to: newer.edition.id,
    metric,
    kind: probe.kind,
    measure: probe.measure,
    comparable: probe.comparable,
    compared,
    revisions: list.slice(0, limit),
  };
  return probe.reason ? { ...result, reason: probe.reason } : result;
}

/**
 * The largest revisions of one figure edition by edition: for each edition that carries the metric, the
 * revisions against the edition before it that carries it, newest edition first. The step into NATO's
 * change of basis has `kind: "basis-change"`.
 *
 * @category Revisions
 * @example
 * revisionsByEdition({ limit: 5 }).map((e) => `${e.from} -> ${e.to} ${e.kind}`);
 */
export function revisionsByEdition(
  options: {
    readonly metric?: Metric | string;
    readonly limit?: number;
    readonly datasets?: readonly Dataset[];
  } = {},
): EditionRevisions[] {
  const metric = metricOf(options.metric);
  const datasets = chronological(options.datasets ?? allDatasets()).filter((d) => holdsMetric(d, metric));
  return datasets
    .slice(1)
    .map((d, i) =>
      largestRevisions({
        from: (datasets[i] as Dataset).edition.id,
        to: d.edition.id,
        metric,
        datasets,
        ...(options.limit === undefined ? {} : { limit: options.limit }),
      }),
    )
    .reverse();
}

/**
 * How NATO revised one figure of one Ally (or aggregate) from edition to edition, every year: ordinary
 * revisions and changes across NATO's change of basis apart, each largest first.
 *
 * @category Revisions
 * @example
 * const poland: AllyRevisions = revisionsByAlly("POL");
 * poland.revisions[0]; // Poland's largest ordinary revision of share of GDP between two editions
 */
export interface AllyRevisions {
  readonly code: EntityCode;
  readonly metric: Metric;
  readonly measure: RevisionMeasure;
  /** Ordinary revisions between successive editions, largest first. */
  readonly revisions: readonly RevisionEntry[];
  /** Changes between the last edition on the old basis and the first on the new, largest first. */
  readonly basisChanges: readonly RevisionEntry[];
}

const bySize = (x: RevisionEntry, y: RevisionEntry): number =>
  Math.abs(y.change.change) - Math.abs(x.change.change) || x.year - y.year;

/**
 * Every change of one figure of one Ally (or aggregate) from one edition to the next, for every year:
 * ordinary revisions and the change of basis apart, each largest first. Unchanged and incomparable figures
 * are left out. Throws `NatoError` for an unknown Ally, metric or edition.
 *
 * @category Revisions
 * @example
 * revisionsByAlly("POL").basisChanges[0]?.change.kind; // "basis-change"
 */
export function revisionsByAlly(code: string, options: RevisionOptions = {}): AllyRevisions {
  const entity = parseEntity(code);
  const metric = metricOf(options.metric);
  const entries = revisionHistory(entity, { ...options, metric }).flatMap((r) =>
    r.steps
      .filter((s): s is RevisionChange & { change: number } => s.change !== null && s.change !== 0)
      .map((change) => ({ code: entity, year: r.year, change })),
  );
  return {
    code: entity,
    metric,
    measure: revisionMeasure(metric),
    revisions: entries.filter((e) => e.change.kind === "revision").sort(bySize),
    basisChanges: entries.filter((e) => e.change.kind === "basis-change").sort(bySize),
  };
}

/**
 * `revisionsByAlly` for every Ally and aggregate, those with the largest ordinary revision first (those
 * with none last, by code).
 *
 * @category Revisions
 * @example
 * revisionsByAllies()[0]?.code; // the Ally whose figure NATO revised the most between two editions
 */
export function revisionsByAllies(options: RevisionOptions = {}): AllyRevisions[] {
  const size = (a: AllyRevisions): number => Math.abs(a.revisions[0]?.change.change ?? -1);
  return KNOWN_CODES.map((code) => revisionsByAlly(code, options)).sort(
    (a, b) => size(b) - size(a) || a.code.localeCompare(b.code),
  );
}

/**
 * The year to follow across editions for one figure of one Ally: the year the most editions published,
 * the latest of those on a tie (with every edition shipped, the last year that all of them cover); null
 * when no edition has the figure.
 *
 * @category Revisions
 * @example
 * mostPublishedYear("POL"); // the latest year every edition carrying Poland's share of GDP published
 */
export function mostPublishedYear(code: string, options: RevisionOptions = {}): number | null {
  let best: { year: number; count: number } | null = null;
  for (const r of revisionHistory(code, options)) {
    const count = r.editions.filter((e) => e.value !== null).length;
    if (count > 0 && (best === null || count >= best.count)) best = { year: r.year, count };
  }
  return best?.year ?? null;
}
