import { deepFreeze } from "../internal/freeze.js";
/**
 * Every figure NATO publishes per Ally and year, named with its unit.
 *
 * @category Metrics
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
  "expenditureUsdConstant2015M",
  "realGdpUsdConstant2015Bn",
  "expenditurePerCapitaUsd2015",
  "expenditureNcCurrentM",
  "expenditureNcConstant2015M",
  "annualRealChangePct",
  "gdpUsdCurrentBn",
  "gdpPerCapitaUsd2015",
] as const);

/**
 * The name of a published figure, e.g. `"shareOfGdpPct"`; also the field of an `Observation` that holds it.
 *
 * @category Metrics
 * @example
 * const metric: Metric = "expenditureUsdCurrentM";
 * observationOf(dataset2026_07(), "NATO", 2026)?.[metric]; // 1809915 (million US dollars, 2026e)
 */
export type Metric = (typeof METRICS)[number];

/**
 * The unit of a metric: percent of GDP, percent of defence expenditure, million or billion US dollars,
 * US dollars, million national currency units, a change in percent, or thousands of people. Formatters choose how to write a figure by it.
 *
 * @category Metrics
 * @example
 * formatMetricValue(1809915, METRIC_INFO.expenditureUsdCurrentM.unit); // "$1.81 tn"
 */
export type MetricUnit =
  | "pct-of-gdp"
  | "pct-of-expenditure"
  | "pct-change"
  | "usd-m"
  | "usd-bn"
  | "usd"
  | "nc-m"
  | "thousands";

/**
 * What a metric is: its label, unit and price basis, NATO's definition, and its names on the command
 * line, in URLs and in CSV files.
 *
 * @category Metrics
 * @example
 * const info: MetricInfo = METRIC_INFO.shareOfGdpPct;
 * info.csvColumn; // "share_gdp_pct"
 */
export interface MetricInfo {
  readonly metric: Metric;
  /** A short label for tables. */
  readonly label: string;
  /** A shorter header for narrow tables, such as a terminal's 60 columns ("GDP share", "Spend 2021$"). */
  readonly shortLabel: string;
  readonly unit: MetricUnit;
  /**
   * Price basis of money figures: constant-price money of different bases (2015, 2021) is held in different
   * metrics and never compared.
   */
  readonly prices?: "current" | "constant-2015" | "constant-2021";
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
 * @category Metrics
 * @example
 * METRIC_INFO.expenditureUsdCurrentM.unit; // "usd-m"
 * METRIC_INFO.expenditureUsdCurrentM.prices; // "current"
 */
export const METRIC_INFO: Readonly<Record<Metric, MetricInfo>> = /* @__PURE__ */ deepFreeze({
  shareOfGdpPct: {
    metric: "shareOfGdpPct",
    label: "Share of GDP",
    shortLabel: "GDP share",
    unit: "pct-of-gdp",
    definition: "Defence expenditure as a share of real GDP (Table 3; based on 2021 prices).",
    slug: "share",
    csvColumn: "share_gdp_pct",
  },
  equipmentSharePct: {
    metric: "equipmentSharePct",
    label: "Equipment share",
    shortLabel: "Equipment",
    unit: "pct-of-expenditure",
    definition:
      "Major equipment, including related research and development, as a share of defence expenditure (Table 8a).",
    slug: "equipment",
    csvColumn: "equipment_share_pct",
  },
  personnelSharePct: {
    metric: "personnelSharePct",
    label: "Personnel share",
    shortLabel: "Personnel",
    unit: "pct-of-expenditure",
    definition: "Personnel, including pensions, as a share of defence expenditure (Table 8a).",
    slug: "personnel-share",
    csvColumn: "personnel_share_pct",
  },
  infrastructureSharePct: {
    metric: "infrastructureSharePct",
    label: "Infrastructure share",
    shortLabel: "Infra.",
    unit: "pct-of-expenditure",
    definition: "Infrastructure as a share of defence expenditure (Table 8b).",
    slug: "infrastructure",
    csvColumn: "infrastructure_share_pct",
  },
  otherSharePct: {
    metric: "otherSharePct",
    label: "Other share",
    shortLabel: "Other",
    unit: "pct-of-expenditure",
    definition: "Operations, maintenance and other expenditure as a share of defence expenditure (Table 8b).",
    slug: "other",
    csvColumn: "other_share_pct",
  },
  expenditureUsdCurrentM: {
    metric: "expenditureUsdCurrentM",
    label: "Spend (current $)",
    shortLabel: "Spend",
    unit: "usd-m",
    prices: "current",
    definition: "Defence expenditure in million US dollars, current prices and exchange rates (Table 2).",
    slug: "spend",
    csvColumn: "expenditure_usd_current_m",
  },
  expenditureUsdConstant2021M: {
    metric: "expenditureUsdConstant2021M",
    label: "Spend (2021 $)",
    shortLabel: "Spend 2021$",
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
    shortLabel: "GDP 2021$",
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
    shortLabel: "Per capita",
    unit: "usd",
    prices: "constant-2021",
    definition: "Defence expenditure per capita in US dollars, 2021 prices and exchange rates (Table 6).",
    slug: "per-capita",
    csvColumn: "expenditure_per_capita_usd_2021",
  },
  militaryPersonnelThousands: {
    metric: "militaryPersonnelThousands",
    label: "Military personnel (k)",
    shortLabel: "Troops",
    unit: "thousands",
    definition: "Military personnel in thousands (Table 7).",
    slug: "personnel",
    csvColumn: "military_personnel_thousands",
  },
  expenditureUsdConstant2015M: {
    metric: "expenditureUsdConstant2015M",
    label: "Spend (2015 $)",
    shortLabel: "Spend 2015$",
    unit: "usd-m",
    prices: "constant-2015",
    definition:
      "Defence expenditure in million US dollars, constant 2015 prices and exchange rates (Table 2 of the editions up to 2024; not comparable with 2021 prices).",
    slug: "spend-2015",
    csvColumn: "expenditure_usd_constant_2015_m",
  },
  realGdpUsdConstant2015Bn: {
    metric: "realGdpUsdConstant2015Bn",
    label: "Real GDP (2015 $)",
    shortLabel: "GDP 2015$",
    unit: "usd-bn",
    prices: "constant-2015",
    definition:
      "Gross domestic product in billion US dollars, constant 2015 prices and exchange rates (Table 5 of the editions up to 2024).",
    slug: "gdp-2015",
    csvColumn: "real_gdp_usd_constant_2015_bn",
  },
  expenditurePerCapitaUsd2015: {
    metric: "expenditurePerCapitaUsd2015",
    label: "Per capita (2015 $)",
    shortLabel: "Per cap. 2015$",
    unit: "usd",
    prices: "constant-2015",
    definition:
      "Defence expenditure per capita in US dollars, 2015 prices and exchange rates (Table 6 of the editions up to 2024).",
    slug: "per-capita-2015",
    csvColumn: "expenditure_per_capita_usd_2015",
  },
  expenditureNcCurrentM: {
    metric: "expenditureNcCurrentM",
    label: "Spend (national currency)",
    shortLabel: "Spend (nat.)",
    unit: "nc-m",
    prices: "current",
    definition:
      "Defence expenditure in million national currency units, current prices (Table 1); each Ally's own currency, so not comparable across Allies.",
    slug: "spend-nc",
    csvColumn: "expenditure_nc_current_m",
  },
  expenditureNcConstant2015M: {
    metric: "expenditureNcConstant2015M",
    label: "Spend (national currency, 2015 prices)",
    shortLabel: "Spend (nat.) 2015",
    unit: "nc-m",
    prices: "constant-2015",
    definition:
      "Defence expenditure in million national currency units, constant 2015 prices (Table 1 of the editions up to 2024).",
    slug: "spend-nc-2015",
    csvColumn: "expenditure_nc_constant_2015_m",
  },
  annualRealChangePct: {
    metric: "annualRealChangePct",
    label: "Real change (NATO)",
    shortLabel: "Real chg. (NATO)",
    unit: "pct-change",
    definition:
      "Annual real change of defence expenditure in percent, as NATO publishes it (Table 3), based on the edition's constant prices.",
    slug: "annual-real-change",
    csvColumn: "annual_real_change_pct",
  },
  gdpUsdCurrentBn: {
    metric: "gdpUsdCurrentBn",
    label: "GDP (current $)",
    shortLabel: "GDP",
    unit: "usd-bn",
    prices: "current",
    definition:
      "Gross domestic product in billion US dollars, current prices and exchange rates (Table 5; NATO publishes millions).",
    slug: "gdp-current",
    csvColumn: "gdp_usd_current_bn",
  },
  gdpPerCapitaUsd2015: {
    metric: "gdpPerCapitaUsd2015",
    label: "GDP per capita (2015 $)",
    shortLabel: "GDP/cap. 2015$",
    unit: "usd",
    prices: "constant-2015",
    definition:
      "GDP per capita in US dollars, 2015 prices and exchange rates (Table 6 of the editions up to 2024; NATO publishes thousands).",
    slug: "gdp-per-capita-2015",
    csvColumn: "gdp_per_capita_usd_2015",
  },
});

/**
 * True when `value` is the name of a metric.
 *
 * @category Metrics
 * @example
 * isMetric("shareOfGdpPct"); // true
 */
export function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}
