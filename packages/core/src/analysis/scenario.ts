import { ALLIES } from "../data/allies.js";
import type { Dataset } from "../models/dataset.js";
import { datasetYears } from "../models/dataset.js";
import { clean } from "../rules/evaluate.js";
import { type Projection, type ProjectionInput, projectAlly } from "./projection.js";

/**
 * One year of an alliance scenario: the extra spending over holding base-year shares, in million constant
 * 2021 US dollars, for the Alliance, the United States, and Europe and Canada.
 *
 * @example
 * const first: ScenarioYear | undefined = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 }).years[0];
 * first?.year; // 2027
 */
export interface ScenarioYear {
  readonly year: number;
  readonly extraUsdConstant2021M: number;
  readonly unitedStatesExtraUsdConstant2021M: number;
  readonly europeAndCanadaExtraUsdConstant2021M: number;
}

/**
 * Every Ally on a path to the same share of GDP by the same deadline, and what that adds up to: the extra
 * spending per year and in total, in million constant 2021 US dollars.
 *
 * @example
 * const s: Scenario = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 });
 * [s.alreadyMet, s.below]; // [5, 26] (of 32 Allies; Iceland has no path)
 */
export interface Scenario {
  readonly edition: string;
  readonly targetPct: number;
  readonly deadline: number;
  readonly baseYear: number;
  /** `null`: each Ally grows at its own recent average; a number: the same growth for all. */
  readonly gdpGrowthPct: number | null;
  /** One projection per Ally that was a member in the base year, in NATO's table order. */
  readonly allies: readonly Projection[];
  readonly years: readonly ScenarioYear[];
  /** The extra spending summed over the years after the base year, every Ally. */
  readonly totalExtraUsdConstant2021M: number;
  readonly unitedStatesExtraUsdConstant2021M: number;
  readonly europeAndCanadaExtraUsdConstant2021M: number;
  /** Allies at or above the target in the base year. */
  readonly alreadyMet: number;
  /** Allies below it, whose paths add spending. */
  readonly below: number;
}

/**
 * "Every Ally at X % of GDP by year Y": each Ally's path, the extra spending per year and in total over
 * holding today's shares, for the Alliance, the United States, and Europe and Canada (constant 2021 US dollars).
 *
 * @example
 * const s = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 });
 * s.totalExtraUsdConstant2021M; // cumulative extra spend 2027-2035, million 2021 US dollars
 */
export function allianceScenario(dataset: Dataset, input: ProjectionInput): Scenario {
  const years = datasetYears(dataset);
  const baseYear = input.baseYear ?? years[years.length - 1] ?? dataset.edition.lastYear;
  const allies = ALLIES.filter((a) => a.accessionYear <= baseYear).map((a) =>
    projectAlly(dataset, a.code, { ...input, baseYear }),
  );
  const first = allies[0];
  const deadline = first?.deadline ?? input.deadline;
  const byYear: ScenarioYear[] = [];
  for (let year = baseYear + 1; year <= deadline; year++) {
    let us = 0;
    let euCa = 0;
    for (const p of allies) {
      const extra = p.path.find((y) => y.year === year)?.extraUsdConstant2021M ?? 0;
      if (p.code === "USA") us += extra;
      else euCa += extra;
    }
    byYear.push({
      year,
      extraUsdConstant2021M: clean(us + euCa),
      unitedStatesExtraUsdConstant2021M: clean(us),
      europeAndCanadaExtraUsdConstant2021M: clean(euCa),
    });
  }
  const sum = (pick: (y: ScenarioYear) => number) => clean(byYear.reduce((acc, y) => acc + pick(y), 0));
  return {
    edition: dataset.edition.id,
    targetPct: first?.targetPct ?? input.targetPct,
    deadline,
    baseYear,
    gdpGrowthPct: input.gdpGrowthPct ?? null,
    allies,
    years: byYear,
    totalExtraUsdConstant2021M: sum((y) => y.extraUsdConstant2021M),
    unitedStatesExtraUsdConstant2021M: sum((y) => y.unitedStatesExtraUsdConstant2021M),
    europeAndCanadaExtraUsdConstant2021M: sum((y) => y.europeAndCanadaExtraUsdConstant2021M),
    alreadyMet: allies.filter((p) => p.status === "already-met").length,
    below: allies.filter((p) => p.status === "projected").length,
  };
}
