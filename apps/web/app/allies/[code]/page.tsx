import {
  ALLY_CODES,
  type AllyCode,
  accessionSentence,
  allDatasets,
  allyByCode,
  allyVerdict,
  describePath,
  EQUIPMENT_20,
  editionLabel,
  editionNotesFor,
  figureRevisions,
  formatMetricValue,
  formatPercent,
  formatPp,
  formatRevision,
  formatThreshold,
  formatUsdM,
  formatYear,
  getDataset,
  HAGUE_CORE,
  listNames,
  METRIC_INFO,
  type Metric,
  mostPublishedYear,
  type PathDescription,
  pathTitle,
  possessive,
  projectAlly,
  proseName,
  RULES,
  revisionHistory,
  seriesOf,
  seriesTrendTitle,
  shareTrendTitle,
  sourceLine,
  TWO_PERCENT,
  verdictsAsFirstPublished,
  WALES_PLEDGE_YEAR,
  YARDSTICK_NOTE,
  yearEditionsTitle,
  yearReachingThreshold,
} from "@nato/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionsChart } from "@/components/allies/RevisionsChart";
import { EditionChart } from "@/components/charts/EditionChart";
import { EstimateAbbr, Value } from "@/components/charts/Estimate";
import { LineChart } from "@/components/charts/LineChart";
import { Status } from "@/components/Status";
import { TableWrap } from "@/components/tables/TableWrap";
import { allyColour } from "@/lib/ally-colours";
import { SHARE_THRESHOLDS } from "@/lib/chart-thresholds";
import { allyRoute } from "@/lib/params";
import { datasetCsvHref, siteSourceLine } from "@/lib/site";
import { EditionNotes } from "../../../components/EditionNotes";

/** The 32 Allies are prerendered; anything else is a 404 (`proxy.ts` redirects `pol` to `POL` first). */
export const dynamicParams = false;

export function generateStaticParams(): { code: AllyCode }[] {
  return ALLY_CODES.map((code) => ({ code }));
}

type Props = { params: Promise<{ code: string }> };

const DEADLINE = HAGUE_CORE.deadline ?? 2035;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = allyRoute((await params).code);
  if (route.kind !== "page") return {};
  const ally = allyByCode(route.code);
  const dataset = getDataset();
  const last = seriesOf(dataset, ally.code).at(-1);
  const description = ally.hasArmedForces
    ? `${possessive(ally.name, { start: true })} defence spending from NATO's figures: ${formatPercent(last?.shareOfGdpPct, { estimate: last?.estimate ?? false })} of GDP in ${formatYear(last?.year ?? 0, last?.estimate)}, its verdict on every Alliance rule, its path to 3.5% and 5% by ${DEADLINE} and how NATO revised its figures.`
    : `${ally.name} has no armed forces: NATO publishes no defence expenditure for it.`;
  return {
    title: ally.name,
    description,
    alternates: { canonical: `/allies/${ally.code}` },
    openGraph: { title: `${ally.name}: defence spending`, description, url: `/allies/${ally.code}` },
  };
}

function points(code: AllyCode, metric: Metric) {
  return seriesOf(getDataset(), code).map((o) => ({ year: o.year, value: o[metric], estimate: o.estimate }));
}

export default async function AllyPage({ params }: Props) {
  const route = allyRoute((await params).code);
  if (route.kind !== "page") notFound();
  const ally = allyByCode(route.code);
  const dataset = getDataset();
  const source = siteSourceLine(dataset.edition);
  const series = seriesOf(dataset, ally.code);
  const latest = series.at(-1);
  const year = latest?.year ?? dataset.edition.lastYear;
  const estimate = latest?.estimate ?? false;
  const yearText = formatYear(year, estimate);
  const accession = accessionSentence(ally, dataset.edition.firstYear);
  const verdicts = Object.values(RULES).map((rule) => {
    const result = allyVerdict(dataset, rule, ally, year);
    return {
      rule,
      result,
      path: result.onTrack
        ? describePath(ally.name, result, yearReachingThreshold(dataset, ally.code, rule.threshold))
        : null,
    };
  });
  const two = allyVerdict(dataset, TWO_PERCENT, ally, year);
  const dataHref = datasetCsvHref(dataset.edition);
  const name = ally.name;
  const colour = allyColour(ally.code);

  if (!ally.hasArmedForces) {
    return (
      <>
        <p className="breadcrumb">
          <a href="/allies">Allies</a> / {name}
        </p>
        <h1>{name}</h1>
        <p className="lede" data-testid="no-figures">
          {name} has no armed forces, so NATO publishes no defence expenditure for it: every rule is “
          {two.status === "not-applicable" ? "not applicable" : two.status}”, never 0 and never “below”.
        </p>
        <h2 id="not-applicable">What “not applicable” means</h2>
        <p>
          Every rule on this site judges an Ally's defence spending against its economy: 2% of GDP, The
          Hague's 3.5% and 5%, 20% of spending on major equipment. NATO's report on defence expenditure has no
          figures for {name}, because it has no armed forces whose spending could be counted, so none of these
          rules can be applied to it. That is different from “below”: {name} is not behind on any target, and
          no figure for it is ever shown as 0.
        </p>
        <ul>
          <li>
            On the map {name} is hatched grey; in tables it reads “not applicable”; in rankings it has no
            place.
          </li>
          <li>
            In counts such as “Allies at 2%”, {name} is never among the Allies that meet a rule, nor among
            those below it.
          </li>
          <li>
            In the “what if every Ally reached the target” calculator, {name} adds nothing: there is no
            defence budget to raise.
          </li>
        </ul>
        <h2 id="contribution">What {name} brings to the Alliance</h2>
        <p>
          {name} has been an Ally since {ally.accessionYear}, one of the twelve founding members that signed
          the Washington Treaty. Its economy is part of NATO's totals: the Alliance's share of GDP is computed
          over every Ally's GDP, {possessive(name)} included. What it contributes without armed forces is
          outside the scope of NATO's expenditure figures, and so outside this site's.
        </p>
        <VerdictTable verdicts={verdicts} yearText={yearText} source={source} />
      </>
    );
  }

  const share = points(ally.code, "shareOfGdpPct");
  const spend = points(ally.code, "expenditureUsdConstant2021M");
  const equipment = points(ally.code, "equipmentSharePct");
  const perCapita = points(ally.code, "expenditurePerCapitaUsd2021");
  const personnel = points(ally.code, "militaryPersonnelThousands");
  const to35 = projectAlly(dataset, ally.code, { targetPct: HAGUE_CORE.threshold, deadline: DEADLINE });
  const to5 = projectAlly(dataset, ally.code, { targetPct: 5, deadline: DEADLINE });
  const byYear = revisionHistory(ally.code);
  const followedYear = mostPublishedYear(ally.code);
  const followed = followedYear === null ? null : figureRevisions(ally.code, followedYear);
  const wales = verdictsAsFirstPublished(TWO_PERCENT, WALES_PLEDGE_YEAR).allies.find(
    (a) => a.code === ally.code,
  );
  const editions = allDatasets().map((d) => d.edition.id);
  const notes = editionNotesFor(dataset.edition.id, { code: ally.code }).filter((n) => n.codes !== null);
  const format = (unit: Parameters<typeof formatMetricValue>[1]) => (v: number) => formatMetricValue(v, unit);

  return (
    <>
      <p className="breadcrumb">
        <a href="/allies">Allies</a> / {name}
      </p>
      <h1>{name}</h1>
      <p className="lede">
        {proseName(name, { start: true })} {estimate ? "is estimated to spend" : "spends"}{" "}
        <strong data-testid="latest-share">
          <Value value={latest?.shareOfGdpPct} unit="pct-of-gdp" estimate={estimate} />
        </strong>{" "}
        of its GDP on defence in {yearText}
        {estimate ? " (NATO's estimate)" : ""}: it {two.status === "met" ? "meets" : "is below"} the 2%
        guideline
        {to35.status === "already-met"
          ? ` and is already above The Hague's 3.5% core target for ${DEADLINE}.`
          : ` and is ${formatPp(verdicts.find((v) => v.rule.id === "hague-core")?.result.marginPp)} from The Hague's 3.5% core target for ${DEADLINE}.`}
        {accession ? ` ${accession}` : ""}
      </p>
      <EditionNotes notes={notes} />

      <ul className="figures" aria-label={`${name}, ${yearText}`}>
        <li className="figure">
          <span className="value">
            <Value value={latest?.expenditureUsdCurrentM} unit="usd-m" estimate={estimate} />
          </span>
          <span className="label">Defence spending, {yearText}, current prices</span>
        </li>
        <li className="figure">
          <span className="value">
            <Value value={latest?.expenditurePerCapitaUsd2021} unit="usd" estimate={estimate} />
          </span>
          <span className="label">Per person, 2021 prices</span>
        </li>
        <li className="figure">
          <span className="value">
            <Value value={latest?.equipmentSharePct} unit="pct-of-expenditure" estimate={estimate} />
          </span>
          <span className="label">Of spending on major equipment (guideline: 20%)</span>
        </li>
        <li className="figure">
          <span className="value">
            <Value value={latest?.militaryPersonnelThousands} unit="thousands" estimate={estimate} />
          </span>
          <span className="label">Military personnel</span>
        </li>
      </ul>

      <h2 id="rules">Every rule, {yearText}</h2>
      <VerdictTable verdicts={verdicts} yearText={yearText} source={source} />

      <h2 id="trends">Over time</h2>
      <LineChart
        id="share"
        embedHref={`/embed/allies/${ally.code}`}
        title={shareTrendTitle(name, share)}
        subtitle={METRIC_INFO.shareOfGdpPct.definition}
        series={[{ id: "share", label: name, points: share, colour }]}
        unit="pct-of-gdp"
        thresholds={SHARE_THRESHOLDS}
        source={source}
        dataHref={dataHref}
      />
      <div className="two-col">
        <LineChart
          id="spend"
          title={seriesTrendTitle(name, "spending in constant 2021 prices", spend, format("usd-m"))}
          subtitle={METRIC_INFO.expenditureUsdConstant2021M.definition}
          series={[{ id: "spend", label: name, points: spend, colour }]}
          unit="usd-m"
          source={source}
          dataHref={dataHref}
        />
        <LineChart
          id="equipment"
          title={seriesTrendTitle(name, "equipment share", equipment, format("pct-of-expenditure"))}
          subtitle={METRIC_INFO.equipmentSharePct.definition}
          series={[{ id: "equipment", label: name, points: equipment, colour }]}
          unit="pct-of-expenditure"
          thresholds={[
            { value: EQUIPMENT_20.threshold, label: "20% guideline, Wales 2014", short: "20% guideline" },
          ]}
          source={source}
          dataHref={dataHref}
        />
        <LineChart
          id="per-capita"
          title={seriesTrendTitle(name, "spending per person", perCapita, format("usd"))}
          subtitle={METRIC_INFO.expenditurePerCapitaUsd2021.definition}
          series={[{ id: "per-capita", label: name, points: perCapita, colour }]}
          unit="usd"
          source={source}
          dataHref={dataHref}
        />
        <LineChart
          id="personnel"
          title={seriesTrendTitle(name, "military personnel", personnel, format("thousands"))}
          subtitle={METRIC_INFO.militaryPersonnelThousands.definition}
          series={[{ id: "personnel", label: name, points: personnel, colour }]}
          unit="thousands"
          source={source}
          dataHref={dataHref}
        />
      </div>

      <h2 id="path">The path to {DEADLINE}</h2>
      <p>
        A straight line from {possessive(name)} share of GDP in {yearText} to each target in {DEADLINE}, with
        GDP growing at the rate below. An Ally already above a target holds its share.
      </p>
      <p className="note" data-testid="growth-assumption">
        GDP growth assumed: {to35.gdpGrowth?.label ?? "not available"}.
      </p>
      <LineChart
        id="path-chart"
        title={pathTitle({
          name,
          baseSharePct: to35.baseShareOfGdpPct,
          targetPct: HAGUE_CORE.threshold,
          baseYear: to35.baseYear,
          deadline: DEADLINE,
          baseEstimate: to35.baseEstimate,
        })}
        subtitle="Share of GDP: NATO's figures, then the straight-line paths to 3.5% and 5% (projections, not NATO's figures)."
        series={[
          { id: "figures", label: name, points: share, endLabel: false, colour },
          {
            id: "to-3-5",
            label: "Path to 3.5%",
            style: "projection",
            endLabel: false,
            points: to35.path.map((p) => ({ year: p.year, value: p.shareOfGdpPct })),
          },
          {
            id: "to-5",
            label: "Path to 5%",
            style: "projection",
            endLabel: false,
            points: to5.path.map((p) => ({ year: p.year, value: p.shareOfGdpPct })),
          },
        ]}
        unit="pct-of-gdp"
        thresholds={SHARE_THRESHOLDS}
        source={`${source} Paths: computed from NATO's figures.`}
        dataHref={dataHref}
      />
      <TableWrap label={`What each path asks of ${name}`}>
        <table>
          <caption>
            What each path asks of {name}, {yearText} to {DEADLINE} (2021 prices)
          </caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col" className="num">
                Share in {DEADLINE}
              </th>
              <th scope="col" className="num">
                Spending in {DEADLINE}
              </th>
              <th scope="col" className="num">
                Real growth of defence spending a year
              </th>
              <th scope="col" className="num">
                Extra over holding today's share, to {DEADLINE}
              </th>
            </tr>
          </thead>
          <tbody>
            {[to35, to5].map((p) => {
              const end = p.path.at(-1);
              return (
                <tr key={p.targetPct}>
                  <th scope="row">
                    {formatThreshold(p.targetPct)} by {p.deadline}
                  </th>
                  <td className="num">{end ? formatPercent(end.shareOfGdpPct) : "–"}</td>
                  <td className="num">{end ? formatUsdM(end.spendUsdConstant2021M) : "–"}</td>
                  <td className="num">
                    {p.requiredRealGrowthPct === null
                      ? "–"
                      : formatPercent(p.requiredRealGrowthPct, { digits: 1 })}
                  </td>
                  <td className="num">{formatUsdM(p.cumulativeExtraUsdConstant2021M)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="table-source">
          {source} {to35.reason ?? ""}
        </p>
      </TableWrap>

      <h2 id="revisions">How NATO revised its figures</h2>
      <p>
        Each edition restates earlier years. {possessive(name, { start: true })} share of GDP as the{" "}
        {listNames(editions.map((e) => editionLabel(e)))} editions give it; estimates are marked.
      </p>
      {followed ? (
        <EditionChart
          id="year-editions-chart"
          title={yearEditionsTitle(name, followed)}
          subtitle={`${possessive(name, { start: true })} ${followed.year} share of GDP in each NATO edition that gave it, oldest first.`}
          figures={followed.editions}
          unit="pct-of-gdp"
          valueLabel="Share of GDP"
          source={`${allDatasets()
            .filter((d) => followed.editions.some((e) => e.edition === d.edition.id))
            .map((d) => sourceLine(d.edition, { estimates: false }))
            .join(" ")} e = estimate.`}
        />
      ) : null}
      <RevisionsChart code={ally.code} />
      <TableWrap label={`${possessive(name, { start: true })} share of GDP by edition`}>
        <table>
          <caption>{possessive(name, { start: true })} share of GDP by edition</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {editions.map((e) => (
                <th key={e} scope="col" className="num">
                  {e} edition
                </th>
              ))}
              <th scope="col" className="num">
                Revision
              </th>
              <th scope="col" className="num">
                Basis change
              </th>
            </tr>
          </thead>
          <tbody>
            {byYear.map((r) => (
              <tr key={r.year}>
                <th scope="row" className="num">
                  {r.year}
                </th>
                {editions.map((e) => {
                  const f = r.editions.find((x) => x.edition === e);
                  return (
                    <td key={e} className="num">
                      {f ? <Value value={f.value} unit="pct-of-gdp" estimate={f.estimate} /> : "–"}
                    </td>
                  );
                })}
                <td className="num">{formatRevision(r.revision) || "–"}</td>
                <td className="num">{formatRevision(r.basisChange) || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="table-source">
          Sources:{" "}
          {allDatasets()
            .map((d) => `NATO, ${d.edition.title}, ${d.edition.id} edition`)
            .join("; ")}
          . Revision: from the first published value to the newest on the same basis. Basis change:
          NATO&apos;s move to core defence expenditure, kept apart. <EstimateAbbr /> = estimate. All editions,
          largest revisions: <a href="/revisions">revisions</a>.
        </p>
      </TableWrap>
      {wales ? (
        <section aria-labelledby="first-published">
          <h3 id="first-published">The Wales pledge&apos;s {WALES_PLEDGE_YEAR}, as first published</h3>
          <p data-testid="first-published">{wales.sentence}</p>
          <p>
            Every Ally&apos;s {WALES_PLEDGE_YEAR}, as NATO first published it and today:{" "}
            <a href="/revisions#first-published">revisions</a>.
          </p>
        </section>
      ) : null}
      <p>
        Definitions, fiscal years and how each figure is computed: <a href="/methodology">methodology</a>.
      </p>
    </>
  );
}

function VerdictTable({
  verdicts,
  yearText,
  source,
}: {
  verdicts: {
    rule: (typeof RULES)[keyof typeof RULES];
    result: ReturnType<typeof allyVerdict>;
    path: PathDescription | null;
  }[];
  yearText: string;
  source: string;
}) {
  return (
    <TableWrap label="Verdict and gap for every rule" id="verdicts">
      <table>
        <caption>Verdict and gap for every rule, {yearText}</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Verdict</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col" className="num">
              Threshold
            </th>
            <th scope="col" className="num">
              Margin
            </th>
            <th scope="col" className="num">
              Gap, current $
            </th>
            <th scope="col" className="num">
              Gap, 2021 $
            </th>
            <th scope="col">Path to the deadline, or why not judged</th>
          </tr>
        </thead>
        <tbody>
          {verdicts.map(({ rule, result, path }) => {
            const unit = METRIC_INFO[rule.metric].unit;
            return (
              <tr key={rule.id} data-rule={rule.id}>
                <th scope="row" className="rule-cell">
                  {rule.name}
                  <span className="muted">{rule.adopted}</span>
                </th>
                <td>
                  <Status status={result.status} />
                </td>
                <td className="num">
                  {result.status === "not-applicable" ? (
                    "–"
                  ) : (
                    <Value value={result.value} unit={unit} estimate={result.estimate} />
                  )}
                </td>
                <td className="num">{formatThreshold(rule.threshold)}</td>
                <td className="num">{result.marginPp === null ? "–" : formatPp(result.marginPp)}</td>
                <td className="num">{result.status === "below" ? formatUsdM(result.gapUsdCurrentM) : "–"}</td>
                <td className="num">
                  {result.status === "below" ? formatUsdM(result.gapUsdConstant2021M) : "–"}
                </td>
                <td className="text-cell">
                  {path ? (
                    <>
                      <strong data-path={path.status ?? "not-judged"}>{path.label}</strong>.{" "}
                      {path.lineSentence}
                      {path.paceSentence ? ` ${path.paceSentence}` : ""}
                      {path.disagreement ? ` ${path.disagreement}` : ""}
                    </>
                  ) : (
                    (result.reason ?? "–")
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="table-source">
        {source} Margin in percentage points; gap: extra spending that year to reach the threshold.{" "}
        {YARDSTICK_NOTE}
      </p>
    </TableWrap>
  );
}
