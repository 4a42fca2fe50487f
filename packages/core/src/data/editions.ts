import { deepFreeze } from "../internal/freeze.js";
import type { Edition, NatoEdition } from "../models/edition.js";
import {
  BUILTIN_EDITION_ALIASES,
  BUILTIN_EDITION_IDS,
  type BuiltinEditionId,
} from "../models/edition-ids.js";
import { NatoError } from "../models/error.js";

export { type EditionLabelOptions, editionLabel } from "../format/edition-label.js";

// The one registry of editions. Everything else (CLI, site, tests, docs) asks it for the latest edition or
// names the edition it pins; adding NATO's next edition means one entry here and the generated module of
// its figures (see CONTRIBUTING.md).

const DEFINITION =
  "Defence expenditure is what a national government (not regional or local authorities) pays specifically to meet the needs of its armed forces, those of Allies or of the Alliance, under NATO's agreed definition.";
const CATEGORIES =
  "Equipment includes major equipment and research and development devoted to it; personnel includes pensions.";
const FISCAL_YEAR =
  "A year is the fiscal year that holds most of its months: 2025 is fiscal year 2025/2026 for Canada and the United Kingdom.";
const ICELAND = "Iceland has no armed forces; NATO publishes no defence figures for it, only its GDP.";
const ACCESSION =
  "NATO's aggregates count an Ally only from its accession year (Montenegro 2017, North Macedonia 2020, Finland 2023, Sweden 2024).";
const PRICES_2021 =
  "Constant-price figures are in 2021 prices and exchange rates. Share of GDP is based on 2021 prices.";
const PRICES_2015 =
  "Constant-price figures are in 2015 prices and exchange rates; they cannot be compared with the 2021-price figures of the 2025 and 2026 editions. Shares of GDP, current US dollars, personnel and the category shares can.";
const RESTATED =
  "NATO restates the whole series in each edition: figures differ from those of earlier editions.";

/**
 * NATO's July 2026 edition (2014-2026), the latest. 2025 and 2026 are estimates; core defence expenditure.
 *
 * @category Editions
 * @example
 * EDITION_2026_07.estimateYears; // [2025, 2026]
 */
export const EDITION_2026_07: NatoEdition = /* @__PURE__ */ deepFreeze({
  id: "2026-07",
  aliases: ["2026"],
  title: "Defence Investment of NATO Countries (2014-2026)",
  publisher: "NATO",
  publishedOn: "2026-07-10",
  dataCutOff: "2026-07-03",
  url: "https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2026-en.xlsx",
  firstYear: 2014,
  lastYear: 2026,
  estimateYears: [2025, 2026],
  priceBase: 2021,
  basis: "core-defence-expenditure",
  coverage: "full",
  metrics: [
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
  ],
  source:
    "NATO's workbook def-exp-2026-en.xlsx (Tables 2, 3, 5, 6, 7, 8a, 8b), read through a machine extraction of it and cross-checked against independent parses of the same workbook. Real GDP is published in million US dollars and is given here in billions (divided by 1,000); nothing else was changed.",
  sources: [
    {
      name: "NATO's workbook def-exp-2026-en.xlsx",
      url: "https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2026-en.xlsx",
    },
    {
      name: "machine extraction of the workbook: aiutononesistonousername/leave-the-gun-take-the-cannoli, data/processed/nato_defence.csv (commit 366dedb)",
    },
  ],
  notes: [
    "The 2026 edition reports core defence expenditure, the basis of The Hague's 3.5% commitment, and restates the whole 2014-2025 series: differences from earlier editions are partly this change of basis, not only ordinary revisions.",
    DEFINITION,
    CATEGORIES,
    PRICES_2021,
    FISCAL_YEAR,
    ICELAND,
    ACCESSION,
    "Luxembourg's GDP drops sharply from 2023 in this edition; its share of GDP from 2023 on is not directly comparable with earlier years.",
    "NATO publishes no equipment, personnel, infrastructure or other shares for its aggregates, and none of the last three for the Netherlands and Portugal in 2026.",
  ],
});

/**
 * NATO's August 2025 edition (2014-2025): its share of GDP only, from second-hand transcriptions. 2024 and
 * 2025 are estimates.
 *
 * @category Editions
 * @example
 * EDITION_2025_08.metrics; // ["shareOfGdpPct"]
 */
export const EDITION_2025_08: NatoEdition = /* @__PURE__ */ deepFreeze({
  id: "2025-08",
  aliases: ["2025"],
  title: "Defence Expenditure of NATO Countries (2014-2025)",
  publisher: "NATO",
  publishedOn: "2025-08-28",
  dataCutOff: "2025-06-03",
  url: "https://www.nato.int/content/dam/nato/webready/documents/finance/def-exp-2025-en.pdf",
  firstYear: 2014,
  lastYear: 2025,
  estimateYears: [2024, 2025],
  priceBase: 2021,
  basis: "defence-expenditure",
  coverage: "share-of-gdp",
  metrics: ["shareOfGdpPct"],
  source:
    "Not NATO's own file: share of GDP 2014-2024e is NATO's 2025 workbook (Table 3) as transcribed by a third party (namanjain92/NATO-Analytics data/defence_per.csv), rounded half-up to two decimals and checked against two independent transcriptions; 2025e only where a news report gave NATO's figure, each such value naming its report.",
  sources: [
    {
      name: "third-party transcription of Table 3: namanjain92/NATO-Analytics, data/defence_per.csv (commit c7de616)",
    },
    { name: "cross-checks: atanasster/electionsbg data/defense/peers.json; a SQL seed of seven Allies" },
    {
      name: "2025e: news reports of the release (Reuters via asiaone.com, en.defence-ua.com and others, named per value)",
    },
  ],
  creditNote: "share of GDP as transcribed by third parties and news reports",
  notes: [
    "Only the share of GDP of this edition is included, from second-hand sources: a third party's transcription of NATO's Table 3 for 2014-2024e, and news reports for 2025e.",
    "Albania's 2023 and 2024e values (1.75 and 1.70) were typed by hand, already rounded, in the transcription.",
    "2025e is missing for Germany (sources disagree whether NATO published it), Finland, Montenegro, the Netherlands, the Slovak Republic, Slovenia and Sweden.",
    DEFINITION,
    PRICES_2021,
    FISCAL_YEAR,
    ICELAND,
    ACCESSION,
  ],
});

/**
 * NATO's June 2024 edition (2014-2024), from NATO's own workbook. 2023 and 2024 are estimates; 2015 prices.
 *
 * @category Editions
 * @example
 * EDITION_2024_06.priceBase; // 2015
 */
export const EDITION_2024_06: NatoEdition = /* @__PURE__ */ deepFreeze({
  id: "2024-06",
  aliases: [],
  title: "Defence Expenditure of NATO Countries (2014-2024)",
  publisher: "NATO",
  publishedOn: "2024-06-17",
  dataCutOff: null,
  url: "https://www.nato.int/nato_static_fl2014/assets/pdf/2024/6/pdf/240617-def-exp-2024-en.pdf",
  firstYear: 2014,
  lastYear: 2024,
  estimateYears: [2023, 2024],
  priceBase: 2015,
  basis: "defence-expenditure",
  coverage: "full",
  metrics: [
    "shareOfGdpPct",
    "equipmentSharePct",
    "personnelSharePct",
    "infrastructureSharePct",
    "otherSharePct",
    "expenditureUsdCurrentM",
    "militaryPersonnelThousands",
    "expenditureUsdConstant2015M",
    "realGdpUsdConstant2015Bn",
    "expenditurePerCapitaUsd2015",
    "expenditureNcCurrentM",
    "expenditureNcConstant2015M",
    "annualRealChangePct",
    "gdpUsdCurrentBn",
    "gdpPerCapitaUsd2015",
  ],
  source:
    "NATO's workbook 240617-def-exp-2024-TABLES-en.xlsx (Tables 1, 2, 3, 5, 6, 7, 8a and 8b), read cell by cell by the project's importer, every value as the workbook stores it (unrounded). GDP is published in million US dollars and given here in billions, GDP per capita in thousand US dollars and given here in dollars, by moving the decimal point; nothing else was changed.",
  sources: [
    { name: "NATO's workbook 240617-def-exp-2024-TABLES-en.xlsx" },
    {
      name: "NATO's PDF of the release",
      url: "https://www.nato.int/nato_static_fl2014/assets/pdf/2024/6/pdf/240617-def-exp-2024-en.pdf",
    },
  ],
  notes: [RESTATED, DEFINITION, CATEGORIES, PRICES_2015, FISCAL_YEAR, ICELAND, ACCESSION],
});

/**
 * NATO's March 2023 edition (2014-2022), from NATO's own workbook. 2022 is an estimate; 2015 prices; no
 * Finland or Sweden.
 *
 * @category Editions
 * @example
 * EDITION_2023_03.dataCutOff; // "2023-02-07"
 */
export const EDITION_2023_03: NatoEdition = /* @__PURE__ */ deepFreeze({
  id: "2023-03",
  aliases: [],
  title: "Defence Expenditure of NATO Countries (2014-2022)",
  publisher: "NATO",
  publishedOn: "2023-03-21",
  dataCutOff: "2023-02-07",
  url: "https://www.nato.int/nato_static_fl2014/assets/pdf/2023/3/pdf/230321-def-exp-2022-en.pdf",
  firstYear: 2014,
  lastYear: 2022,
  estimateYears: [2022],
  priceBase: 2015,
  basis: "defence-expenditure",
  coverage: "full",
  metrics: [
    "shareOfGdpPct",
    "equipmentSharePct",
    "personnelSharePct",
    "infrastructureSharePct",
    "otherSharePct",
    "expenditureUsdCurrentM",
    "militaryPersonnelThousands",
    "expenditureUsdConstant2015M",
    "realGdpUsdConstant2015Bn",
    "expenditurePerCapitaUsd2015",
    "expenditureNcCurrentM",
    "expenditureNcConstant2015M",
    "annualRealChangePct",
    "gdpPerCapitaUsd2015",
  ],
  source:
    "NATO's workbook of the release of 21 March 2023 (with the Secretary General's Annual Report 2022), read cell by cell by the project's importer, every value as the workbook stores it (unrounded); its values equal the PDF's printed tables. GDP per capita is published in thousand US dollars and given here in dollars, by moving the decimal point; nothing else was changed.",
  sources: [
    { name: "NATO's workbook Defence-expenditures-2014-22-en.xlsx" },
    {
      name: "NATO's PDF of the release",
      url: "https://www.nato.int/nato_static_fl2014/assets/pdf/2023/3/pdf/230321-def-exp-2022-en.pdf",
    },
  ],
  notes: [
    "NATO published two editions covering 2014-2022: June 2022 and this one of March 2023. Finland and Sweden, not yet Allies, are absent.",
    RESTATED,
    DEFINITION,
    CATEGORIES,
    PRICES_2015,
    FISCAL_YEAR,
    ICELAND,
    ACCESSION,
  ],
});

/**
 * NATO's June 2019 edition (2012-2019), from a machine extraction of NATO's workbook. 2018 and 2019 are
 * estimates; 2015 prices; 29 Allies and no aggregates.
 *
 * @category Editions
 * @example
 * EDITION_2019_06.firstYear; // 2012
 */
export const EDITION_2019_06: NatoEdition = /* @__PURE__ */ deepFreeze({
  id: "2019-06",
  aliases: [],
  title: "Defence Expenditure of NATO Countries (2012-2019)",
  publisher: "NATO",
  publishedOn: "2019-06-25",
  dataCutOff: "2019-06-20",
  url: "https://www.nato.int/cps/en/natohq/news_167080.htm",
  firstYear: 2012,
  lastYear: 2019,
  estimateYears: [2018, 2019],
  priceBase: 2015,
  basis: "defence-expenditure",
  coverage: "full",
  metrics: [
    "shareOfGdpPct",
    "equipmentSharePct",
    "personnelSharePct",
    "infrastructureSharePct",
    "otherSharePct",
    "expenditureUsdCurrentM",
    "militaryPersonnelThousands",
    "expenditureUsdConstant2015M",
    "realGdpUsdConstant2015Bn",
    "expenditurePerCapitaUsd2015",
    "annualRealChangePct",
    "gdpPerCapitaUsd2015",
  ],
  source:
    "A third party's machine extraction of NATO's PR-2019-069-eng.xlsx (the R package alistaire47/passport, dataset nato), scaled back to NATO's units; personnel was rounded to whole persons by the package. The release says figures for 2018 and 2019 are estimates.",
  sources: [
    { name: "NATO's press release PR/CP(2019)069 and its workbook PR-2019-069-eng.xlsx" },
    { name: "machine extraction: alistaire47/passport data/nato.rda (commit bc614b0), script inst/nato.R" },
  ],
  creditNote: "as extracted from NATO's workbook by a third party",
  notes: [
    "This edition has 29 Allies and no aggregate rows; North Macedonia, Finland and Sweden were not yet Allies.",
    RESTATED,
    DEFINITION,
    CATEGORIES,
    PRICES_2015,
    FISCAL_YEAR,
    ICELAND,
  ],
});

/**
 * Every edition shipped with the package, by id, newest first.
 *
 * @category Editions
 * @example
 * EDITIONS["2025-08"].dataCutOff; // "2025-06-03"
 */
export const EDITIONS: Readonly<Record<BuiltinEditionId, NatoEdition>> = /* @__PURE__ */ deepFreeze({
  "2026-07": EDITION_2026_07,
  "2025-08": EDITION_2025_08,
  "2024-06": EDITION_2024_06,
  "2023-03": EDITION_2023_03,
  "2019-06": EDITION_2019_06,
});

/**
 * The editions shipped with the package, newest first.
 *
 * @category Editions
 * @example
 * EDITION_IDS.map((id) => EDITIONS[id].lastYear); // [2026, 2025, 2024, 2022, 2019]
 */
export const EDITION_IDS: readonly BuiltinEditionId[] = BUILTIN_EDITION_IDS;

/**
 * The newest edition, the one used when none is named.
 *
 * @category Editions
 * @example
 * getDataset(LATEST_EDITION_ID) === getDataset(); // true
 */
export const LATEST_EDITION_ID: BuiltinEditionId = BUILTIN_EDITION_IDS[0];

// A pure call around the whole computation, which reads the aliases beside the ids and not the editions'
// records: a bundle that lists the names (or only wants EDITION_IDS) carries no edition's record.
/**
 * Every name an edition answers to: its id, its aliases and `latest` for the newest.
 *
 * @category Editions
 * @example
 * EDITION_NAMES; // ["2026-07", "2026", "latest", "2025-08", "2025", "2024-06", "2023-03", "2019-06"]
 */
export const EDITION_NAMES: readonly string[] = /* @__PURE__ */ (() =>
  deepFreeze(
    BUILTIN_EDITION_IDS.flatMap((id) => [
      id,
      ...BUILTIN_EDITION_ALIASES[id],
      ...(id === BUILTIN_EDITION_IDS[0] ? ["latest"] : []),
    ]),
  ))();

/**
 * True when `value` is the id of an edition shipped with the package (not an alias).
 *
 * @category Editions
 * @example
 * isBuiltinEditionId("2024-06"); // true
 * isBuiltinEditionId("2024"); // false
 */
export function isBuiltinEditionId(value: unknown): value is BuiltinEditionId {
  return typeof value === "string" && (EDITION_IDS as readonly string[]).includes(value);
}

/**
 * The id of the edition a name designates: an id (`2024-06`), an alias (`2026`, `2025`) or `latest`.
 * Throws `NatoError` `UNKNOWN_EDITION`, listing the known ids, for any other name.
 *
 * @category Editions
 * @example
 * resolveEditionId("2026"); // "2026-07"
 * resolveEditionId("latest"); // "2026-07"
 * resolveEditionId("2022"); // throws: Unknown edition "2022": expected one of 2026-07, 2025-08, ...
 */
export function resolveEditionId(name: string = "latest"): BuiltinEditionId {
  const key = String(name).trim().toLowerCase();
  if (key === "latest") return LATEST_EDITION_ID;
  if (isBuiltinEditionId(key)) return key;
  const aliased = EDITION_IDS.find((id) => BUILTIN_EDITION_ALIASES[id].includes(key));
  if (aliased) return aliased;
  const expected = `${EDITION_IDS.join(", ")} (aliases ${EDITION_IDS.flatMap((id) => BUILTIN_EDITION_ALIASES[id].map((a) => `${a} = ${id}`)).join(", ")}; latest = ${LATEST_EDITION_ID})`;
  throw new NatoError("UNKNOWN_EDITION", `Unknown edition "${name}": expected one of ${expected}.`, {
    received: name,
    expected: EDITION_NAMES.join(" | "),
  });
}

/**
 * The metadata of an edition shipped with the package, by id, alias or `latest` (the default).
 *
 * @category Editions
 * @example
 * getEdition().id; // "2026-07"
 * getEdition("2025").title; // "Defence Expenditure of NATO Countries (2014-2025)"
 */
export function getEdition(name: string = "latest"): NatoEdition {
  return EDITIONS[resolveEditionId(name)];
}

/**
 * The edition released before `name`'s, or `undefined` for the oldest shipped.
 *
 * @category Editions
 * @example
 * previousEdition("2026-07")?.id; // "2025-08"
 */
export function previousEdition(name: string = "latest"): NatoEdition | undefined {
  const id = EDITION_IDS[EDITION_IDS.indexOf(resolveEditionId(name)) + 1];
  return id === undefined ? undefined : EDITIONS[id];
}

/**
 * The years an edition covers, oldest first.
 *
 * @category Editions
 * @example
 * editionYears(getEdition("2019-06")); // [2012, 2013, ..., 2019]
 */
export function editionYears(edition: Pick<Edition, "firstYear" | "lastYear">): number[] {
  return Array.from({ length: edition.lastYear - edition.firstYear + 1 }, (_, i) => edition.firstYear + i);
}

/**
 * The span an edition covers, as its title writes it ("2014-2026").
 *
 * @category Editions
 * @example
 * editionSpan(getEdition()); // "2014-2026"
 */
export function editionSpan(edition: Pick<Edition, "firstYear" | "lastYear">): string {
  return `${edition.firstYear}-${edition.lastYear}`;
}

/**
 * @category Editions
 * @deprecated Use `EDITION_2026_07` or `getEdition("2026-07")`.
 * @example
 * EDITION_2026.id; // "2026-07"
 */
export const EDITION_2026: NatoEdition = EDITION_2026_07;
/**
 * @category Editions
 * @deprecated Use `EDITION_2025_08` or `getEdition("2025-08")`.
 * @example
 * EDITION_2025.id; // "2025-08"
 */
export const EDITION_2025: NatoEdition = EDITION_2025_08;
