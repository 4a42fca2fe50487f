import { ALLIES, allyByCode, getDataset, METRIC_INFO, seriesOf, shareTrendTitle } from "@nato/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LineChart } from "@/components/charts/LineChart";
import { allyColour } from "@/lib/ally-colours";
import { SHARE_THRESHOLDS } from "@/lib/chart-thresholds";
import { allyRoute } from "@/lib/params";
import { datasetCsvHref, siteSourceLine } from "@/lib/site";

interface Props {
  readonly params: Promise<{ code: string }>;
}

export function generateStaticParams() {
  return ALLIES.filter((a) => a.hasArmedForces).map((a) => ({ code: a.code }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = allyRoute((await params).code);
  if (route.kind !== "page") return {};
  const ally = allyByCode(route.code);
  return {
    title: `${ally.name}: share of GDP on defence (chart to embed)`,
    robots: { index: false },
    alternates: { canonical: `/allies/${ally.code}#share` },
  };
}

/**
 * One chart, to be framed by other sites (the only pages that may be: see next.config.ts): an Ally's
 * share of GDP against the 2%, 3.5% and 5% lines, with its source line and a link to the full page.
 */
export default async function EmbedAllyPage({ params }: Props) {
  const route = allyRoute((await params).code);
  if (route.kind !== "page") notFound();
  const ally = allyByCode(route.code);
  if (!ally.hasArmedForces) notFound();
  const dataset = getDataset();
  const share = seriesOf(dataset, ally.code).map((o) => ({
    year: o.year,
    value: o.shareOfGdpPct,
    estimate: o.estimate,
  }));
  return (
    <div className="embed-page">
      <h1 className="visually-hidden">{ally.name}: defence spending as a share of GDP</h1>
      <LineChart
        id="share"
        headingLevel={2}
        title={shareTrendTitle(ally.name, share)}
        subtitle={METRIC_INFO.shareOfGdpPct.definition}
        series={[{ id: "share", label: ally.name, points: share, colour: allyColour(ally.code) }]}
        unit="pct-of-gdp"
        thresholds={SHARE_THRESHOLDS}
        source={siteSourceLine(dataset.edition)}
        dataHref={datasetCsvHref(dataset.edition)}
      />
      <p className="embed-more">
        <a href={`/allies/${ally.code}`} target="_top">
          Every figure for {ally.name}
        </a>
      </p>
    </div>
  );
}
