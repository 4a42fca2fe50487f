import { deepFreeze } from "../internal/freeze.js";
import type { BuiltinEditionId, NatoEdition } from "../models/edition.js";
import { METRICS } from "../models/metric.js";

const COMMON_NOTES = [
  "Defence expenditure is what a national government (not regional or local authorities) pays specifically to meet the needs of its armed forces, those of Allies or of the Alliance, under NATO's agreed definition.",
  "Equipment includes major equipment and research and development devoted to it; personnel includes pensions.",
  "Constant-price figures are in 2021 prices and exchange rates. Share of GDP is based on 2021 prices.",
  "A year is the fiscal year that holds most of its months: 2025 is fiscal year 2025/2026 for Canada and the United Kingdom.",
  "Iceland has no armed forces; NATO publishes no defence figures for it.",
  "NATO's aggregates count an Ally only from its accession year (Montenegro 2017, North Macedonia 2020, Finland 2023, Sweden 2024).",
];

/**
 * NATO's 2026 edition (2014-2026), the default. 2025 and 2026 are estimates.
 *
 * @example
 * EDITION_2026.estimateYears; // [2025, 2026]
 */
export const EDITION_2026: NatoEdition = /* @__PURE__ */ deepFreeze({
  id: "2026",
  // From 2026 NATO titles the release "Defence Investment of NATO Countries"; earlier ones keep their own title.
  title: "Defence Investment of NATO Countries (2014-2026)",
  publisher: "NATO",
  publishedOn: "2026-07-10",
  dataCutOff: "2026-07-03",
  url: "https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2026-en.xlsx",
  firstYear: 2014,
  lastYear: 2026,
  estimateYears: [2025, 2026],
  metrics: [...METRICS],
  source:
    "NATO's workbook def-exp-2026-en.xlsx (Tables 2, 3, 5, 6, 7, 8a, 8b), read through a machine extraction of it and cross-checked against independent parses of the same workbook. Real GDP is published in million US dollars and is given here in billions (divided by 1,000); nothing else was changed.",
  notes: [
    "The 2026 edition reports core defence expenditure, the basis of The Hague's 3.5 % commitment, and restates the whole 2014-2025 series.",
    ...COMMON_NOTES,
    "Luxembourg's GDP drops sharply from 2023 in this edition; its share of GDP from 2023 on is not directly comparable with earlier years.",
    "NATO publishes no equipment, personnel, infrastructure or other shares for its aggregates, and none of the last three for the Netherlands and Portugal in 2026.",
  ],
});

/**
 * NATO's 2025 edition (2014-2025), superseded; its share-of-GDP series only. 2024 and 2025 are estimates.
 *
 * @example
 * EDITION_2025.metrics; // ["shareOfGdpPct"]
 */
export const EDITION_2025: NatoEdition = /* @__PURE__ */ deepFreeze({
  id: "2025",
  title: "Defence Expenditure of NATO Countries (2014-2025)",
  publisher: "NATO",
  publishedOn: "2025-08-28",
  dataCutOff: "2025-06-03",
  url: "https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2025-en.pdf",
  firstYear: 2014,
  lastYear: 2025,
  estimateYears: [2024, 2025],
  metrics: ["shareOfGdpPct"],
  source:
    "Share of GDP 2014-2024e: NATO's 2025 workbook (Table 3) as transcribed in namanjain92/NATO-Analytics data/defence_per.csv, rounded half-up to two decimals and checked against two independent transcriptions. 2025e: only where a report gave NATO's figure; each such value names its source.",
  notes: [
    ...COMMON_NOTES,
    "Only the share of GDP of this edition is included. 2025e is missing for Germany (sources disagree whether NATO published it), Finland, Montenegro, the Netherlands, the Slovak Republic, Slovenia and Sweden.",
  ],
});

/**
 * Every edition shipped with the package, newest first.
 *
 * @example
 * EDITIONS["2025"].dataCutOff; // "2025-06-03"
 */
export const EDITIONS: Readonly<Record<BuiltinEditionId, NatoEdition>> = /* @__PURE__ */ deepFreeze({
  "2026": EDITION_2026,
  "2025": EDITION_2025,
});

/**
 * The edition used when none is named.
 *
 * @example
 * getDataset(LATEST_EDITION_ID) === getDataset(); // true
 */
export const LATEST_EDITION_ID: BuiltinEditionId = "2026";

/**
 * The editions shipped with the package, newest first.
 *
 * @example
 * EDITION_IDS.map((id) => EDITIONS[id].lastYear); // [2026, 2025]
 */
export const EDITION_IDS: readonly BuiltinEditionId[] = /* @__PURE__ */ deepFreeze(["2026", "2025"]);
