import { getEdition, METRIC_INFO, sourceLine } from "@nato/core";
import type { Metadata } from "next";
import { LineChart } from "@/components/charts/LineChart";
import { compareHref, parseCompareSearch } from "@/components/compare/params";
import { compareSeries, compareThresholds, compareTitle } from "@/components/compare/view";
import type { RawSearchParams } from "@/lib/params";

interface Props {
  readonly searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { values } = parseCompareSearch(await searchParams);
  const names = compareSeries(values.allies, values.metric).map((s) => s.label);
  return {
    title: `Compare ${names.join(", ")} (chart to embed)`,
    robots: { index: false },
    alternates: { canonical: compareHref(values.allies, values.metric) },
  };
}

/**
 * The comparison chart alone, for other sites to frame: the same Allies, in the same order and colours,
 * as the /compare link it is made from.
 */
export default async function EmbedComparePage({ searchParams }: Props) {
  const { values } = parseCompareSearch(await searchParams);
  const { allies, metric } = values;
  const info = METRIC_INFO[metric];
  const series = compareSeries(allies, metric);
  const href = compareHref(allies, metric);
  return (
    <div className="embed-page">
      <h1 className="visually-hidden">Compare {series.map((s) => s.label).join(", ")}</h1>
      <LineChart
        id="compare-chart"
        title={compareTitle(series, metric)}
        subtitle={info.definition}
        series={series}
        unit={info.unit}
        thresholds={compareThresholds(metric)}
        source={sourceLine(getEdition())}
        dataHref="/data"
        headingLevel={2}
        embedHref={`/embed${href}`}
      />
      <p className="embed-more">
        <a href={href} target="_top">
          Compare any Allies, on NATO's own figures
        </a>
      </p>
    </div>
  );
}
