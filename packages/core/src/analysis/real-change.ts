import { ALLIES } from "../data/allies.js";
import { entityName } from "../data/lookup.js";
import { listNames } from "../format/counts.js";
import { formatChangePct, formatNumber } from "../format/number.js";
import type { AllyCode } from "../models/ally.js";
import { type Dataset, observationOf } from "../models/dataset.js";
import type { EntityCode } from "../models/observation.js";
import { clean } from "../rules/evaluate.js";

/**
 * Real year-on-year change of defence expenditure (constant 2021 prices), in percent; null when either
 * year has no figure. For an aggregate in a year an Ally joined, the change includes the newcomer's
 * spending: `realChange` sets it apart.
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

/** A real change with what it mixes in: for an aggregate, the Allies counted in it for the first time. */
export interface RealChange {
  readonly code: EntityCode;
  readonly year: number;
  /** The change as the figures give it, in percent (for an aggregate, joiners included); null without figures. */
  readonly changePct: number | null;
  /** Allies counted in the aggregate for the first time that year, having joined NATO; empty for an Ally. */
  readonly joined: readonly AllyCode[];
  /** Percentage points of the change that are the joiners' own spending; null when none joined. */
  readonly accessionPoints: number | null;
  /** The change of the Allies counted in both years; equals `changePct` when none joined. */
  readonly likeForLikePct: number | null;
  /** What the change mixes in, in a sentence; null when nothing is mixed in. */
  readonly note: string | null;
}

/**
 * The real change of an Ally or an aggregate, with accessions set apart: NATO counts an Ally in the
 * aggregates from the year it joins, so the aggregate's change that year includes the newcomer's whole
 * spending. NATO Europe and Canada's +19.3% in 2024 includes 3.5 points that are Sweden's.
 *
 * @example
 * const change = realChange(dataset2026_07(), "NATO_EU_CA", 2024);
 * [change.joined, change.accessionPoints, change.likeForLikePct]; // [["SWE"], 3.52, 15.76]
 */
export function realChange(dataset: Dataset, code: EntityCode, year: number): RealChange {
  const changePct = realChangePct(dataset, code, year);
  const inAggregate =
    code === "NATO" ? ALLIES : code === "NATO_EU_CA" ? ALLIES.filter((ally) => ally.europeOrCanada) : [];
  const joined = inAggregate.filter((ally) => ally.accessionYear === year && ally.hasArmedForces);
  const none = {
    code,
    year,
    changePct,
    joined: [],
    accessionPoints: null,
    likeForLikePct: changePct,
    note: null,
  };
  if (joined.length === 0 || changePct === null) return none;
  const spend = (c: EntityCode, y: number) => observationOf(dataset, c, y)?.expenditureUsdConstant2021M;
  const before = spend(code, year - 1) as number;
  const now = spend(code, year) as number;
  const added = joined.map((ally) => spend(ally.code, year));
  if (added.some((value) => typeof value !== "number")) return { ...none, joined: joined.map((a) => a.code) };
  const joinersSpend = (added as number[]).reduce((sum, value) => sum + value, 0);
  const accessionPoints = clean((joinersSpend / before) * 100);
  const likeForLikePct = clean(((now - joinersSpend - before) / before) * 100);
  const names = listNames(joined.map((ally) => ally.name));
  return {
    code,
    year,
    changePct,
    joined: joined.map((ally) => ally.code),
    accessionPoints,
    likeForLikePct,
    note: `${entityName(code)}'s real change in ${year} (${formatChangePct(changePct)}) includes ${names}, counted from ${year}, when ${joined.length === 1 ? "it" : "they"} joined: ${formatNumber(accessionPoints, { digits: 1 })} points of it. The Allies counted in both years changed by ${formatChangePct(likeForLikePct)}.`,
  };
}
