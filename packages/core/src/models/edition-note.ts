import type { Metric } from "./metric.js";

/**
 * What kind of caveat an edition note is: a break in a series, a change of NATO's basis, a figure NATO
 * did not publish, or a footnote whose text is not known.
 *
 * @category Editions
 * @example
 * const kind: EditionNoteKind = "series-break";
 */
export type EditionNoteKind = "series-break" | "basis-change" | "missing" | "footnote";

/**
 * A caveat attached to the figures of one edition, as data, so every surface can show it beside the
 * figures it affects. `codes`, `years` and `metrics` say which figures; null means all.
 *
 * @category Editions
 * @example
 * const lux: EditionNote | undefined = editionNotesFor("2026-07", { code: "LUX", year: 2023, metric: "realGdpUsdConstant2021Bn" })[0];
 * lux?.kind; // "series-break"
 */
export interface EditionNote {
  /** A stable id ("lux-gdp-break-2023"). */
  readonly id: string;
  /** The edition whose figures it concerns. */
  readonly edition: string;
  readonly kind: EditionNoteKind;
  readonly codes: readonly string[] | null;
  readonly years: readonly number[] | null;
  readonly metrics: readonly Metric[] | null;
  /** For a series break: the first year of the new series (the change from the year before is not growth). */
  readonly breakYear?: number;
  /** The note, one or two sentences, for display beside the figures. */
  readonly text: string;
}
