// Rows of the Allies table: core's figures and verdicts for one year, then sorted and filtered for display.
import {
  type Ally,
  allyVerdict,
  type Dataset,
  EQUIPMENT_20,
  HAGUE_CORE,
  membersIn,
  observationOf,
  type RuleResult,
  realChangePct,
  TWO_PERCENT,
} from "@nato/core";
import type { AlliesFilter, AlliesSortKey } from "./params";

export interface AllyRow {
  readonly code: Ally["code"];
  readonly name: string;
  readonly estimate: boolean;
  readonly shareOfGdpPct: number | null;
  readonly expenditureUsdCurrentM: number | null;
  readonly expenditurePerCapitaUsd2021: number | null;
  readonly equipmentSharePct: number | null;
  readonly militaryPersonnelThousands: number | null;
  readonly realChangePct: number | null;
  readonly twoPercent: RuleResult;
  readonly hagueCore: RuleResult;
  readonly equipment20: RuleResult;
}

/** Every Ally that was a member in `year`, in NATO's table order, with its figures and verdicts. */
export function allyRows(dataset: Dataset, year: number): AllyRow[] {
  return membersIn(year).map((ally) => {
    const o = observationOf(dataset, ally.code, year);
    return {
      code: ally.code,
      name: ally.name,
      estimate: o?.estimate ?? dataset.edition.estimateYears.includes(year),
      shareOfGdpPct: o?.shareOfGdpPct ?? null,
      expenditureUsdCurrentM: o?.expenditureUsdCurrentM ?? null,
      expenditurePerCapitaUsd2021: o?.expenditurePerCapitaUsd2021 ?? null,
      equipmentSharePct: o?.equipmentSharePct ?? null,
      militaryPersonnelThousands: o?.militaryPersonnelThousands ?? null,
      realChangePct: realChangePct(dataset, ally.code, year),
      twoPercent: allyVerdict(dataset, TWO_PERCENT, ally, year),
      hagueCore: allyVerdict(dataset, HAGUE_CORE, ally, year),
      equipment20: allyVerdict(dataset, EQUIPMENT_20, ally, year),
    };
  });
}

/** The value a column sorts by. */
export function sortValue(row: AllyRow, key: AlliesSortKey): number | string | null {
  switch (key) {
    case "name":
      return row.name;
    case "share":
      return row.shareOfGdpPct;
    case "spend":
      return row.expenditureUsdCurrentM;
    case "perCapita":
      return row.expenditurePerCapitaUsd2021;
    case "equipment":
      return row.equipmentSharePct;
    case "personnel":
      return row.militaryPersonnelThousands;
    case "realChange":
      return row.realChangePct;
  }
}

/** Sorted by one column; rows without a value (Iceland, gaps) always come last; ties keep NATO's order. */
export function sortRows(rows: readonly AllyRow[], key: AlliesSortKey, order: "asc" | "desc"): AllyRow[] {
  const sign = order === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const diff =
        typeof a.value === "string"
          ? a.value.localeCompare(String(b.value), "en")
          : a.value - (b.value as number);
      return diff === 0 ? a.index - b.index : sign * diff;
    })
    .map((x) => x.row);
}

/** Only the rows the filter asks for, by core's verdicts. */
export function filterRows(rows: readonly AllyRow[], show: AlliesFilter): AllyRow[] {
  const pick: Record<AlliesFilter, (r: AllyRow) => boolean> = {
    all: () => true,
    "meets-2": (r) => r.twoPercent.status === "met",
    "below-2": (r) => r.twoPercent.status === "below",
    "meets-3.5": (r) => r.hagueCore.status === "met",
    "below-3.5": (r) => r.hagueCore.status === "below",
    "meets-equipment": (r) => r.equipment20.status === "met",
    "below-equipment": (r) => r.equipment20.status === "below",
  };
  return rows.filter(pick[show]);
}

/** How each filter reads on the page. */
export const FILTER_LABELS: Readonly<Record<AlliesFilter, string>> = {
  all: "All Allies",
  "meets-2": "Meet 2%",
  "below-2": "Below 2%",
  "meets-3.5": "Meet 3.5%",
  "below-3.5": "Below 3.5%",
  "meets-equipment": "Meet 20% equipment",
  "below-equipment": "Below 20% equipment",
};
