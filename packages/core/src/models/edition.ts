/**
 * An edition shipped with the package, named by the year it was published.
 *
 * @example
 * const id: BuiltinEditionId = "2025";
 * EDITIONS[id].title; // "Defence Expenditure of NATO Countries (2014-2025)"
 */
export type BuiltinEditionId = "2026" | "2025";

/**
 * An edition id: NATO's are the year of publication ("2026"); a user's edition may have any id of letters,
 * digits, dots, hyphens and underscores ("budget-2027"). `EditionIdSchema` (in `@nato/core/schemas`) checks
 * the form.
 *
 * @example
 * const id: EditionId = dataset2026().edition.id; // "2026"
 */
export type EditionId = string;

/**
 * An edition's metadata, NATO's or a user's: who published the figures, under what title, how they were
 * obtained, the years they cover and which are estimates. NATO's editions are {@link NatoEdition}s; a
 * user's own figures get one from `userEdition`, with their own title, publisher and source.
 *
 * @example
 * const edition: Edition = dataset2025().edition;
 * edition.publisher; // "NATO"
 */
export interface Edition {
  /** NATO's: the year it was published ("2026"); a user's: any id ("budget-2027", "2027-draft"). */
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
  /** Metrics the edition holds (NATO's earlier editions here: share of GDP only). */
  readonly metrics: readonly string[];
  /** How the figures were obtained. */
  readonly source: string;
  readonly notes: readonly string[];
}

/**
 * One annual release of NATO's "Defence Expenditure of NATO Countries" shipped with the package: where and
 * when NATO published it, its data cut-off, the years it covers and which are estimates, and how its
 * figures reached this package.
 *
 * @example
 * const edition: NatoEdition = dataset2025().edition;
 * edition.dataCutOff; // "2025-06-03"
 */
export interface NatoEdition extends Edition {
  readonly publisher: "NATO";
  readonly publishedOn: string;
  readonly dataCutOff: string;
  readonly url: string;
}
