import {
  type ALLIES,
  allyByCode,
  allyVerdict,
  burdenSharing,
  complianceByYear,
  editionNotesFor,
  editionSpan,
  exceptionPhrase,
  formatPercent,
  formatUsdM,
  formatYear,
  getDataset,
  getEdition,
  HAGUE_CORE,
  membersIn,
  observationOf,
  rankAllies,
  TWO_PERCENT,
} from "@nato/core";
import type { Metadata } from "next";
import { EstimateMark } from "@/components/charts/Estimate";
import {
  AlliesAtTwoChart,
  BurdenChart,
  NatoTotalChart,
  OverviewMap,
} from "@/components/overview/OverviewCharts";
import { RankingTable } from "@/components/tables/RankingTable";
import { latestYear } from "@/lib/params";
import { SITE_DESCRIPTION, siteSourceLine } from "@/lib/site";
import { EditionNotes } from "../components/EditionNotes";

export const metadata: Metadata = {
  title: { absolute: `NATO defence spending: every Ally, every rule, ${editionSpan(getEdition())}` },
  description: SITE_DESCRIPTION,
  alternates: { canonical: "/" },
};

export default function OverviewPage() {
  const dataset = getDataset();
  const year = latestYear();
  const source = siteSourceLine(dataset.edition);
  const total = observationOf(dataset, "NATO", year);
  const estimate = total?.estimate ?? false;
  const two = complianceByYear(dataset, TWO_PERCENT);
  const core = complianceByYear(dataset, HAGUE_CORE);
  const twoNow = two[two.length - 1];
  const coreNow = core[core.length - 1];
  const burden = burdenSharing(dataset, year);
  const members = membersIn(year);
  const ranking = rankAllies(dataset, "shareOfGdpPct", year).map((entry) => {
    const ally = allyByCode(entry.code as (typeof ALLIES)[number]["code"]);
    return {
      entry,
      name: ally.name,
      twoPercent: allyVerdict(dataset, TWO_PERCENT, ally, year),
      hagueCore: allyVerdict(dataset, HAGUE_CORE, ally, year),
    };
  });

  return (
    <>
      <h1>NATO defence spending, {formatYear(year, estimate)}</h1>
      <p className="lede">
        What each of NATO's {members.length} Allies spends on defence, from NATO's own figures: who meets the
        2% guideline, who has reached The Hague's 3.5% core target due by 2035, and how far the others are.
      </p>
      <ul className="figures" aria-label={`Headline figures, ${formatYear(year, estimate)}`}>
        <li className="figure">
          <span className="value" data-testid="nato-total">
            {formatUsdM(total?.expenditureUsdCurrentM)}
            {estimate ? <EstimateMark /> : null}
          </span>
          <span className="label">
            NATO total defence spending in {formatYear(year, estimate)}, current prices (
            {formatPercent(total?.shareOfGdpPct, { estimate })} of the Allies' GDP)
          </span>
        </li>
        <li className="figure">
          <span className="value" data-testid="allies-at-2">
            {twoNow?.met} of {twoNow?.judged}
          </span>
          <span className="label">
            Allies with armed forces at 2% of GDP or more
            {twoNow && exceptionPhrase(twoNow) ? ` (${exceptionPhrase(twoNow)})` : ""}
            {estimate ? ", NATO's estimates" : ""}
          </span>
        </li>
        <li className="figure">
          <span className="value" data-testid="allies-at-3-5">
            {coreNow?.met} of {coreNow?.judged}
          </span>
          <span className="label">
            Allies with armed forces already at The Hague's 3.5% core target (due 2035)
            {estimate ? ", NATO's estimates" : ""}
          </span>
        </li>
        <li className="figure">
          <span className="value" data-testid="us-share">
            {formatPercent(burden.unitedStates.sharePct, { digits: 1 })}
            {estimate ? <EstimateMark /> : null}
          </span>
          <span className="label">United States' share of NATO's total spending</span>
        </li>
      </ul>

      <OverviewMap />

      <AlliesAtTwoChart />
      <EditionNotes
        notes={editionNotesFor(dataset.edition.id, { metric: "shareOfGdpPct" }).filter(
          (n) => n.codes === null && n.years !== null && n.years.length === 1,
        )}
      />

      <BurdenChart />

      <NatoTotalChart />

      <h2 id="ranking">Ranking, {formatYear(year, estimate)}</h2>
      <p>
        Every Ally by share of GDP. For all figures and other years, sort and filter on the{" "}
        <a href="/allies">Allies page</a>.
      </p>
      <RankingTable id="ranking-table" year={year} estimate={estimate} rows={ranking} source={source} />
    </>
  );
}
