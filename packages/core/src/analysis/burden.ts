import { ALLIES } from "../data/allies.js";
import { type Dataset, observationOf } from "../models/dataset.js";
import type { EntityCode } from "../models/observation.js";
import { clean } from "../rules/evaluate.js";

/**
 * One Ally's (or group's) part of NATO's total defence expenditure in one year.
 *
 * @category Analyses
 * @example
 * const us: BurdenShare = burdenSharing(dataset2026_07(), 2026).unitedStates;
 * us.spendUsdM; // 1032849 (2026e, million US dollars, current prices), about 57% of 1809915
 */
export interface BurdenShare {
  readonly code: EntityCode;
  /** Defence expenditure, million US dollars, at the prices of the `BurdenSharing` it belongs to. */
  readonly spendUsdM: number | null;
  /** Share of the NATO total, in percent. */
  readonly sharePct: number | null;
}

/**
 * Who carries NATO's defence spending in one year: the total, the United States against Europe and
 * Canada, and each Ally's share, all in million US dollars at one price basis.
 *
 * @category Analyses
 * @example
 * const b: BurdenSharing = burdenSharing(dataset2026_07(), 2026);
 * b.natoTotalUsdM; // 1809915 (2026e, current prices)
 * b.europeAndCanada.spendUsdM; // 777066
 */
export interface BurdenSharing {
  readonly year: number;
  readonly edition: string;
  readonly estimate: boolean;
  /** The price basis of every money figure here. */
  readonly prices: "current" | "constant-2021";
  /** NATO Total as NATO publishes it. */
  readonly natoTotalUsdM: number | null;
  readonly unitedStates: BurdenShare;
  /** NATO Europe and Canada as NATO publishes it. */
  readonly europeAndCanada: BurdenShare;
  /** Each member's share, largest first; Allies without figures last. */
  readonly allies: readonly BurdenShare[];
}

/**
 * Who carries the burden: each member's share of NATO's total defence expenditure in a year, and the
 * United States against Europe and Canada, from NATO's published aggregates.
 *
 * @category Analyses
 * @example
 * burdenSharing(dataset2026_07(), 2026).unitedStates.sharePct; // about 57
 */
export function burdenSharing(
  dataset: Dataset,
  year: number,
  prices: "current" | "constant-2021" = "current",
): BurdenSharing {
  const field = prices === "current" ? "expenditureUsdCurrentM" : "expenditureUsdConstant2021M";
  const total = observationOf(dataset, "NATO", year)?.[field] ?? null;
  const share = (code: EntityCode, spend: number | null | undefined): BurdenShare => ({
    code,
    spendUsdM: spend ?? null,
    sharePct: spend == null || !total ? null : clean((spend / total) * 100),
  });
  const allies = ALLIES.filter((a) => a.accessionYear <= year)
    .map((a) => share(a.code, observationOf(dataset, a.code, year)?.[field]))
    .sort((a, b) => (b.spendUsdM ?? -1) - (a.spendUsdM ?? -1));
  return {
    year,
    edition: dataset.edition.id,
    estimate: dataset.edition.estimateYears.includes(year),
    prices,
    natoTotalUsdM: total,
    unitedStates: share("USA", observationOf(dataset, "USA", year)?.[field]),
    europeAndCanada: share("NATO_EU_CA", observationOf(dataset, "NATO_EU_CA", year)?.[field]),
    allies,
  };
}
