import { type Dataset, observationOf } from "../models/dataset.js";
import type { EntityCode } from "../models/observation.js";
import { clean } from "../rules/evaluate.js";

/**
 * Real year-on-year change of defence expenditure (constant 2021 prices), in percent; null when either
 * year has no figure.
 *
 * @example
 * realChangePct(dataset2026_07(), "POL", 2025); // change from 2024 to 2025 in constant prices
 */
export function realChangePct(dataset: Dataset, code: EntityCode, year: number): number | null {
  const now = observationOf(dataset, code, year)?.expenditureUsdConstant2021M;
  const before = observationOf(dataset, code, year - 1)?.expenditureUsdConstant2021M;
  if (typeof now !== "number" || typeof before !== "number" || before <= 0) return null;
  return clean(((now - before) / before) * 100);
}
