import {
  allianceScenario,
  allyVerdict,
  burdenSharing,
  describePath,
  EDITION_IDS,
  EDITIONS,
  editionLabel,
  editionSpan,
  formatPercent,
  formatPp,
  formatThreshold,
  formatUsdM,
  formatYear,
  getAlly,
  getDataset,
  getEdition,
  HAGUE_CORE,
  METRIC_INFO,
  METRICS,
  observationOf,
  PATH_LABELS,
  previousEdition,
  projectAlly,
  RELATED_SPENDING_CAP_PCT,
  RULES,
  sourceLine,
  yearReachingThreshold,
} from "@nato/core";
import type { Metadata } from "next";
import { siteSourceLine } from "@/lib/site";
import styles from "./methodology.module.css";

export const metadata: Metadata = {
  title: "Methodology and sources",
  description:
    "NATO's definitions, the editions, estimates, fiscal years, Iceland, how the aggregates count members, and how every gap, path, projection, scenario and burden share on this site is computed.",
  alternates: { canonical: "/methodology" },
};

const unitText: Record<string, string> = {
  "pct-of-gdp": "% of GDP",
  "pct-of-expenditure": "% of defence expenditure",
  "usd-m": "million US dollars",
  "usd-bn": "billion US dollars",
  usd: "US dollars",
  thousands: "thousands",
};

export default function MethodologyPage() {
  const dataset = getDataset();
  const latest = getEdition();
  const earlier = previousEdition();
  const year = latest.lastYear;
  const yearLabel = formatYear(year, latest.estimateYears.includes(year));
  const germany = getAlly("DEU");
  const gap = allyVerdict(dataset, HAGUE_CORE, germany, year);
  const pace = yearReachingThreshold(dataset, "DEU", HAGUE_CORE.threshold);
  const path = projectAlly(dataset, "DEU", { targetPct: HAGUE_CORE.threshold, deadline: 2035 });
  const burden = burdenSharing(dataset, year);
  const path_ = describePath(germany.name, gap, pace);
  const scenario = allianceScenario(dataset, { targetPct: HAGUE_CORE.threshold, deadline: 2035 });
  // The settings nearest to European costings: the EU members, over the 2% floor or 2024, current prices.
  const fromFloor = allianceScenario(dataset, {
    targetPct: HAGUE_CORE.threshold,
    deadline: 2035,
    baseline: "two-percent",
    priceBasis: "current",
  });
  const from2024 = allianceScenario(dataset, {
    targetPct: HAGUE_CORE.threshold,
    deadline: 2035,
    baseline: { year: 2024 },
    priceBasis: "current",
  });
  const euIn = (result: typeof scenario, at: "first" | "last") => {
    if (result.status !== "computed") return null;
    const row = at === "first" ? result.years[0] : result.years.at(-1);
    return row ? { year: row.year, usdM: row.euMembersExtraUsdM } : null;
  };
  const floorFirst = euIn(fromFloor, "first");
  const floorLast = euIn(fromFloor, "last");
  const since2024Last = euIn(from2024, "last");
  const defaultLast = scenario.status === "computed" ? scenario.years.at(-1) : undefined;
  // A year both editions cover, the earlier edition's last: the one most restated.
  const restatedYear = earlier?.lastYear ?? year;
  const poland = observationOf(dataset, "POL", restatedYear);
  const polandBefore = earlier ? observationOf(getDataset(earlier.id), "POL", restatedYear) : undefined;
  return (
    <>
      <h1>Methodology and sources</h1>
      <p className="lede">
        Every figure on this site is NATO's, as published in its annual tables (from 2026{" "}
        <em>Defence Investment of NATO Countries</em>, earlier <em>Defence Expenditure of NATO Countries</em>
        ), and every computation follows the rules written out below, the same for every Ally and every year.
        This page says what the figures mean and how each computation works; the figures themselves can be
        downloaded from the <a href="/data">data page</a>.
      </p>
      <nav aria-label="On this page">
        <ul className="pill-list">
          <li>
            <a href="#definitions">Definitions</a>
          </li>
          <li>
            <a href="#editions">Editions</a>
          </li>
          <li>
            <a href="#rules">Rules</a>
          </li>
          <li>
            <a href="#computations">Computations</a>
          </li>
          <li>
            <a href="#credit">Credit</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="definitions">
        <h2 id="definitions">NATO's definitions</h2>
        <ul>
          {latest.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <h3 id="estimates">Estimates</h3>
        <p>
          NATO marks its latest years as estimates: {latest.estimateYears.join(" and ")} in the {latest.id}{" "}
          edition. The site shows them with an “e” (Poland in 2025: “
          {formatPercent(poland?.shareOfGdpPct, { estimate: poland?.estimate ?? false })}”), dashes their
          lines and draws their points hollow, and NATO revises them in the next edition: see how each Ally's
          figures were revised on its page.
        </p>
        <h3 id="fiscal-years">Fiscal years</h3>
        <p>
          A year is the fiscal year that holds most of its months: 2025 is fiscal year 2025/2026 for Canada
          and the United Kingdom.
        </p>
        <h3 id="iceland">Iceland</h3>
        <p>
          Iceland is an Ally with no armed forces. NATO publishes no defence figures for it, so every rule
          reads “not applicable” for Iceland: never 0, never an error.
        </p>
        <h3 id="aggregates">NATO's aggregates and who they count</h3>
        <p>
          NATO publishes two totals: NATO Total and NATO Europe and Canada. Each counts an Ally only from its
          accession year (Montenegro 2017, North Macedonia 2020, Finland 2023, Sweden 2024). Country rows
          exist for earlier years, but a count such as “Allies meeting 2% in 2016” counts the members of 2016
          only, and so does every count on this site.
        </p>
        <div className="table-wrap table-cards">
          <table>
            <caption>The figures, as named on this site and in the downloads</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Unit</th>
                <th scope="col">Definition (NATO's table)</th>
                <th scope="col">CSV column</th>
              </tr>
            </thead>
            <tbody>
              {METRICS.map((m) => (
                <tr key={m}>
                  <th scope="row">{METRIC_INFO[m].label}</th>
                  <td data-label="Unit">{unitText[METRIC_INFO[m].unit]}</td>
                  <td data-label="Definition">{METRIC_INFO[m].definition}</td>
                  <td data-label="CSV column">
                    <code>{METRIC_INFO[m].csvColumn}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="editions">
        <h2 id="editions">Editions</h2>
        <p>
          NATO restates its history in each edition: Poland's {restatedYear} share of GDP is{" "}
          {formatPercent(polandBefore?.shareOfGdpPct, { estimate: polandBefore?.estimate ?? false })} in the{" "}
          {earlier ? editionLabel(earlier) : ""} edition and{" "}
          {formatPercent(poland?.shareOfGdpPct, { estimate: poland?.estimate ?? false })} in the{" "}
          {editionLabel(latest)} edition. The site shows the latest edition and keeps earlier ones to show the{" "}
          <a href="/revisions">revisions</a>.
        </p>
        {EDITION_IDS.map((id) => {
          const e = EDITIONS[id];
          return (
            <section key={id} aria-labelledby={`edition-${id}`}>
              <h3 id={`edition-${id}`}>
                {e.title}, {editionLabel(e)} edition ({e.id}){id === EDITION_IDS[0] ? ", the default" : ""}
              </h3>
              <ul>
                <li>
                  {`Published ${e.publishedOn}; ${e.dataCutOff ? `data as of ${e.dataCutOff}` : "cut-off not stated in the sources"}. Years ${editionSpan(e)}; estimates: ${e.estimateYears.join(", ")}. Constant prices: ${e.priceBase}. Basis: ${e.basis === "core-defence-expenditure" ? "core defence expenditure" : "NATO defence expenditure"}. Coverage: ${e.coverage === "full" ? "every table" : "share of GDP only"}.`}
                </li>
                <li>
                  Figures included:{" "}
                  {e.metrics.map((m) => METRIC_INFO[m as keyof typeof METRIC_INFO]?.label ?? m).join(", ")}.
                </li>
                <li>How they reached this site: {e.source}</li>
                {e.notes
                  .filter((n) => !EDITION_IDS.every((other) => EDITIONS[other].notes.includes(n)))
                  .map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                <li>
                  Credit line: <q>{siteSourceLine(e)}</q>
                </li>
                <li>
                  NATO's file:{" "}
                  <a href={e.url} className={styles.url}>
                    {e.url}
                  </a>
                </li>
              </ul>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="rules">
        <h2 id="rules">The rules</h2>
        <div className="table-wrap table-cards">
          <table>
            <caption>The spending rules the site judges every Ally against</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Test</th>
                <th scope="col">Agreed</th>
                <th scope="col">What it says</th>
              </tr>
            </thead>
            <tbody>
              {Object.values(RULES).map((rule) => (
                <tr key={rule.id}>
                  <th scope="row">{rule.name}</th>
                  <td data-label="Test">
                    {METRIC_INFO[rule.metric].label}
                    {rule.id === "hague-total" ? " plus defence- and security-related spending" : ""} ≥{" "}
                    {formatThreshold(rule.threshold)}
                    {rule.deadline ? ` by ${rule.deadline}` : ""}
                  </td>
                  <td data-label="Agreed">{rule.adopted}</td>
                  <td data-label="What it says">{rule.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          Each rule answers, for every Ally and year, one of five statuses: <strong>meets</strong>,{" "}
          <strong>below</strong>, <strong>not applicable</strong> (Iceland, which has no armed forces),{" "}
          <strong>not a member</strong> (a year before the Ally joined: Finland before 2023, Sweden before
          2024) and <strong>no data</strong> (NATO published no figure). No status is ever a zero. NATO
          publishes no figures for the 1.5% part of The Hague's 5%, so that rule is judged only on figures a
          reader supplies for it, and reads “no data” otherwise. As the Declaration says “up to 1.5%”, no more
          than {formatThreshold(RELATED_SPENDING_CAP_PCT)} of related spending counts, so the 5% is met only
          with at least 3.5% of core defence.
        </p>
      </section>

      <section aria-labelledby="computations">
        <h2 id="computations">How each computation works</h2>
        <p>Worked examples use Germany in NATO's {editionLabel(latest)} edition.</p>

        <h3 id="gap">Gap to a target</h3>
        <p>
          The margin is the figure minus the threshold, in percentage points. Below the threshold, the gap in
          money is the shortfall times GDP: real GDP (constant 2021 prices) for the constant-price gap, and
          GDP at current prices, scaled as NATO scales spending, for the current-price gap. Germany in{" "}
          {yearLabel}: {formatPercent(gap.value)} of GDP against {formatThreshold(HAGUE_CORE.threshold)}, a
          margin of {formatPp(gap.marginPp)}, a gap of {formatUsdM(gap.gapUsdCurrentM, { basis: "current" })}{" "}
          or {formatUsdM(gap.gapUsdConstant2021M, { basis: "constant-2021" })}.
        </p>

        <h3 id="on-track">The path to a deadline: this project's yardstick</h3>
        <p>
          NATO gives no yearly verdict on The Hague's 3.5%: the Declaration asks each Ally for annual plans
          showing a credible, incremental path to {formatThreshold(HAGUE_CORE.threshold)} by{" "}
          {HAGUE_CORE.deadline}, and the trajectory is to be reviewed in 2029. To show where an Ally stands
          meanwhile, the site and the CLI use one vocabulary, defined in the library: an Ally already at the
          threshold is <strong>{PATH_LABELS["already-at-target"]}</strong> and needs no path; any other Ally
          is <strong>{PATH_LABELS["on-line"]}</strong> or <strong>{PATH_LABELS["below-line"]}</strong>, a
          straight line from its figure in {HAGUE_CORE.baselineYear} to the threshold at the deadline, with
          the margin measured against the line, not against the threshold. The line is a yardstick, not NATO's
          verdict, and it is always shown beside the year the Ally reaches the threshold at its recent pace,
          with a sentence when the two readings disagree.
          {` ${path_.lineSentence}`}
          {path_.paceSentence ? ` ${path_.paceSentence}` : ""}
          {path_.disagreement ? ` ${path_.disagreement}` : ""}
        </p>

        <h3 id="pace">Year reached at the recent pace</h3>
        <p>
          The average yearly change over the last five years, carried forward in a straight line, until the
          figure reaches the threshold.
          {pace.status === "reaches"
            ? ` Germany's share of GDP rose ${formatPp(pace.pacePerYear)} a year from ${pace.fromYear} to ${pace.toYear}; at that pace it reaches 3.5% in ${pace.year}.`
            : ""}
        </p>

        <h3 id="projection">Projection to a deadline</h3>
        <p>
          From the latest year, the share of GDP rises in a straight line to the target at the deadline (an
          Ally already above it holds its share). Real GDP grows each year by an assumed rate: by default the
          median of the Ally's own yearly real GDP growth over the last ten years of NATO's figures, leaving
          out the years of a series break NATO notes (Luxembourg's GDP series restarts in 2023), so that one
          break or one outlier year cannot make an economy shrink for a decade; the assumption is labelled
          wherever a projection is shown, and a user may give any rate instead. An Ally without the figures a
          path needs reads “no data” with the reason, never zero. Spending is share times GDP, in constant
          2021 prices; the extra spending is what the path spends above holding the latest year's share; the
          required real growth of defence spending is the yearly rate that takes spending from the first year
          of the path to the last.
          {path.status === "projected" && path.gdpGrowth
            ? ` Germany to 3.5% by 2035 (${path.gdpGrowth.label}): ${formatUsdM(path.cumulativeExtraUsdConstant2021M, { basis: "constant-2021" })} more over ${path.baseYear + 1}-${path.deadline}, defence spending growing ${formatPercent(path.requiredRealGrowthPct, { digits: 1 })} a year in real terms.`
            : ""}
        </p>

        <h3 id="scenario">Alliance scenario</h3>
        <p>
          “Every Ally reaches X % by year Y”: the projection above for every Ally that is a member in the
          latest year, summed year by year and in total. Every result names its frame: the{" "}
          <strong>baseline</strong> the extra spending is counted over (each Ally's share in the latest year,
          the 2% floor, or a past year's shares such as 2024) and the <strong>price basis</strong> (constant
          2021 US dollars, or current dollars), in its title, tables, CSV and JSON. Results are split for the
          United States, Europe and Canada, and the EU members among the Allies, so that they can be set
          beside European costings, which count their own baselines and prices: compare like with like.
          Iceland has no armed forces and is left out; Allies already above the target add nothing.
          {scenario.status === "computed"
            ? ` With the defaults, 3.5% by 2035 means ${formatUsdM(scenario.totalExtraUsdM)} more over ${scenario.baseYear + 1}-${scenario.deadline} than holding ${scenario.baselineLabel} (${scenario.priceLabel}), of which ${formatUsdM(scenario.unitedStatesExtraUsdM)} by the United States, ${formatUsdM(scenario.europeAndCanadaExtraUsdM)} by Europe and Canada and ${formatUsdM(scenario.euMembersExtraUsdM)} by the EU members.`
            : ""}{" "}
          Try it in the <a href="/scenarios">scenario calculator</a>.
        </p>
        {floorFirst && floorLast && since2024Last && defaultLast && fromFloor.status === "computed" ? (
          <>
            <h4 id="costings">Beside published costings: an example</h4>
            <p>
              Published European costings of a rise to about 3.5% of GDP, such as Bruegel and the Kiel
              Institute's (about €250 bn a year) and the Institut Jacques Delors's (€270 bn), count the EU
              members only, in euros at current prices, and measure the extra over 2% of GDP or over 2024's
              spending, as if the step were taken at once. The default result here answers another question:{" "}
              {formatUsdM(defaultLast.extraUsdM)} more for all Allies in {defaultLast.year} alone, in constant
              2021 dollars, over {scenario.status === "computed" ? scenario.baselineLabel : ""}, which already
              hold the increases made since 2024. The nearest setting here is the EU members, the 2% floor and
              current prices: {formatUsdM(floorFirst.usdM)} more in {floorFirst.year}, rising to{" "}
              {formatUsdM(floorLast.usdM)} in {floorLast.year}, because the path climbs in a straight line to
              the deadline; over 2024's shares, {formatUsdM(since2024Last.usdM)} in {since2024Last.year}.
              These three are in {fromFloor.priceLabel}; the costings are in euros.
            </p>
          </>
        ) : null}

        <h3 id="burden">Burden sharing</h3>
        <p>
          Each Ally's share of NATO's total defence expenditure in a year, and the United States against
          Europe and Canada, from NATO's own totals. In {yearLabel} at current prices, the United States
          spends {formatPercent(burden.unitedStates.sharePct, { digits: 1 })} of the NATO total and Europe and
          Canada {formatPercent(burden.europeAndCanada.sharePct, { digits: 1 })}.
        </p>

        <h3 id="counts">Counts, rankings, real change and revisions</h3>
        <p>
          A count states its denominator: the Allies that can be judged in that year, the members with armed
          forces (“30 of 31 Allies with armed forces”, Iceland apart), and names the exceptions when they are
          few (“all but Slovenia”). Years NATO marks as estimates are worded as estimates (“are estimated to
          spend”), never as outcomes. Where a count differs from what NATO said at the time (NATO said in
          August 2025 that all Allies would reach 2% that year; restated as core defence expenditure in July
          2026, the figures put three below), the edition's note says so beside it. Rankings put Allies
          without a figure last, unranked, and equal values share a rank. Real change is the change of
          spending in constant 2021 prices over the year before. Revisions set one figure of one Ally side by
          side across editions.
        </p>
      </section>

      <section aria-labelledby="credit">
        <h2 id="credit">Credit</h2>
        <p>Every chart, table and download carries NATO's credit line:</p>
        <p>
          <strong>{sourceLine(latest)}</strong>
        </p>
        <p>
          The dates and facts of the debate, with their own sources, are on the <a href="/context">context</a>{" "}
          page; the figures can be downloaded from the <a href="/data">data</a> page.
        </p>
      </section>
    </>
  );
}
