import {
  BASIS_LABELS,
  type EditionFigure,
  editionDateLine,
  editionLabel,
  formatMetricValue,
  type MetricUnit,
} from "@nato/core";
import { TableWrap } from "@/components/tables/TableWrap";
import { axisTicks, linearScale, round, textWidth, tickLabels } from "@/lib/chart";
import { siteUrl } from "@/lib/env";
import { LATEST_EDITION } from "@/lib/site";
import { ChartSource } from "./ChartSource";
import { ChartTools } from "./ChartTools";

/**
 * Props of `EditionChart` (server component): what each NATO edition said about one figure for one year,
 * one bar per edition, oldest release first, as core's `figureRevisions` gives them (`editions`, newest
 * first). Estimates are hatched and marked "e"; bars of editions on core defence expenditure have their own
 * colour, so that NATO's change of basis is not read as an ordinary revision.
 * - `title`: written by core (`yearEditionsTitle`); `source`: core's source lines.
 */
export interface EditionChartProps {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly figures: readonly EditionFigure[];
  readonly unit: MetricUnit;
  readonly valueLabel: string;
  readonly source: string;
  readonly dataHref?: string;
  readonly headingLevel?: 2 | 3;
  /** The page that carries this chart alone, for other sites to frame (`/embed/...`). */
  readonly embedHref?: string;
  /** The frame's height where the host page strips the embed script (lib/embed.ts; `EMBED_HEIGHT` unless given). */
  readonly embedHeight?: number;
}

const WIDTH = 520;
const HEIGHT = 260;
const RIGHT = 10;
const TOP = 22;
const BOTTOM = 34;

export function EditionChart({
  id,
  title,
  subtitle,
  figures,
  unit,
  valueLabel,
  source,
  dataHref = "/data",
  headingLevel = 3,
  embedHref,
  embedHeight,
}: EditionChartProps) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  const bars = [...figures].reverse();
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const { ticks, top } = axisTicks(max > 0 ? max : 1, 4);
  // The fewest decimals that state each tick, never two alike ("0.5%", "1%", not "1%", "1%").
  const labels = tickLabels(ticks, (v, digits) => formatMetricValue(v, unit, { digits }));
  // Room for the widest tick label at a phone's text size (lib/chart.ts), as the line chart leaves.
  const left = Math.max(40, Math.ceil(Math.max(...labels.map((label) => textWidth(label))) + 14));
  const y = linearScale([0, top], [HEIGHT - BOTTOM, TOP]);
  const band = (WIDTH - left - RIGHT) / Math.max(1, bars.length);
  const barWidth = Math.min(band * 0.6, 70);
  const text = (f: EditionFigure) => formatMetricValue(f.value, unit, { estimate: f.estimate });
  const bases = new Set(bars.map((b) => b.basis));
  return (
    <figure className="chart" id={id} aria-labelledby={`${id}-title`}>
      <Heading className="chart-title" id={`${id}-title`}>
        {title}
      </Heading>
      {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
      <ul className="legend" aria-hidden="true">
        {bases.has("defence-expenditure") ? (
          <li>
            <span className="swatch swatch-meets" /> {BASIS_LABELS["defence-expenditure"]}
          </li>
        ) : null}
        {bases.has("core-defence-expenditure") ? (
          <li>
            <span className="swatch swatch-core" /> {BASIS_LABELS["core-defence-expenditure"]}
          </li>
        ) : null}
        <li>
          <span className="swatch swatch-estimate" /> estimate (e)
        </li>
      </ul>
      <div className="chart-frame">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title>{title}</title>
          <desc id={`${id}-desc`}>
            {bars.map((b) => `${editionLabel(b.edition)} edition: ${text(b)}.`).join(" ")}
          </desc>
          <defs>
            <pattern
              id={`${id}-hatch`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" className="bar-estimate-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="bar-estimate-line" />
            </pattern>
            <pattern
              id={`${id}-hatch-core`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" className="bar-core-estimate-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="bar-core-estimate-line" />
            </pattern>
          </defs>
          <g className="grid">
            {ticks.map((t) => (
              <line key={t} x1={left} x2={WIDTH - RIGHT} y1={round(y(t))} y2={round(y(t))} />
            ))}
          </g>
          <g className="axis">
            {ticks.map((t, i) => (
              <text key={t} x={left - 6} y={round(y(t)) + 4} textAnchor="end">
                {labels[i]}
              </text>
            ))}
          </g>
          {bars.map((b, i) => {
            const x = left + i * band + (band - barWidth) / 2;
            const cx = round(x + barWidth / 2);
            const core = b.basis === "core-defence-expenditure";
            const label = editionLabel(b.edition, { month: "short" });
            return (
              <g key={b.edition}>
                {b.value === null ? (
                  <text className="bar-label" x={cx} y={round(y(0)) - 5} textAnchor="middle">
                    no data
                  </text>
                ) : (
                  <>
                    <rect
                      className={core ? "bar-value bar-core" : "bar-value"}
                      data-x={i}
                      data-y={0}
                      data-tip={`${editionLabel(b.edition)} edition: ${text(b)}`}
                      x={round(x)}
                      width={round(barWidth)}
                      y={round(y(b.value))}
                      height={round(y(0) - y(b.value))}
                      style={b.estimate ? { fill: `url(#${id}-hatch${core ? "-core" : ""})` } : undefined}
                    />
                    <text className="bar-label" x={cx} y={round(y(b.value)) - 5} textAnchor="middle">
                      {text(b)}
                    </text>
                  </>
                )}
                <text className="tick-label" x={cx} y={HEIGHT - BOTTOM + 20} textAnchor="middle">
                  {label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ChartSource source={source} dataHref={dataHref} />
      <ChartTools
        chartId={id}
        dateLine={editionDateLine(LATEST_EDITION)}
        embed={embedHref ? { href: embedHref, title, origin: siteUrl, height: embedHeight } : undefined}
      />
      <details id={`${id}-data`}>
        <summary>Data table</summary>
        <TableWrap label={`${title}: the figures`}>
          <table>
            <caption className="visually-hidden">{title}: the figures</caption>
            <thead>
              <tr>
                <th scope="col">Edition</th>
                <th scope="col">Published</th>
                <th scope="col" className="num">
                  {valueLabel}
                </th>
                <th scope="col">Basis</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.edition}>
                  <th scope="row">{editionLabel(b.edition)}</th>
                  <td>{b.publishedOn ?? ""}</td>
                  <td className="num">{text(b)}</td>
                  <td>{b.basis ? BASIS_LABELS[b.basis] : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}
