// Which band of share of GDP an Ally falls in, read off core's verdicts on the 2%, 3.5% and 5% rules.
// The map colours and the legend use the same bands.
import {
  type Ally,
  allyVerdict,
  customRule,
  type Dataset,
  HAGUE_CORE,
  observationOf,
  type Rule,
  type RuleResult,
  TWO_PERCENT,
} from "@nato/core";

export type Band = "not-applicable" | "no-data" | "below-2" | "2" | "3.5" | "5";

/** Share of GDP of 5% or more, judged on core defence spending alone (NATO publishes nothing else). */
export const FIVE_PERCENT_CORE: Rule = customRule({ threshold: 5, name: "5% of GDP on core defence" });

/** The band's legend text. */
export const BAND_LABELS: Readonly<Record<Band, string>> = {
  "below-2": "below 2%",
  "2": "2% to under 3.5%",
  "3.5": "3.5% to under 5%",
  "5": "5% or more",
  "not-applicable": "not applicable (no armed forces)",
  "no-data": "no data",
};

/** The order bands are listed in, lowest first. */
export const BAND_ORDER: readonly Band[] = ["below-2", "2", "3.5", "5", "not-applicable", "no-data"];

/** The band from three verdicts (2%, 3.5%, 5%) of one Ally and year. */
export function bandOf(two: RuleResult, core: RuleResult, five: RuleResult): Band {
  if (two.status === "not-applicable") return "not-applicable";
  if (two.status === "no-data") return "no-data";
  if (five.status === "met") return "5";
  if (core.status === "met") return "3.5";
  if (two.status === "met") return "2";
  return "below-2";
}

export interface AllyBand {
  readonly code: Ally["code"];
  readonly name: string;
  readonly band: Band;
  readonly shareOfGdpPct: number | null;
  readonly estimate: boolean;
}

/** Every Ally's band in `year`, with its share of GDP. */
export function allyBands(dataset: Dataset, allies: readonly Ally[], year: number): AllyBand[] {
  return allies.map((ally) => {
    const two = allyVerdict(dataset, TWO_PERCENT, ally, year);
    const core = allyVerdict(dataset, HAGUE_CORE, ally, year);
    const five = allyVerdict(dataset, FIVE_PERCENT_CORE, ally, year);
    const o = observationOf(dataset, ally.code, year);
    return {
      code: ally.code,
      name: ally.name,
      band: bandOf(two, core, five),
      shareOfGdpPct: o?.shareOfGdpPct ?? null,
      estimate: o?.estimate ?? false,
    };
  });
}
