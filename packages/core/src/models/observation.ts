import { type AggregateCode, isAggregateCode } from "./aggregate.js";
import { type AllyCode, isAllyCode } from "./ally.js";
import type { EditionId } from "./edition.js";

/**
 * An Ally or one of NATO's aggregates: what a dataset has rows for.
 *
 * @category Allies
 * @example
 * const code: EntityCode = "NATO";
 * observationOf(dataset2026_07(), code, 2026)?.shareOfGdpPct; // 2.86
 */
export type EntityCode = AllyCode | AggregateCode;

/**
 * True when `value` is an Ally's alpha-3 code or one of NATO's aggregate codes: what a dataset has rows for.
 *
 * @category Allies
 * @example
 * isEntityCode("NATO_EU_CA"); // true
 * isEntityCode("UKR"); // false
 */
export function isEntityCode(value: unknown): value is EntityCode {
  return isAllyCode(value) || isAggregateCode(value);
}

/**
 * One row of a dataset: an Ally's or aggregate's figures for one year in one edition, each metric in the
 * unit its name says; `null` means no data.
 *
 * @category Allies
 * @example
 * const o: Observation | undefined = observationOf(dataset2026_07(), "POL", 2025);
 * o?.shareOfGdpPct; // 4.25 (o.estimate is true: NATO's 2025e)
 */
export interface Observation {
  readonly code: EntityCode;
  readonly year: number;
  readonly edition: EditionId;
  /** NATO marks the figure as an estimate ("2025e"). */
  readonly estimate: boolean;
  /** Defence expenditure as a share of real GDP, in percent. */
  readonly shareOfGdpPct: number | null;
  /** Major equipment (with related R&D), in percent of defence expenditure. */
  readonly equipmentSharePct: number | null;
  /** Personnel (with pensions), in percent of defence expenditure. */
  readonly personnelSharePct: number | null;
  /** Infrastructure, in percent of defence expenditure. */
  readonly infrastructureSharePct: number | null;
  /** Operations, maintenance and other, in percent of defence expenditure. */
  readonly otherSharePct: number | null;
  /** Million US dollars, current prices and exchange rates. */
  readonly expenditureUsdCurrentM: number | null;
  /** Million US dollars, constant 2021 prices and exchange rates. */
  readonly expenditureUsdConstant2021M: number | null;
  /** Real GDP, billion US dollars, constant 2021 prices. */
  readonly realGdpUsdConstant2021Bn: number | null;
  /** US dollars per inhabitant, constant 2021 prices. */
  readonly expenditurePerCapitaUsd2021: number | null;
  /** Military personnel, thousands. */
  readonly militaryPersonnelThousands: number | null;
  /** Million US dollars, constant 2015 prices and exchange rates (editions up to 2024). */
  readonly expenditureUsdConstant2015M: number | null;
  /** Real GDP, billion US dollars, constant 2015 prices (editions up to 2024). */
  readonly realGdpUsdConstant2015Bn: number | null;
  /** US dollars per inhabitant, constant 2015 prices (editions up to 2024). */
  readonly expenditurePerCapitaUsd2015: number | null;
  /** Million national currency units, current prices. */
  readonly expenditureNcCurrentM: number | null;
  /** Million national currency units, constant 2015 prices (editions up to 2024). */
  readonly expenditureNcConstant2015M: number | null;
  /** Annual real change of defence expenditure as NATO publishes it, in percent. */
  readonly annualRealChangePct: number | null;
  /** GDP, billion US dollars, current prices and exchange rates. */
  readonly gdpUsdCurrentBn: number | null;
  /** GDP per capita, US dollars, constant 2015 prices (editions up to 2024). */
  readonly gdpPerCapitaUsd2015: number | null;
  /** Where a figure's source differs from the edition's main source, it is named here. */
  readonly note?: string;
}
