import { deepFreeze } from "../internal/freeze.js";
/**
 * Every figure NATO publishes per Ally and year, named with its unit.
 *
 * @example
 * METRICS.map((metric) => METRIC_INFO[metric].slug); // ["share", "equipment", "personnel-share", ...]
 */
export const METRICS = /* @__PURE__ */ deepFreeze([
  "shareOfGdpPct",
  "equipmentSharePct",
  "personnelSharePct",
  "infrastructureSharePct",
  "otherSharePct",
  "expenditureUsdCurrentM",
  "expenditureUsdConstant2021M",
  "realGdpUsdConstant2021Bn",
  "expenditurePerCapitaUsd2021",
  "militaryPersonnelThousands",
] as const);

/**
 * The name of a published figure, e.g. `"shareOfGdpPct"`; also the field of an `Observation` that holds it.
 *
 * @example
 * const metric: Metric = "expenditureUsdCurrentM";
 * observationOf(dataset2026_07(), "NATO", 2026)?.[metric]; // 1809915 (million US dollars, 2026e)
 */
export type Metric = (typeof METRICS)[number];

/**
 * The unit of a metric: percent of GDP, percent of defence expenditure, million or billion US dollars,
 * US dollars, or thousands of people. Formatters choose how to write a figure by it.
 *
 * @example
 * formatMetricValue(1809915, METRIC_INFO.expenditureUsdCurrentM.unit); // "$1.81 tn"
 */
export type MetricUnit = "pct-of-gdp" | "pct-of-expenditure" | "usd-m" | "usd-bn" | "usd" | "thousands";

/**
 * What a metric is: its label, unit and price basis, NATO's definition, and its names on the command
 * line, in URLs and in CSV files.
 *
 * @example
 * const info: MetricInfo = METRIC_INFO.shareOfGdpPct;
 * info.csvColumn; // "share_gdp_pct"
 */
export interface MetricInfo {
  readonly metric: Metric;
  /** A short label for tables. */
  readonly label: string;
  readonly unit: MetricUnit;
  /** Price basis of money figures. */
  readonly prices?: "current" | "constant-2021";
  /** NATO's table the figure comes from and what it includes. */
  readonly definition: string;
  /** The short name the CLI and URLs accept (`share`, `equipment`, ...). */
  readonly slug: string;
  /** The column name in CSV files, as in NATO's compiled tables. */
  readonly csvColumn: string;
}

/**
 * Labels, units and definitions of every metric.
 *
 * @example
 * METRIC_INFO.expenditureUsdCurrentM.unit; // "usd-m"
 * METRIC_INFO.expenditureUsdCurrentM.prices; // "current"
 */
export const METRIC_INFO: Readonly<Record<Metric, MetricInfo>> = /* @__PURE__ */ deepFreeze({
  shareOfGdpPct: {
    metric: "shareOfGdpPct",
    label: "Share of GDP",
    unit: "pct-of-gdp",
    definition: "Defence expenditure as a share of real GDP (Table 3; based on 2021 prices).",
    slug: "share",
    csvColumn: "share_gdp_pct",
  },
  equipmentSharePct: {
    metric: "equipmentSharePct",
    label: "Equipment share",
    unit: "pct-of-expenditure",
    definition:
      "Major equipment, including related research and development, as a share of defence expenditure (Table 8a).",
    slug: "equipment",
    csvColumn: "equipment_share_pct",
  },
  personnelSharePct: {
    metric: "personnelSharePct",
    label: "Personnel share",
    unit: "pct-of-expenditure",
    definition: "Personnel, including pensions, as a share of defence expenditure (Table 8a).",
    slug: "personnel-share",
    csvColumn: "personnel_share_pct",
  },
  infrastructureSharePct: {
    metric: "infrastructureSharePct",
    label: "Infrastructure share",
    unit: "pct-of-expenditure",
    definition: "Infrastructure as a share of defence expenditure (Table 8b).",
    slug: "infrastructure",
    csvColumn: "infrastructure_share_pct",
  },
  otherSharePct: {
    metric: "otherSharePct",
    label: "Other share",
    unit: "pct-of-expenditure",
    definition: "Operations, maintenance and other expenditure as a share of defence expenditure (Table 8b).",
    slug: "other",
    csvColumn: "other_share_pct",
  },
  expenditureUsdCurrentM: {
    metric: "expenditureUsdCurrentM",
    label: "Spend (current $)",
    unit: "usd-m",
    prices: "current",
    definition: "Defence expenditure in million US dollars, current prices and exchange rates (Table 2).",
    slug: "spend",
    csvColumn: "expenditure_usd_current_m",
  },
  expenditureUsdConstant2021M: {
    metric: "expenditureUsdConstant2021M",
    label: "Spend (2021 $)",
    unit: "usd-m",
    prices: "constant-2021",
    definition:
      "Defence expenditure in million US dollars, constant 2021 prices and exchange rates (Table 2).",
    slug: "spend-2021",
    csvColumn: "expenditure_usd_constant_2021_m",
  },
  realGdpUsdConstant2021Bn: {
    metric: "realGdpUsdConstant2021Bn",
    label: "Real GDP (2021 $)",
    unit: "usd-bn",
    prices: "constant-2021",
    definition:
      "Gross domestic product in billion US dollars, constant 2021 prices and exchange rates (Table 5; NATO publishes millions).",
    slug: "gdp",
    csvColumn: "real_gdp_usd_constant_2021_bn",
  },
  expenditurePerCapitaUsd2021: {
    metric: "expenditurePerCapitaUsd2021",
    label: "Per capita (2021 $)",
    unit: "usd",
    prices: "constant-2021",
    definition: "Defence expenditure per capita in US dollars, 2021 prices and exchange rates (Table 6).",
    slug: "per-capita",
    csvColumn: "expenditure_per_capita_usd_2021",
  },
  militaryPersonnelThousands: {
    metric: "militaryPersonnelThousands",
    label: "Military personnel (k)",
    unit: "thousands",
    definition: "Military personnel in thousands (Table 7).",
    slug: "personnel",
    csvColumn: "military_personnel_thousands",
  },
});

/**
 * True when `value` is the name of a metric.
 *
 * @example
 * isMetric("shareOfGdpPct"); // true
 */
export function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}
