import { deepFreeze } from "../internal/freeze.js";
import type { Yardstick } from "../models/fact.js";

/**
 * The shares of GDP the spending debate measures Allies against, lowest first: the 2% floor, "much
 * closer to 3%", officials' 3.5-3.7% estimate for the new capability plans, The Hague's 3.5% core and
 * its 5% total. Each names who set or said it and its sources; a calculator uses `pct`.
 *
 * @example
 * YARDSTICKS.map((y) => y.pct); // [2, 3, 3.5, 3.7, 5]
 */
export const YARDSTICKS: readonly Yardstick[] = /* @__PURE__ */ deepFreeze([
  {
    id: "two-percent-floor",
    label: "2% floor",
    pct: 2,
    origin: "Defence ministers, 2006; Wales pledge, 2014; a floor since Vilnius, 2023",
    text: 'The guideline since 2006. At Wales in 2014 Allies below it pledged to "move towards the 2% guideline within a decade"; at Vilnius in 2023 they made an "enduring commitment" to invest at least 2% of GDP annually, so 2% became a floor rather than a target.',
    sources: [
      {
        name: "Wales Summit Declaration, NATO Press Release (2014) 120",
        date: "2014-09-05",
      },
      {
        name: "Vilnius Summit Communiqué, NATO Press Release (2023) 001",
        date: "2023-07-11",
        url: "https://www.nato.int/cps/en/natohq/official_texts_217320.htm",
      },
    ],
  },
  {
    id: "much-closer-to-3",
    label: '"Much closer to 3%"',
    pct: 3,
    origin: "Admiral Rob Bauer, Chair of NATO's Military Committee, January 2025",
    text: '"The overall percentage that is necessary to make the new plans executable is much closer to 3% of GDP than it is to 2%."',
    sources: [{ name: "The Jerusalem Post, breaking news 830639", date: "2025-01" }],
    caveat: "A direction rather than a figure: the calculator uses 3%.",
  },
  {
    id: "hague-core",
    label: "3.5% Hague core",
    pct: 3.5,
    origin: "The Hague Summit Declaration, 25 June 2025",
    text: 'At least 3.5% of GDP annually "based on the agreed definition of NATO defence expenditure" by 2035, to resource core defence requirements and meet the NATO Capability Targets, with "annual plans showing a credible, incremental path". NATO\'s figures measure exactly this core defence expenditure.',
    deadline: 2035,
    sources: [
      { name: "The Hague Summit Declaration, 25 June 2025", date: "2025-06-25" },
      {
        name: "NATO topic page: Defence expenditures and NATO's 5% commitment",
        url: "https://www.nato.int/en/what-we-do/introduction-to-nato/defence-expenditures-and-natos-5-commitment",
      },
    ],
  },
  {
    id: "officials-estimate",
    label: "3.5-3.7% officials' estimate",
    pct: 3.7,
    rangePct: { low: 3.5, high: 3.7 },
    origin: "NATO officials and diplomats, February 2025 and again before the June 2025 ministerial",
    text: '"NATO officials have estimated that, on average, meeting the new targets would cost countries between 3.5 and 3.7 p[ercent]" of GDP: the cost of implementing the Alliance\'s new capability targets.',
    sources: [
      { name: 'IFP News (ifpnews.com), "US: NATO member states defence spending hike"', date: "2025-06" },
    ],
    caveat: "A range: the calculator uses its upper end, 3.7%; its lower end is The Hague's 3.5%.",
  },
  {
    id: "hague-total",
    label: "5% Hague total",
    pct: 5,
    origin:
      "President Trump's demand; Secretary General Rutte's 3.5 + 1.5 split; The Hague Summit Declaration, 25 June 2025",
    text: "President Trump asked Allies to raise the target from 2% to 5% of GDP; Secretary General Mark Rutte proposed splitting it into 3.5% core defence and 1.5% defence-related spending, first with 2032 as the deadline. The Declaration adopted 5% by 2035: at least 3.5% core defence plus up to 1.5% on defence- and security-related spending.",
    deadline: 2035,
    sources: [
      { name: "The Hague Summit Declaration, 25 June 2025", date: "2025-06-25" },
      {
        name: "NATO topic page: Defence expenditures and NATO's 5% commitment",
        url: "https://www.nato.int/en/what-we-do/introduction-to-nato/defence-expenditures-and-natos-5-commitment",
      },
      { name: "IFP News (ifpnews.com)", date: "2025-06" },
      { name: "Particle News (particle.news)" },
    ],
    caveat:
      "NATO publishes no figures for the 1.5% part. Applied to NATO's figures, a 5% target treats all of it as core defence expenditure, an upper bound.",
  },
]);
