export type { BuiltinEditionId, BuiltinEditionName } from "./edition-ids.js";
export { BUILTIN_EDITION_IDS } from "./edition-ids.js";

/**
 * An edition id. NATO's are `YYYY-MM`, the month NATO released the edition ("2026-07"); a user's edition
 * may have any id of letters, digits, dots, hyphens and underscores ("budget-2027"). `EditionIdSchema` (in
 * `@nato/core/schemas`) checks the form and `resolveEditionId` the ids the package ships.
 *
 * @category Editions
 * @example
 * const id: EditionId = getDataset().edition.id; // "2026-07"
 */
export type EditionId = string;

/**
 * The price base of an edition's constant-price money (constant US dollars, real GDP, per capita): NATO
 * moved from 2015 to 2021 prices with the 2025 edition. Figures of different bases are never compared.
 *
 * @category Editions
 * @example
 * const base: PriceBase = getEdition("2024-06").priceBase; // 2015
 */
export type PriceBase = 2015 | 2021;

/**
 * What an edition counts: NATO defence expenditure under the agreed definition, or (from the 2026 edition)
 * core defence expenditure, The Hague's wording, under which NATO restated the whole series.
 *
 * @category Editions
 * @example
 * getEdition("latest").basis; // "core-defence-expenditure"
 */
export type EditionBasis = "defence-expenditure" | "core-defence-expenditure";

/**
 * Which of an edition's figures the package carries: all of NATO's tables, or share of GDP only.
 *
 * @category Editions
 * @example
 * getEdition("2025-08").coverage; // "share-of-gdp"
 */
export type EditionCoverage = "full" | "share-of-gdp";

/**
 * One source an edition's figures were read from.
 *
 * @category Editions
 * @example
 * const first: EditionSource | undefined = getEdition("2026-07").sources[0];
 */
export interface EditionSource {
  readonly name: string;
  readonly url?: string;
}

/**
 * An edition's metadata, NATO's or a user's: who published the figures, under what title, how they were
 * obtained, the years they cover and which are estimates. NATO's editions are {@link NatoEdition}s, with
 * their price base, basis, coverage and sources; a user's own figures get one from `userEdition`, with
 * their own title, publisher and source.
 *
 * @category Editions
 * @example
 * const edition: Edition = getDataset("2025").edition;
 * edition.id; // "2025-08"
 * edition.publisher; // "NATO"
 */
export interface Edition {
  /** NATO's: the month it was released ("2026-07"); a user's: any id ("budget-2027", "2027-draft"). */
  readonly id: EditionId;
  readonly title: string;
  /** Who published the figures and is credited for them: "NATO" for the editions shipped with the package. */
  readonly publisher: string;
  /** ISO date of publication; null when not given. */
  readonly publishedOn: string | null;
  /** ISO date of the data cut-off; null when not given. */
  readonly dataCutOff: string | null;
  /** Where the figures can be found; null when not given. */
  readonly url: string | null;
  /** First and last year the edition covers. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Years whose figures are estimates ("2025e"). */
  readonly estimateYears: readonly number[];
  /** Metrics the edition holds (NATO's 2025 edition here: share of GDP only). */
  readonly metrics: readonly string[];
  /** How the figures were obtained. */
  readonly source: string;
  /** Said in the credit line where the figures are not NATO's own file (the 2025 edition's transcriptions). */
  readonly creditNote?: string;
  readonly notes: readonly string[];
}

/**
 * One annual release of NATO's defence figures shipped with the package: where and when NATO published it,
 * its data cut-off, the years it covers and which are estimates, its price base, basis and coverage, and how
 * its figures reached this package.
 *
 * @category Editions
 * @example
 * const edition: NatoEdition = getEdition("2025");
 * edition.id; // "2025-08"
 * edition.dataCutOff; // "2025-06-03"
 */
export interface NatoEdition extends Edition {
  /** Other names the edition answers to ("2026" for "2026-07"). */
  readonly aliases: readonly string[];
  readonly publisher: "NATO";
  /** ISO date of publication. */
  readonly publishedOn: string;
  /** ISO date of NATO's data cut-off; null where no source at hand states it. */
  readonly dataCutOff: string | null;
  readonly url: string;
  /** The price base of constant-price money. */
  readonly priceBase: PriceBase;
  readonly basis: EditionBasis;
  readonly coverage: EditionCoverage;
  /** What the figures were read from. */
  readonly sources: readonly EditionSource[];
}
