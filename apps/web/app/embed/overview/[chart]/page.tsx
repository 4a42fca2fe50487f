import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  AlliesAtTwoChart,
  BurdenChart,
  NatoTotalChart,
  OVERVIEW_EMBEDS,
  type OverviewEmbed,
  OverviewMap,
} from "@/components/overview/OverviewCharts";

interface Props {
  readonly params: Promise<{ chart: string }>;
}

const TITLES: Record<OverviewEmbed, string> = {
  map: "Every Ally's share of GDP on defence, on a map",
  "allies-at-2": "Allies at 2% of GDP, year by year",
  burden: "The United States against Europe and Canada",
  "nato-total": "NATO's total defence spending",
};

const isEmbed = (id: string): id is OverviewEmbed => (OVERVIEW_EMBEDS as readonly string[]).includes(id);

export const dynamicParams = false;

export function generateStaticParams() {
  return OVERVIEW_EMBEDS.map((chart) => ({ chart }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  if (!isEmbed(chart)) return {};
  return {
    title: `${TITLES[chart]} (chart to embed)`,
    robots: { index: false },
    alternates: { canonical: `/#${chart}` },
  };
}

/** One of the overview's charts alone, for other sites to frame (the only pages that may be). */
export default async function EmbedOverviewChart({ params }: Props) {
  const { chart } = await params;
  if (!isEmbed(chart)) notFound();
  return (
    <div className="embed-page">
      <h1 className="visually-hidden">{TITLES[chart]}</h1>
      {chart === "map" ? (
        <OverviewMap />
      ) : chart === "allies-at-2" ? (
        <AlliesAtTwoChart />
      ) : chart === "burden" ? (
        <BurdenChart />
      ) : (
        <NatoTotalChart />
      )}
      <p className="embed-more">
        <a href={`/#${chart}`} target="_top">
          Every Ally and every rule, on NATO's own figures
        </a>
      </p>
    </div>
  );
}
