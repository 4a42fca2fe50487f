import {
  type AllyCode,
  allDatasets,
  allyByCode,
  figureRevisions,
  formatMetricValue,
  getDataset,
  HAGUE_CORE,
  METRIC_INFO,
  type Metric,
  mostPublishedYear,
  pathTitle,
  possessive,
  projectAlly,
  seriesOf,
  seriesTrendTitle,
  sourceLine,
  yearEditionsTitle,
} from "@nato/core";
import { EditionChart } from "@/components/charts/EditionChart";
import { LineChart } from "@/components/charts/LineChart";
import { allyColour } from "@/lib/ally-colours";
import { EQUIPMENT_THRESHOLDS, SHARE_THRESHOLDS } from "@/lib/chart-thresholds";
import { EDITIONS_EMBED_HEIGHT, PATH_EMBED_HEIGHT } from "@/lib/embed";
import { datasetCsvHref, siteSourceLine } from "@/lib/site";

/**
 * The Ally page's charts that other sites may frame besides its share of GDP (`/embed/allies/<code>`) and
 * its revisions (`/embed/revisions/<code>`), each drawn the same on the page and on its own
 * `/embed/allies/<code>/<chart>` page.
 */
export const ALLY_CHART_EMBEDS = [
  "spend",
  "equipment",
  "per-capita",
  "personnel",
  "path",
  "editions",
] as const;
export type AllyChartEmbed = (typeof ALLY_CHART_EMBEDS)[number];

/** The address of one of an Ally's charts alone, for other sites to frame. */
export const allyChartEmbedHref = (code: AllyCode, chart: AllyChartEmbed) => `/embed/allies/${code}/${chart}`;

/** What the chart alone is called, for its embed page's title. */
export const ALLY_CHART_NAMES: Readonly<Record<AllyChartEmbed, string>> = {
  spend: "defence spending in 2021 prices",
  equipment: "equipment share of defence spending",
  "per-capita": "defence spending per person",
  personnel: "military personnel",
  path: "the path to 3.5% and 5%",
  editions: "one year's share of GDP in each NATO edition",
};

const DEADLINE = HAGUE_CORE.deadline ?? 2035;

const TRENDS: Readonly<
  Record<
    "spend" | "equipment" | "per-capita" | "personnel",
    { metric: Metric; what: string; unit: Parameters<typeof formatMetricValue>[1]; id: string }
  >
> = {
  spend: {
    metric: "expenditureUsdConstant2021M",
    what: "spending in constant 2021 prices",
    unit: "usd-m",
    id: "spend",
  },
  equipment: {
    metric: "equipmentSharePct",
    what: "equipment share",
    unit: "pct-of-expenditure",
    id: "equipment",
  },
  "per-capita": {
    metric: "expenditurePerCapitaUsd2021",
    what: "spending per person",
    unit: "usd",
    id: "per-capita",
  },
  personnel: {
    metric: "militaryPersonnelThousands",
    what: "military personnel",
    unit: "thousands",
    id: "personnel",
  },
};

/** True when the Ally has this chart (the editions chart needs a year published in more than one edition). */
export function hasAllyChart(code: AllyCode, chart: AllyChartEmbed): boolean {
  if (!allyByCode(code).hasArmedForces) return false;
  return chart !== "editions" || mostPublishedYear(code) !== null;
}

/** One of an Ally's charts, as its page and its embed page draw it. */
export function AllyChart({
  code,
  chart,
  headingLevel = 3,
}: {
  code: AllyCode;
  chart: AllyChartEmbed;
  headingLevel?: 2 | 3;
}) {
  const { name } = allyByCode(code);
  const dataset = getDataset();
  const source = siteSourceLine(dataset.edition);
  const dataHref = datasetCsvHref(dataset.edition);
  const colour = allyColour(code);
  const embedHref = allyChartEmbedHref(code, chart);
  const points = (metric: Metric) =>
    seriesOf(dataset, code).map((o) => ({ year: o.year, value: o[metric], estimate: o.estimate }));

  if (chart === "path") {
    const share = points("shareOfGdpPct");
    const to35 = projectAlly(dataset, code, { targetPct: HAGUE_CORE.threshold, deadline: DEADLINE });
    const to5 = projectAlly(dataset, code, { targetPct: 5, deadline: DEADLINE });
    return (
      <LineChart
        id="path-chart"
        headingLevel={headingLevel}
        embedHref={embedHref}
        embedHeight={PATH_EMBED_HEIGHT}
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
    );
  }

  if (chart === "editions") {
    const year = mostPublishedYear(code);
    const followed = year === null ? null : figureRevisions(code, year);
    if (!followed) return null;
    return (
      <EditionChart
        id="year-editions-chart"
        headingLevel={headingLevel}
        embedHref={embedHref}
        embedHeight={EDITIONS_EMBED_HEIGHT}
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
    );
  }

  const trend = TRENDS[chart];
  const values = points(trend.metric);
  return (
    <LineChart
      id={trend.id}
      headingLevel={headingLevel}
      embedHref={embedHref}
      title={seriesTrendTitle(name, trend.what, values, (v) => formatMetricValue(v, trend.unit))}
      subtitle={METRIC_INFO[trend.metric].definition}
      series={[{ id: trend.id, label: name, points: values, colour }]}
      unit={trend.unit}
      thresholds={chart === "equipment" ? EQUIPMENT_THRESHOLDS : undefined}
      source={source}
      dataHref={dataHref}
    />
  );
}
