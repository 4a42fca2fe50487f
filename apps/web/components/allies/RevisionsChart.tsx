import {
  type AllyCode,
  allDatasets,
  allyByCode,
  editionLabel,
  revisions,
  revisionTitle,
  seriesOf,
  sourceLine,
} from "@nato/core";
import { LineChart } from "@/components/charts/LineChart";
import { REVISIONS_EMBED_HEIGHT } from "@/lib/embed";

/** The address of an Ally's revisions chart alone, for other sites to frame. */
export const revisionsEmbedHref = (code: AllyCode) => `/embed/revisions/${code}`;

/**
 * An Ally's share of GDP as each NATO edition the site carries gives it, one line per edition: drawn the
 * same on the Ally's page (#revisions) and on its `/embed/revisions/<code>` page.
 */
export function RevisionsChart({ code, headingLevel = 3 }: { code: AllyCode; headingLevel?: 2 | 3 }) {
  const { name } = allyByCode(code);
  return (
    <LineChart
      id="revisions-chart"
      headingLevel={headingLevel}
      title={revisionTitle(name, revisions(allDatasets(), code))}
      series={allDatasets().map((d) => ({
        id: `edition-${d.edition.id}`,
        label: `${editionLabel(d.edition)} edition`,
        short: editionLabel(d.edition, { month: "short" }),
        points: seriesOf(d, code).map((o) => ({
          year: o.year,
          value: o.shareOfGdpPct,
          estimate: o.estimate,
        })),
      }))}
      unit="pct-of-gdp"
      source={`${allDatasets()
        .map((d) => sourceLine(d.edition, { estimates: false }))
        .join(" ")} e = estimate.`}
      dataHref="/data"
      embedHref={revisionsEmbedHref(code)}
      embedHeight={REVISIONS_EMBED_HEIGHT}
    />
  );
}
