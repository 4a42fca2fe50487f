import { ALLIES } from "../data/allies.js";
import { GROUPINGS } from "../data/groupings.js";
import { editionLabel } from "../format/edition-label.js";
import type { PriceBasis } from "../format/number.js";
import type { Dataset } from "../models/dataset.js";
import { datasetYears, observationOf } from "../models/dataset.js";
import { NatoError } from "../models/error.js";
import type { EntityCode } from "../models/observation.js";
import { clean } from "../rules/evaluate.js";
import { type Projection, type ProjectionInput, projectAlly } from "./projection.js";

/**
 * What a scenario's extra spending is measured against: each Ally's share of GDP in the base year
 * (`"base-year"`, today's shares, the default), the 2% floor for every Ally (`"two-percent"`, as European
 * costings that count from 2% do), or each Ally's share in a past year (`{ year: 2024 }`).
 *
 * @category Analyses
 * @example
 * const from2024: ScenarioBaseline = { year: 2024 };
 */
export type ScenarioBaseline = "base-year" | "two-percent" | { readonly year: number };

/**
 * What an alliance scenario is asked: a projection's input plus the baseline the extra spending is measured
 * against and the price basis of its money.
 *
 * @category Analyses
 * @example
 * const input: ScenarioInput = { targetPct: 3.5, deadline: 2035, baseline: "two-percent", priceBasis: "current" };
 */
export interface ScenarioInput extends ProjectionInput {
  /** Defaults to `"base-year"`: the base year's own shares. */
  readonly baseline?: ScenarioBaseline;
  /**
   * Defaults to `"constant-2021"`. `"current"` converts each Ally's figures at the base year's prices and
   * exchange rates (the ratio of its current to constant spending that year); later inflation is not projected.
   */
  readonly priceBasis?: PriceBasis;
}

/**
 * One year of an alliance scenario: the extra spending over the baseline, in million US dollars at the
 * scenario's price basis, for the Alliance and each grouping.
 *
 * @category Analyses
 * @example
 * const first: ScenarioYear | undefined = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 }).years[0];
 * first?.year; // 2027
 */
export interface ScenarioYear {
  readonly year: number;
  /** All Allies, million US dollars at the scenario's `priceBasis`. */
  readonly extraUsdM: number;
  readonly unitedStatesExtraUsdM: number;
  readonly europeAndCanadaExtraUsdM: number;
  /** The Allies that are members of the European Union. */
  readonly euMembersExtraUsdM: number;
}

/**
 * Every Ally on a path to the same share of GDP by the same deadline, and what that adds up to over a
 * named baseline, at a named price basis, split by the United States, Europe and Canada, and the EU members.
 * When an Ally with armed forces has no figures, the totals are null and `reason` says why: never a
 * silent zero.
 *
 * @category Analyses
 * @example
 * const s: Scenario = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 });
 * [s.alreadyMet, s.below, s.noData]; // [5, 26, 0] (of 31 Allies with armed forces)
 */
export interface Scenario {
  /** `"computed"`, or `"no-data"` when the edition lacks the figures a path needs. */
  readonly status: "computed" | "no-data";
  /** Why there are no totals, for "no-data". */
  readonly reason: string | null;
  readonly edition: string;
  readonly targetPct: number;
  readonly deadline: number;
  readonly baseYear: number;
  readonly baseEstimate: boolean;
  /** `null`: each Ally grows at its own recent median; a number: the same growth for all. */
  readonly gdpGrowthPct: number | null;
  readonly baseline: ScenarioBaseline;
  /** The baseline in words ("2026e shares of GDP", "the 2% floor", "2024 shares of GDP"). */
  readonly baselineLabel: string;
  readonly priceBasis: PriceBasis;
  /** The price basis in words ("constant 2021 US dollars", "US dollars at 2026e prices and exchange rates"). */
  readonly priceLabel: string;
  /** One projection per Ally that was a member in the base year, in NATO's table order. */
  readonly allies: readonly Projection[];
  /**
   * Per Ally: the share of GDP the baseline holds and the factor from constant 2021 dollars to the price
   * basis (1 for constant prices); null for an Ally without a path.
   */
  readonly allyFrames: Readonly<
    Record<string, { readonly baselineSharePct: number; readonly priceFactor: number } | null>
  >;
  /** Each Ally's extra spending summed over the years, at the price basis; null without figures. */
  readonly allyTotalsUsdM: Readonly<Record<string, number | null>>;
  /** Year by year after the base year; empty for "no-data". */
  readonly years: readonly ScenarioYear[];
  /** The extra spending summed over the years after the base year; null for "no-data". */
  readonly totalExtraUsdM: number | null;
  readonly unitedStatesExtraUsdM: number | null;
  readonly europeAndCanadaExtraUsdM: number | null;
  readonly euMembersExtraUsdM: number | null;
  /** Allies at or above the target in the base year. */
  readonly alreadyMet: number;
  /** Allies below it, whose paths add spending. */
  readonly below: number;
  /** Allies with armed forces but no figures to project from. */
  readonly noData: number;
}

function baselineLabelOf(baseline: ScenarioBaseline, baseYear: number, baseEstimate: boolean): string {
  if (baseline === "two-percent") return "the 2% floor";
  const year = baseline === "base-year" ? baseYear : baseline.year;
  const estimate = baseline === "base-year" ? baseEstimate : false;
  return `${year}${estimate ? "e" : ""} shares of GDP`;
}

/**
 * "Every Ally at X % of GDP by year Y": each Ally's path and the extra spending per year and in total over
 * the baseline, for the Alliance, the United States, Europe and Canada, and the EU members. Throws
 * `NatoError` `INVALID_ARGUMENT` for a baseline year outside the data or after the base year.
 *
 * @category Analyses
 * @example
 * const s = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 });
 * s.years.at(-1)?.extraUsdM; // about 408,000 (million constant 2021 US dollars in 2035, over 2026e shares)
 */
export function allianceScenario(dataset: Dataset, input: ScenarioInput): Scenario {
  const years = datasetYears(dataset);
  const baseYear = input.baseYear ?? years[years.length - 1] ?? dataset.edition.lastYear;
  const baseline: ScenarioBaseline = input.baseline ?? "base-year";
  const priceBasis: PriceBasis = input.priceBasis ?? "constant-2021";
  if (typeof baseline === "object") {
    const y = baseline.year;
    if (!Number.isInteger(y) || !years.includes(y) || y > baseYear) {
      throw new NatoError(
        "INVALID_ARGUMENT",
        `Invalid baseline year ${String(y)}: expected a year of the ${editionLabel(dataset.edition)} edition from ${years[0]} to ${baseYear}.`,
        { received: y, expected: `a year from ${years[0]} to ${baseYear}` },
      );
    }
  }
  const members = ALLIES.filter((a) => a.accessionYear <= baseYear);
  const allies = members.map((a) => projectAlly(dataset, a.code, { ...input, baseYear }));
  const first = allies[0];
  const deadline = first?.deadline ?? input.deadline;
  const baseEstimate = dataset.edition.estimateYears.includes(baseYear);
  const head = {
    edition: dataset.edition.id,
    targetPct: first?.targetPct ?? input.targetPct,
    deadline,
    baseYear,
    baseEstimate,
    gdpGrowthPct: input.gdpGrowthPct ?? null,
    baseline,
    baselineLabel: baselineLabelOf(baseline, baseYear, baseEstimate),
    priceBasis,
    priceLabel:
      priceBasis === "current"
        ? `US dollars at ${baseYear}${baseEstimate ? "e" : ""} prices and exchange rates`
        : "constant 2021 US dollars",
    allies,
    alreadyMet: allies.filter((p) => p.status === "already-met").length,
    below: allies.filter((p) => p.status === "projected").length,
  };

  // Per Ally: the share of GDP the baseline holds, and the factor from constant 2021 to the price basis.
  const missing: string[] = [];
  const perAlly = allies.map((p) => {
    if (p.status === "not-applicable") return null;
    if (p.status === "no-data" || p.baseShareOfGdpPct === null) {
      missing.push(p.code);
      return null;
    }
    const baseObs = observationOf(dataset, p.code as EntityCode, baseYear);
    const baseShare =
      baseline === "two-percent"
        ? 2
        : baseline === "base-year"
          ? p.baseShareOfGdpPct
          : (observationOf(dataset, p.code as EntityCode, baseline.year)?.shareOfGdpPct ?? null);
    const current = baseObs?.expenditureUsdCurrentM;
    const constant = baseObs?.expenditureUsdConstant2021M;
    const factor =
      priceBasis === "constant-2021"
        ? 1
        : typeof current === "number" && typeof constant === "number" && constant > 0
          ? current / constant
          : null;
    if (baseShare === null || factor === null) {
      missing.push(p.code);
      return null;
    }
    return { projection: p, baseShare, factor };
  });
  const reasonFor = (codes: readonly string[]): string =>
    `The ${editionLabel(dataset.edition)} edition lacks the figures a path needs (share of GDP and real GDP in ${baseYear}${priceBasis === "current" ? ", current and constant spending" : ""}${typeof baseline === "object" ? `, share of GDP in ${baseline.year}` : ""}) for ${codes.length === members.filter((a) => a.hasArmedForces).length ? "every Ally" : codes.join(", ")}; totals over some Allies only would mislead.`;
  if (missing.length > 0) {
    return {
      ...head,
      status: "no-data",
      reason: reasonFor(missing),
      allyFrames: Object.fromEntries(allies.map((p) => [p.code, null])),
      allyTotalsUsdM: Object.fromEntries(allies.map((p) => [p.code, null])),
      years: [],
      totalExtraUsdM: null,
      unitedStatesExtraUsdM: null,
      europeAndCanadaExtraUsdM: null,
      euMembersExtraUsdM: null,
      noData: missing.length,
    };
  }

  const eu = new Set<string>(GROUPINGS["eu-members"].codes);
  const allyTotals: Record<string, number | null> = {};
  const byYear: ScenarioYear[] = [];
  for (let year = baseYear + 1; year <= deadline; year++) {
    let us = 0;
    let euCa = 0;
    let euMembers = 0;
    for (const entry of perAlly) {
      if (entry === null) continue;
      const y = entry.projection.path.find((p) => p.year === year);
      if (!y) continue;
      const extra =
        (y.spendUsdConstant2021M - (entry.baseShare / 100) * y.realGdpUsdConstant2021Bn * 1000) *
        entry.factor;
      const code = entry.projection.code;
      allyTotals[code] = (allyTotals[code] ?? 0) + extra;
      if (code === "USA") us += extra;
      else euCa += extra;
      if (eu.has(code)) euMembers += extra;
    }
    byYear.push({
      year,
      extraUsdM: clean(us + euCa),
      unitedStatesExtraUsdM: clean(us),
      europeAndCanadaExtraUsdM: clean(euCa),
      euMembersExtraUsdM: clean(euMembers),
    });
  }
  const sum = (pick: (y: ScenarioYear) => number) => clean(byYear.reduce((acc, y) => acc + pick(y), 0));
  return {
    ...head,
    status: "computed",
    reason: null,
    allyFrames: Object.fromEntries(
      allies.map((p, i) => {
        const entry = perAlly[i];
        return [p.code, entry ? { baselineSharePct: entry.baseShare, priceFactor: entry.factor } : null];
      }),
    ),
    allyTotalsUsdM: Object.fromEntries(
      allies.map((p) => [p.code, p.code in allyTotals ? clean(allyTotals[p.code] as number) : null]),
    ),
    years: byYear,
    totalExtraUsdM: sum((y) => y.extraUsdM),
    unitedStatesExtraUsdM: sum((y) => y.unitedStatesExtraUsdM),
    europeAndCanadaExtraUsdM: sum((y) => y.europeAndCanadaExtraUsdM),
    euMembersExtraUsdM: sum((y) => y.euMembersExtraUsdM),
    noData: 0,
  };
}

/**
 * One Ally's extra spending in one year of a scenario, over the scenario's baseline and at its price basis
 * (million US dollars); null for an Ally without a path or a year outside it.
 *
 * @category Analyses
 * @example
 * scenarioAllyExtra(allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 }), "DEU", 2035); // Germany's extra in 2035
 */
export function scenarioAllyExtra(
  scenario: Pick<Scenario, "allies" | "allyFrames">,
  code: string,
  year: number,
): number | null {
  const frame = scenario.allyFrames[code];
  const y = scenario.allies.find((p) => p.code === code)?.path.find((p) => p.year === year);
  if (!frame || !y) return null;
  return clean(
    (y.spendUsdConstant2021M - (frame.baselineSharePct / 100) * y.realGdpUsdConstant2021Bn * 1000) *
      frame.priceFactor,
  );
}
