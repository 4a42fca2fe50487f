import { allyByCode } from "@nato/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  ALLY_CHART_EMBEDS,
  ALLY_CHART_NAMES,
  AllyChart,
  type AllyChartEmbed,
  hasAllyChart,
} from "@/components/allies/AllyCharts";
import { allyRoute } from "@/lib/params";

interface Props {
  readonly params: Promise<{ code: string; chart: string }>;
}

const isChart = (id: string): id is AllyChartEmbed => (ALLY_CHART_EMBEDS as readonly string[]).includes(id);

/** The Ally and chart a path names, or null: an unknown Ally or chart, or one the Ally has not. */
async function resolve(params: Props["params"]) {
  const { code, chart } = await params;
  const route = allyRoute(code);
  if (route.kind !== "page" || !isChart(chart) || !hasAllyChart(route.code, chart)) return null;
  return { ally: allyByCode(route.code), chart };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  return {
    title: `${found.ally.name}: ${ALLY_CHART_NAMES[found.chart]} (chart to embed)`,
    robots: { index: false },
    alternates: { canonical: `/allies/${found.ally.code}` },
  };
}

/** One of an Ally's charts alone (spending, equipment, per person, personnel, path, editions), to frame. */
export default async function EmbedAllyChartPage({ params }: Props) {
  const found = await resolve(params);
  if (!found) notFound();
  const { ally, chart } = found;
  return (
    <div className="embed-page">
      <h1 className="visually-hidden">
        {ally.name}: {ALLY_CHART_NAMES[chart]}
      </h1>
      <AllyChart code={ally.code} chart={chart} headingLevel={2} />
      <p className="embed-more">
        <a href={`/allies/${ally.code}`} target="_top">
          Every figure for {ally.name}
        </a>
      </p>
    </div>
  );
}
