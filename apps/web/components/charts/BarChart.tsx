import { editionDateLine, formatYear } from "@nato/core";
import { TableWrap } from "@/components/tables/TableWrap";
import { axisTicks, linearScale, round } from "@/lib/chart";
import { siteUrl } from "@/lib/env";
import { LATEST_EDITION } from "@/lib/site";
import { ChartSource } from "./ChartSource";
import { ChartTools } from "./ChartTools";

/** One bar: `value` out of `total` (drawn as a pale bar behind it); `estimate` hatches the bar and marks "e". */
export interface Bar {
  readonly year: number;
  readonly value: number;
  readonly total: number;
  readonly estimate: boolean;
}

/**
 * Props of `BarChart` (server component): counts per year out of a total, such as Allies meeting a rule
 * out of that year's members.
 * - `valueLabel` / `totalLabel`: the table's column heads ("Allies at 2%", "Members").
 * - `title`: written by core (`complianceTrendTitle`); `source`: core's `sourceLine`.
 */
export interface BarChartProps {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly bars: readonly Bar[];
  readonly valueLabel: string;
  readonly totalLabel: string;
  readonly source: string;
  readonly dataHref?: string;
  readonly headingLevel?: 2 | 3;
  /** The page that carries this chart alone, for other sites to frame (`/embed/...`). */
  readonly embedHref?: string;
}

const WIDTH = 520;
const HEIGHT = 280;
const LEFT = 36;
const RIGHT = 10;
const TOP = 22;
const BOTTOM = 34;

export function BarChart({
  id,
  title,
  subtitle,
  bars,
  valueLabel,
  totalLabel,
  source,
  dataHref = "/data",
  headingLevel = 2,
  embedHref,
}: BarChartProps) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  const max = Math.max(1, ...bars.map((b) => b.total));
  const { ticks, top } = axisTicks(max, 4);
  const y = linearScale([0, top], [HEIGHT - BOTTOM, TOP]);
  const band = (WIDTH - LEFT - RIGHT) / Math.max(1, bars.length);
  const barWidth = band * 0.72;
  return (
    <figure className="chart" id={id} aria-labelledby={`${id}-title`}>
      <Heading className="chart-title" id={`${id}-title`}>
        {title}
      </Heading>
      {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-meets" /> {valueLabel}
        </li>
        <li>
          <span className="swatch swatch-total" /> {totalLabel}
        </li>
        <li>
          <span className="swatch swatch-estimate" /> estimate (e)
        </li>
      </ul>
      <div className="chart-frame">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title>{title}</title>
          <desc id={`${id}-desc`}>
            {bars.map((b) => `${formatYear(b.year, b.estimate)}: ${b.value} of ${b.total}.`).join(" ")}
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
          </defs>
          <g className="grid">
            {ticks.map((t) => (
              <line key={t} x1={LEFT} x2={WIDTH - RIGHT} y1={round(y(t))} y2={round(y(t))} />
            ))}
          </g>
          <g className="axis">
            {ticks.map((t) => (
              <text key={t} x={LEFT - 6} y={round(y(t)) + 4} textAnchor="end">
                {t}
              </text>
            ))}
          </g>
          {bars.map((b, i) => {
            const x = LEFT + i * band + (band - barWidth) / 2;
            const cx = round(x + barWidth / 2);
            return (
              <g key={b.year}>
                <rect
                  className="bar-total"
                  x={round(x)}
                  width={round(barWidth)}
                  y={round(y(b.total))}
                  height={round(y(0) - y(b.total))}
                />
                <rect
                  className="bar-value"
                  data-x={b.year}
                  data-y={0}
                  data-tip={`${valueLabel}, ${formatYear(b.year, b.estimate)}: ${b.value} of ${b.total}`}
                  x={round(x)}
                  width={round(barWidth)}
                  y={round(y(b.value))}
                  height={round(y(0) - y(b.value))}
                  // A style, not a fill attribute: the stylesheet's bar colour would override an attribute.
                  style={b.estimate ? { fill: `url(#${id}-hatch)` } : undefined}
                />
                <text className="bar-label" x={cx} y={round(y(b.value)) - 5} textAnchor="middle">
                  {b.value}
                </text>
                <text
                  className={`tick-label${i % 2 === 1 && i !== bars.length - 1 ? " tick-minor" : ""}`}
                  x={cx}
                  y={HEIGHT - BOTTOM + 20}
                  textAnchor="middle"
                >
                  {formatYear(b.year, b.estimate)}
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
        embed={embedHref ? { href: embedHref, title, origin: siteUrl } : undefined}
      />
      <details id={`${id}-data`}>
        <summary>Data table</summary>
        <TableWrap label={`${title}: the figures`}>
          <table>
            <caption className="visually-hidden">{title}: the figures</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col" className="num">
                  {valueLabel}
                </th>
                <th scope="col" className="num">
                  {totalLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.year}>
                  <th scope="row" className="num">
                    {formatYear(b.year, b.estimate)}
                  </th>
                  <td className="num">{b.value}</td>
                  <td className="num">{b.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}
