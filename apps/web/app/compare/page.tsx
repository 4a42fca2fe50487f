import {
  ALLIES,
  editionLabel,
  editionSpan,
  formatYear,
  getEdition,
  METRIC_INFO,
  METRICS,
  sourceLine,
} from "@nato/core";
import type { Metadata } from "next";
import { EstimateMark } from "../../components/charts/Estimate";
import { LineChart } from "../../components/charts/LineChart";
import { ComparePicker } from "../../components/compare/ComparePicker";
import styles from "../../components/compare/compare.module.css";
import { compareHref, describeCompareIssues, parseCompareSearch } from "../../components/compare/params";
import {
  compareRows,
  compareSeries,
  compareThresholds,
  compareTitle,
  statusLabel,
} from "../../components/compare/view";
import { compareEmbedHeight } from "../../lib/embed";
import { MAX_COMPARE, MAX_LINES, type RawSearchParams } from "../../lib/params";

interface Props {
  readonly searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { values } = parseCompareSearch(await searchParams);
  const names = compareSeries(values.allies, values.metric).map((s) => s.label);
  return {
    title: `Compare ${names.join(", ")}`,
    description: `${METRIC_INFO[values.metric].label} of ${names.join(", ")} from NATO's figures, ${editionSpan(getEdition())}, on one chart.`,
    alternates: { canonical: "/compare" },
  };
}

export default async function ComparePage({ searchParams }: Props) {
  const { values, issues } = parseCompareSearch(await searchParams);
  const { allies, metric } = values;
  const info = METRIC_INFO[metric];
  const series = compareSeries(allies, metric);
  const rows = compareRows(allies, metric);
  const note = describeCompareIssues(issues);
  const isShareOfGdp = metric === "shareOfGdpPct";
  const source = sourceLine(getEdition());
  return (
    <>
      <h1>Compare Allies</h1>
      <p className="lede">
        Any of the {MAX_COMPARE} Allies, in the order you choose them, from NATO's{" "}
        {editionLabel(getEdition())} edition: up to {MAX_LINES} on one chart, more as one small chart each.
        The selection lives in the link, so it can be shared:{" "}
        <a href={compareHref(allies, metric)} className={styles.link}>
          {compareHref(allies, metric)}
        </a>
      </p>
      {note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}

      <ComparePicker
        allies={ALLIES.map((a) => ({ code: a.code, name: a.name }))}
        selected={allies}
        metric={metric}
        metrics={METRICS.map((m) => ({ value: m, label: METRIC_INFO[m].label }))}
      />

      <LineChart
        id="compare-chart"
        title={compareTitle(series, metric)}
        subtitle={info.definition}
        series={series}
        unit={info.unit}
        thresholds={compareThresholds(metric)}
        source={source}
        dataHref="/data"
        headingLevel={2}
        embedHref={`/embed${compareHref(allies, metric)}`}
        embedHeight={compareEmbedHeight(series.length)}
      />

      <div className="table-wrap">
        <table data-testid="compare-table">
          <caption>
            {info.label}: latest figure{isShareOfGdp ? " and the rules in that year" : ""}, first figure and
            change
          </caption>
          <thead>
            <tr>
              <th scope="col">Ally</th>
              <th scope="col" className="num">
                Latest
              </th>
              {isShareOfGdp ? (
                <>
                  <th scope="col">2% guideline</th>
                  <th scope="col">3.5% core</th>
                </>
              ) : null}
              <th scope="col" className="num">
                First
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-code={row.code}>
                <th scope="row">
                  <a href={`/allies/${row.code}`}>{row.name}</a>
                  {row.note ? <span className="muted"> {row.note}</span> : null}
                </th>
                <td className="num year-wraps">
                  <span className={row.lastEstimate ? "estimate" : undefined}>
                    {row.last}
                    {row.lastEstimate ? <EstimateMark /> : null}
                  </span>
                  {row.lastYear !== null ? (
                    <span className="muted"> ({formatYear(row.lastYear, row.lastEstimate)})</span>
                  ) : null}
                </td>
                {isShareOfGdp ? (
                  <>
                    <td>
                      {row.twoPercent ? (
                        <span className={`status status-${row.twoPercent}`}>
                          {statusLabel(row.twoPercent)}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {row.hagueCore ? (
                        <span className={`status status-${row.hagueCore}`}>{statusLabel(row.hagueCore)}</span>
                      ) : null}
                    </td>
                  </>
                ) : null}
                <td className="num year-wraps">
                  {row.first}
                  {row.firstYear !== null ? <span className="muted"> ({row.firstYear})</span> : null}
                </td>
                <td className="num">{row.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="table-source">{source}</p>
      </div>
    </>
  );
}
