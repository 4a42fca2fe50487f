import { ALLIES } from "../data/allies.js";
import type { AllyCode } from "../models/ally.js";
import { type Dataset, observationOf } from "../models/dataset.js";
import type { Metric } from "../models/metric.js";
import { realChangePct } from "./real-change.js";

/**
 * What a ranking can sort by: any published metric, or the real change over the year before.
 *
 * @category Analyses
 * @example
 * const metric: RankingMetric = "realChangePct";
 * rankAllies(dataset2026_07(), metric, 2026)[0]?.code; // "ALB" (about +50% in real terms, 2026e)
 */
export type RankingMetric = Metric | "realChangePct";

/**
 * One Ally's place in a ranking, with the value it was ranked by.
 *
 * @category Analyses
 * @example
 * const top: RankingEntry | undefined = rankAllies(dataset2026_07(), "shareOfGdpPct", 2026)[0];
 * // { code: "LTU", value: 5.33, estimate: true, rank: 1 }
 */
export interface RankingEntry {
  /** 1 for the highest (or lowest, ascending); equal values share a rank. Null when there is no value. */
  readonly rank: number | null;
  readonly code: AllyCode;
  readonly value: number | null;
  readonly estimate: boolean;
}

/**
 * How `rankAllies` orders and which Allies it includes.
 *
 * @category Analyses
 * @example
 * const lowestFirst: RankingOptions = { order: "asc" };
 * rankAllies(dataset2026_07(), "shareOfGdpPct", 2026, lowestFirst)[0]; // { code: "SVN", value: 1.61, estimate: true, rank: 1 }
 */
export interface RankingOptions {
  /** `"desc"` (default): highest first; `"asc"`: lowest first. */
  readonly order?: "desc" | "asc";
  /** `"members"` (default): Allies that were members that year; `"all"`: every Ally. */
  readonly allies?: "members" | "all";
}

/**
 * Allies ranked by a metric in one year. Allies with no value (Iceland, gaps) come last, unranked.
 *
 * @category Analyses
 * @example
 * rankAllies(dataset2026_07(), "shareOfGdpPct", 2026)[0].code; // the highest spender as a share of GDP
 */
export function rankAllies(
  dataset: Dataset,
  metric: RankingMetric,
  year: number,
  options: RankingOptions = {},
): RankingEntry[] {
  const direction = options.order === "asc" ? 1 : -1;
  const allies = options.allies === "all" ? ALLIES : ALLIES.filter((a) => a.accessionYear <= year);
  const rows = allies.map((ally) => {
    const observation = observationOf(dataset, ally.code, year);
    const value =
      metric === "realChangePct" ? realChangePct(dataset, ally.code, year) : (observation?.[metric] ?? null);
    return { code: ally.code, value, estimate: observation?.estimate ?? false };
  });
  const valued = rows
    .filter((r) => r.value !== null)
    .sort((a, b) => direction * ((a.value as number) - (b.value as number)));
  const ranked: RankingEntry[] = [];
  valued.forEach((row, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.value === row.value ? previous.rank : i + 1;
    ranked.push({ ...row, rank });
  });
  return [...ranked, ...rows.filter((r) => r.value === null).map((r) => ({ ...r, rank: null }))];
}
