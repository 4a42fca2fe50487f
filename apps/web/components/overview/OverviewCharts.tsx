import {
  burdenSharing,
  burdenTrendTitle,
  complianceByYear,
  complianceTrendTitle,
  formatUsdM,
  formatYear,
  getDataset,
  HAGUE_CORE,
  METRIC_INFO,
  membersIn,
  observationOf,
  seriesOf,
  seriesTrendTitle,
  TWO_PERCENT,
  yearSummaryTitle,
} from "@nato/core";
import { BarChart } from "@/components/charts/BarChart";
import { LineChart } from "@/components/charts/LineChart";
import { AlliesMap } from "@/components/map/AlliesMap";
import { ALLY_COLOURS } from "@/lib/ally-colours";
import { allyBands } from "@/lib/bands";
import { latestYear } from "@/lib/params";
import { datasetCsvHref, siteSourceLine } from "@/lib/site";

/**
 * The overview's charts that other sites may frame, each drawn the same on the overview and on its own
 * `/embed/overview/<id>` page: the map of the latest year, the Allies at 2% year by year, the United
 * States against Europe and Canada, and NATO's total.
 */
export const OVERVIEW_EMBEDS = ["map", "allies-at-2", "burden", "nato-total"] as const;
export type OverviewEmbed = (typeof OVERVIEW_EMBEDS)[number];

/** The address of an overview chart's page to frame. */
export const overviewEmbedHref = (id: OverviewEmbed) => `/embed/overview/${id}`;

/** Every Ally's share of GDP in the latest year, on a map (a tile grid on phones). */
export function OverviewMap() {
  const dataset = getDataset();
  const year = latestYear();
  const estimate = observationOf(dataset, "NATO", year)?.estimate ?? false;
  const twoNow = complianceByYear(dataset, TWO_PERCENT).at(-1);
  const coreNow = complianceByYear(dataset, HAGUE_CORE).at(-1);
  return (
    <AlliesMap
      id="map"
      title={twoNow && coreNow ? yearSummaryTitle(twoNow, coreNow) : `${formatYear(year, estimate)}: no data`}
      bands={allyBands(dataset, membersIn(year), year)}
      source={siteSourceLine(dataset.edition)}
      dataHref={datasetCsvHref(dataset.edition)}
      embedHref={overviewEmbedHref("map")}
    />
  );
}

/** How many Allies met 2% each year since 2014, out of that year's members with armed forces. */
export function AlliesAtTwoChart({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const dataset = getDataset();
  const since2014 = complianceByYear(dataset, TWO_PERCENT).filter((c) => c.year >= 2014);
  return (
    <BarChart
      id="allies-at-2"
      headingLevel={headingLevel}
      title={complianceTrendTitle("2%", since2014)}
      subtitle="Allies spending at least 2% of GDP on defence, out of that year's members with armed forces (Iceland has none; Finland counted from 2023, Sweden from 2024)."
      bars={since2014.map((c) => ({ year: c.year, value: c.met, total: c.judged, estimate: c.estimate }))}
      valueLabel="Allies at 2%"
      totalLabel="Members with armed forces"
      source={siteSourceLine(dataset.edition)}
      dataHref={datasetCsvHref(dataset.edition)}
      embedHref={overviewEmbedHref("allies-at-2")}
    />
  );
}

/** The United States' spending against Europe and Canada's, since 2014. */
export function BurdenChart({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const dataset = getDataset();
  const years = complianceByYear(dataset, TWO_PERCENT)
    .filter((c) => c.year >= 2014)
    .map((c) => burdenSharing(dataset, c.year));
  return (
    <LineChart
      id="burden"
      headingLevel={headingLevel}
      title={burdenTrendTitle(years)}
      subtitle="Defence spending of the United States and of NATO Europe and Canada, million US dollars at current prices and exchange rates."
      series={[
        {
          id: "united-states",
          label: "United States",
          colour: ALLY_COLOURS.USA,
          points: years.map((b) => ({ year: b.year, value: b.unitedStates.spendUsdM, estimate: b.estimate })),
        },
        {
          id: "europe-canada",
          label: "Europe and Canada",
          colour: 2,
          points: years.map((b) => ({
            year: b.year,
            value: b.europeAndCanada.spendUsdM,
            estimate: b.estimate,
          })),
        },
      ]}
      unit="usd-m"
      source={siteSourceLine(dataset.edition)}
      dataHref={datasetCsvHref(dataset.edition)}
      embedHref={overviewEmbedHref("burden")}
    />
  );
}

/** NATO's total in constant 2021 prices. */
export function NatoTotalChart({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const dataset = getDataset();
  const natoTotal = seriesOf(dataset, "NATO").map((o) => ({
    year: o.year,
    value: o.expenditureUsdConstant2021M,
    estimate: o.estimate,
  }));
  return (
    <LineChart
      id="nato-total"
      headingLevel={headingLevel}
      title={seriesTrendTitle("NATO", "total defence spending in 2021 prices", natoTotal, (v) =>
        formatUsdM(v),
      )}
      subtitle={`All Allies together, as NATO counts them (each from its accession year). ${METRIC_INFO.expenditureUsdConstant2021M.definition}`}
      series={[{ id: "nato-total", label: "NATO total", points: natoTotal }]}
      unit="usd-m"
      source={siteSourceLine(dataset.edition)}
      dataHref={datasetCsvHref(dataset.edition)}
      embedHref={overviewEmbedHref("nato-total")}
    />
  );
}
