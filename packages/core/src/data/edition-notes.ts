import { deepFreeze } from "../internal/freeze.js";
import type { EditionNote } from "../models/edition-note.js";
import type { Metric } from "../models/metric.js";

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Caveats on NATO's figures, edition by edition, as data: the 2026 edition's change of basis, Luxembourg's
 * GDP series break, the counts NATO gave before the restatement, figures NATO did not publish.
 *
 * @category Editions
 * @example
 * EDITION_NOTES.filter((n) => n.kind === "series-break").map((n) => n.codes); // [["LUX"]]
 */
export const EDITION_NOTES: readonly EditionNote[] = /* @__PURE__ */ deepFreeze([
  {
    id: "core-defence-basis-2026",
    edition: "2026-07",
    kind: "basis-change",
    codes: null,
    years: range(2014, 2025),
    metrics: null,
    text: "The 2026 edition reports core defence expenditure, the basis of The Hague's 3.5% commitment, and restates 2014-2025 on that basis; its figures for those years differ from earlier editions' partly because of this change, not only ordinary revisions.",
  },
  {
    id: "two-percent-count-2025-basis",
    edition: "2026-07",
    kind: "basis-change",
    codes: null,
    years: [2025],
    metrics: ["shareOfGdpPct"],
    text: "In August 2025 NATO's 2025 edition put every Ally with armed forces at 2% or more in 2025e. The 2026 edition's restated core-defence figures put Albania (1.48%), Czechia (1.86%) and Slovenia (1.57%) below: a change of basis by NATO, not an error.",
  },
  {
    id: "two-percent-count-2024-basis",
    edition: "2026-07",
    kind: "basis-change",
    codes: null,
    years: [2024],
    metrics: ["shareOfGdpPct"],
    text: "For 2024, NATO's June 2024 edition estimated 23 Allies at 2% or more and its August 2025 edition 18; the 2026 edition's restated core-defence figures put 17 there: NATO's restatements, not errors.",
  },
  {
    id: "lux-gdp-break-2023",
    edition: "2026-07",
    kind: "series-break",
    codes: ["LUX"],
    years: range(2023, 2026),
    metrics: ["realGdpUsdConstant2021Bn", "shareOfGdpPct"],
    breakYear: 2023,
    text: "Luxembourg's real GDP in the 2026 edition drops from $85.3 bn in 2022 to $58.0 bn in 2023 (2021 prices): a break in the series, not a fall in output. Its share of GDP from 2023 on is not directly comparable with earlier years, and growth across the break is left out of its default GDP growth.",
  },
  {
    id: "slovenia-footnote-2026",
    edition: "2026-07",
    kind: "footnote",
    codes: ["SVN"],
    years: null,
    metrics: null,
    text: "NATO marks Slovenia with a footnote in the 2026 workbook; the footnote's text was not found in the sources this package was built from.",
  },
  {
    id: "nld-prt-categories-2026",
    edition: "2026-07",
    kind: "missing",
    codes: ["NLD", "PRT"],
    years: [2026],
    metrics: ["personnelSharePct", "infrastructureSharePct", "otherSharePct"],
    text: "NATO's 2026 edition gives no 2026 personnel, infrastructure or other shares for the Netherlands and Portugal.",
  },
  {
    id: "share-only-2025",
    edition: "2025-08",
    kind: "missing",
    codes: null,
    years: null,
    metrics: null,
    text: "Only the share of GDP of the 2025 edition is included: it has no money, GDP or personnel figures here, so analyses that need them answer no data.",
  },
]);

/**
 * The notes of an edition that concern one Ally, year or metric (every given filter must match; a note
 * without codes, years or metrics matches any).
 *
 * @category Editions
 * @example
 * editionNotesFor("2026-07", { code: "LUX", metric: "realGdpUsdConstant2021Bn" }).map((n) => n.id); // ["lux-gdp-break-2023"]
 * editionNotesFor("2026-07", { year: 2025, metric: "shareOfGdpPct" }).length; // 2 (basis change, the 2025 count)
 */
export function editionNotesFor(
  edition: string,
  filter: { readonly code?: string; readonly year?: number; readonly metric?: Metric } = {},
): EditionNote[] {
  return EDITION_NOTES.filter(
    (note) =>
      note.edition === edition &&
      (filter.code === undefined || note.codes === null || note.codes.includes(filter.code)) &&
      (filter.year === undefined || note.years === null || note.years.includes(filter.year)) &&
      (filter.metric === undefined || note.metrics === null || note.metrics.includes(filter.metric)),
  );
}

/**
 * The first years of new series for one Ally's metric in an edition: growth from the year before each is
 * a statistical break, not a change.
 *
 * @category Editions
 * @example
 * seriesBreaks("2026-07", "LUX", "realGdpUsdConstant2021Bn"); // [2023]
 */
export function seriesBreaks(edition: string, code: string, metric: Metric): number[] {
  return editionNotesFor(edition, { code, metric })
    .filter((n) => n.kind === "series-break" && n.breakYear !== undefined && n.codes !== null)
    .map((n) => n.breakYear as number);
}
