import { deepFreeze } from "../internal/freeze.js";
import type { Ally } from "../models/ally.js";

// Names as NATO writes them in its tables. Accession: the founders' date is the signing of the Washington
// Treaty (4 April 1949); Greece and Türkiye 18 February 1952, Germany 6 May 1955, Spain 30 May 1982,
// Finland 4 April 2023 and Sweden 7 March 2024 as NATO's enlargement history gives them; the other dates
// are the days each deposited its instrument of accession (12 March 1999, 29 March 2004, 1 April 2009,
// 5 June 2017, 27 March 2020). Only the year matters to the figures: NATO's aggregates count an Ally from
// its accession year.
const ally = (
  code: Ally["code"],
  alpha2: string,
  name: string,
  accessionDate: string,
  aliases: string[] = [],
  extra: Partial<Pick<Ally, "hasArmedForces" | "europeOrCanada">> = {},
): Ally => ({
  code,
  alpha2,
  name,
  aliases,
  accessionDate,
  accessionYear: Number(accessionDate.slice(0, 4)),
  hasArmedForces: extra.hasArmedForces ?? true,
  europeOrCanada: extra.europeOrCanada ?? true,
});

/**
 * The 32 Allies, in NATO's table order (alphabetical by English name).
 *
 * @category Allies
 * @example
 * ALLIES.filter((ally) => isMemberIn(ally, 2014)).length; // 28
 * ALLIES.filter((ally) => !ally.hasArmedForces).map((ally) => ally.code); // ["ISL"]
 */
export const ALLIES: readonly Ally[] = /* @__PURE__ */ deepFreeze([
  ally("ALB", "AL", "Albania", "2009-04-01"),
  ally("BEL", "BE", "Belgium", "1949-04-04"),
  ally("BGR", "BG", "Bulgaria", "2004-03-29"),
  ally("CAN", "CA", "Canada", "1949-04-04"),
  ally("HRV", "HR", "Croatia", "2009-04-01"),
  ally("CZE", "CZ", "Czechia", "1999-03-12", ["Czech Republic"]),
  ally("DNK", "DK", "Denmark", "1949-04-04"),
  ally("EST", "EE", "Estonia", "2004-03-29"),
  ally("FIN", "FI", "Finland", "2023-04-04"),
  ally("FRA", "FR", "France", "1949-04-04"),
  ally("DEU", "DE", "Germany", "1955-05-06"),
  ally("GRC", "GR", "Greece", "1952-02-18"),
  ally("HUN", "HU", "Hungary", "1999-03-12"),
  ally("ISL", "IS", "Iceland", "1949-04-04", [], { hasArmedForces: false }),
  ally("ITA", "IT", "Italy", "1949-04-04"),
  ally("LVA", "LV", "Latvia", "2004-03-29"),
  ally("LTU", "LT", "Lithuania", "2004-03-29"),
  ally("LUX", "LU", "Luxembourg", "1949-04-04"),
  ally("MNE", "ME", "Montenegro", "2017-06-05"),
  ally("NLD", "NL", "Netherlands", "1949-04-04", ["The Netherlands", "Holland"]),
  ally("MKD", "MK", "North Macedonia", "2020-03-27", ["Macedonia", "Republic of North Macedonia", "FYROM"]),
  ally("NOR", "NO", "Norway", "1949-04-04"),
  ally("POL", "PL", "Poland", "1999-03-12"),
  ally("PRT", "PT", "Portugal", "1949-04-04"),
  ally("ROU", "RO", "Romania", "2004-03-29"),
  ally("SVK", "SK", "Slovak Republic", "2004-03-29", ["Slovakia"]),
  ally("SVN", "SI", "Slovenia", "2004-03-29"),
  ally("ESP", "ES", "Spain", "1982-05-30"),
  ally("SWE", "SE", "Sweden", "2024-03-07"),
  ally("TUR", "TR", "Türkiye", "1952-02-18", ["Turkey", "Turkiye", "Republic of Türkiye"]),
  ally("GBR", "GB", "United Kingdom", "1949-04-04", [
    "UK",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
  ]),
  ally("USA", "US", "United States", "1949-04-04", ["United States of America", "America", "U.S.A."], {
    europeOrCanada: false,
  }),
]);
