/**
 * An edition shipped with the package, named by the year it was published.
 *
 * @example
 * const id: BuiltinEditionId = "2025";
 * EDITIONS[id].title; // "Defence Expenditure of NATO Countries (2014-2025)"
 */
export type BuiltinEditionId = "2026" | "2025";

/**
 * An edition id, four digits ("2026"). A plain string, since a user's own figures may name editions the
 * package does not ship; `EditionIdSchema` (in `@nato/core/schemas`) checks the form.
 *
 * @example
 * const id: EditionId = dataset2026().edition.id; // "2026"
 */
export type EditionId = string;

/**
 * An edition's metadata: where and when NATO published it, its data cut-off, the years it covers and
 * which are estimates, and how its figures reached this package.
 *
 * @example
 * const edition: Edition = dataset2025().edition;
 * edition.dataCutOff; // "2025-06-03"
 */
export interface Edition {
  readonly id: EditionId;
  readonly title: string;
  /** Who published the figures: "NATO" for the editions shipped with the package. */
  readonly publisher: "NATO";
  /** ISO date of publication. */
  readonly publishedOn: string;
  /** ISO date of NATO's data cut-off. */
  readonly dataCutOff: string;
  readonly url: string;
  /** First and last year the edition covers. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Years NATO marks as estimates ("2025e"). */
  readonly estimateYears: readonly number[];
  /** Metrics the edition ships in this package (earlier editions: share of GDP only). */
  readonly metrics: readonly string[];
  /** How the figures reached this package. */
  readonly source: string;
  readonly notes: readonly string[];
}
