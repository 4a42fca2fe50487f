import { editionDateLine, formatMetricValue, formatYear, type MetricUnit } from "@nato/core";
import { TableWrap } from "@/components/tables/TableWrap";
import {
  type ChartPoint,
  linearScale,
  linePaths,
  type MarginLabel,
  marginColumn,
  niceTicks,
  PHONE_FONT,
  round,
  textWidth,
  tickLabels,
} from "@/lib/chart";
import { siteUrl } from "@/lib/env";
import { LATEST_EDITION } from "@/lib/site";
import { ChartSource } from "./ChartSource";
import { ChartTools } from "./ChartTools";
import { SmallMultiples } from "./SmallMultiples";

/** More lines than this cannot be told apart on one chart: past it, one small chart per series. */
const MAX_LINES = 8;

import { Value } from "./Estimate";

/**
 * One line on the chart.
 * - `label`: the series' name, in the legend and the table's column head ("Poland", an edition's name).
 * - `short`: a shorter name for the end of the line ("Jul 2026"), where the margin's room is short; the
 *   full `label` is then in the legend beside the line's colour (default: `label`).
 * - `points`: one per year; `value: null` leaves a gap; `estimate: true` (NATO's "e") draws the segment
 *   into that year dashed, the point hollow, and adds "e" to the value.
 * - `style: "projection"`: a dotted line for computed paths (projections), never to be read as NATO's figures.
 */
export interface LineSeries {
  readonly id: string;
  readonly label: string;
  readonly short?: string;
  readonly points: readonly ChartPoint[];
  readonly style?: "figures" | "projection";
  /** Draw the last value at the end of the line (default true). */
  readonly endLabel?: boolean;
  /** A fixed palette slot (an Ally's colour, lib/ally-colours.ts); otherwise by the series' place. */
  readonly colour?: number;
}

/** The class that colours a series: its own fixed colour, else ink for a lone line, else by its place. */
export function seriesClass(s: LineSeries, index: number, single: boolean): string {
  if (s.colour !== undefined) return `series-${s.colour}`;
  return single ? "series-0" : `series-${(index % 8) + 1}`;
}

/**
 * A labelled horizontal line: a rule's threshold ("2% guideline", "3.5% core, The Hague"). Its label is
 * drawn in the right margin, beside the line's end, never over the data: `short` ("3.5% core") when
 * given, with the full `label` in the legend and the chart's description.
 */
export interface Threshold {
  readonly value: number;
  readonly label: string;
  readonly short?: string;
}

/**
 * Props of `LineChart` (a server component; no client JavaScript).
 * - `id`: unique on the page; anchors the chart (`#id`) and its table (`#id-data`).
 * - `title`: the question the chart answers, written by core (`shareTrendTitle`, `seriesTrendTitle`).
 * - `subtitle`: unit and definition, e.g. METRIC_INFO[metric].definition.
 * - `series`: one or more lines (up to 8 stay distinguishable).
 * - `unit`: how values are formatted on the axis, labels and table (core's `formatMetricValue`).
 * - `thresholds`: labelled reference lines; always inside the vertical range.
 * - `source`: the credit line, core's `sourceLine(edition)`.
 * - `dataHref`: a link to the data behind the chart (a download or the data page).
 * - `headingLevel`: the title's heading level in the page outline (default 3).
 */
export interface LineChartProps {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly series: readonly LineSeries[];
  readonly unit: MetricUnit;
  readonly thresholds?: readonly Threshold[];
  readonly source: string;
  readonly dataHref?: string;
  readonly headingLevel?: 2 | 3 | 4;
  /** The page that carries this chart alone, for other sites to frame (`/embed/...`). */
  readonly embedHref?: string;
  /** The frame's height where the host page strips the embed script (lib/embed.ts; `EMBED_HEIGHT` unless given). */
  readonly embedHeight?: number;
}

// Drawn in a 520-unit box: text is 10.5 units on wide screens and 17.5 on phones (globals.css), where the
// SVG is drawn at about 330 px. Margins, gaps and label places are all computed for the phone's larger
// text (lib/chart.ts `textWidth`), so labels that are apart on a phone are apart everywhere.
const WIDTH = 520;
const HEIGHT = 320;
const TOP = 16;
const BOTTOM = 40;
const RIGHT = 24;
const LABEL_GAP = PHONE_FONT * 1.1;
/** The widest the right margin's labels may make it, leaving the plot about 60% of the chart's width. */
const MAX_MARGIN = 160;

/** The chart: SVG drawn on the server, the source line, a data table and a link to the data. */
export function LineChart({
  id,
  title,
  subtitle,
  series,
  unit,
  thresholds = [],
  source,
  dataHref = "/data",
  headingLevel = 3,
  embedHref,
  embedHeight,
}: LineChartProps) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const all = series.flatMap((s) => s.points);
  const values = all.map((p) => p.value).filter((v): v is number => typeof v === "number");
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  // A year is marked "e" on the axis when every figure drawn for it is an estimate (editions differ:
  // a year is an estimate in one edition and not in the next).
  const valued = series
    .filter((s) => s.style !== "projection")
    .flatMap((s) => s.points)
    .filter((p) => typeof p.value === "number");
  const estimateYears = new Set(
    years.filter((year) => {
      const inYear = valued.filter((p) => p.year === year);
      return inYear.length > 0 && inYear.every((p) => p.estimate);
    }),
  );
  const anyEstimate = valued.some((p) => p.estimate);
  const maxValue = Math.max(0, ...values, ...thresholds.map((t) => t.value));
  const ticks = niceTicks(0, maxValue * 1.04, 5);
  const yTop = ticks[ticks.length - 1] ?? 1;
  const labels = tickLabels(ticks, (v, digits) => formatMetricValue(v, unit, { digits }));
  const tickText = (v: number) => labels[ticks.indexOf(v)] ?? formatMetricValue(v, unit);
  const left = Math.max(36, Math.ceil(Math.max(...ticks.map((t) => textWidth(tickText(t)))) + 14));
  const firstYear = years[0] ?? 0;
  const lastYear = years[years.length - 1] ?? firstYear + 1;
  const single = series.length === 1;
  const valueText = (point: ChartPoint & { value: number }) =>
    formatMetricValue(point.value, unit, { estimate: point.estimate ?? false });
  const y = linearScale([0, yTop], [HEIGHT - BOTTOM, TOP]);
  const ends = series.map((s) => {
    if (s.endLabel === false) return null;
    const last = [...s.points].reverse().find((p) => typeof p.value === "number");
    return last ? { series: s, point: last as ChartPoint & { value: number } } : null;
  });
  // The right margin holds one column of labels: each threshold's beside its line, and each line's end
  // label at its line's height, moved around the thresholds' and apart as needed. Its width comes out of
  // the plot's, so the end labels take the first of these that leaves the margin at most MAX_MARGIN:
  // name and value ("United Kingdom 2.56% e"); the short name and value ("GBR 2.56% e", "Jul 2026
  // 4.68% e"); the name above the value, on two lines, when they fit the plot's height. The legend above
  // the plot names every line in full.
  const layout = (style: "full" | "short" | "two-line") => {
    const lines = (e: NonNullable<(typeof ends)[number]>): string[] => {
      const value = valueText(e.point);
      if (single) return [value];
      const name = style === "full" ? e.series.label : (e.series.short ?? e.series.label);
      return style === "two-line" ? [name, value] : [`${name} ${value}`];
    };
    const twoLine = style === "two-line" && !single;
    // A two-line label is twice as tall: every label is kept two lines' height from the next.
    const gap = twoLine ? LABEL_GAP * 2 : LABEL_GAP;
    const half = twoLine ? PHONE_FONT * 0.55 : 0;
    const column: (MarginLabel & { kind: "end" | "threshold"; index: number; lines: string[] })[] = [
      ...ends.flatMap((e, index) => {
        if (!e) return [];
        const text = lines(e);
        const widest = text.reduce((a, b) =>
          textWidth(b, PHONE_FONT, true) > textWidth(a, PHONE_FONT, true) ? b : a,
        );
        return [{ kind: "end" as const, index, y: y(e.point.value), text: widest, lines: text, bold: true }];
      }),
      ...thresholds.map((t, index) => ({
        kind: "threshold" as const,
        index,
        y: y(t.value),
        text: t.short ?? t.label,
        lines: [t.short ?? t.label],
        bold: true,
        pinned: true,
      })),
    ];
    const top = TOP + PHONE_FONT * 0.4 + half;
    const bottom = HEIGHT - BOTTOM - half;
    const fits = (column.length - 1) * gap <= bottom - top;
    return { column, fits, margin: marginColumn(column, gap, top, bottom, RIGHT) };
  };
  const layouts = [layout("full"), layout("short"), layout("two-line")].filter((l) => l.fits);
  // None narrow enough: the narrowest of those that fit.
  const chosen =
    layouts.find((l) => l.margin.width <= MAX_MARGIN) ??
    layouts.sort((a, b) => a.margin.width - b.margin.width)[0] ??
    layout("short");
  const { column, margin } = chosen;
  const right = margin.width;
  const plotRight = WIDTH - right;
  const x = linearScale([firstYear, lastYear === firstYear ? firstYear + 1 : lastYear], [left, plotRight]);
  // Year labels: as often as "2026e" fits at 10.5 units (wide screens) and, of those, as often as it
  // fits at 17.5 units (phones; the others carry "tick-minor" and are hidden there).
  const perYear = (plotRight - left) / Math.max(1, years.length - 1);
  const yearStep = Math.max(1, Math.ceil(38 / perYear));
  const phoneStep = yearStep * Math.max(1, Math.ceil((textWidth("2026e") + 10) / (yearStep * perYear)));
  const endLines = (index: number) => column.find((c) => c.kind === "end" && c.index === index)?.lines ?? [];
  const placed = (kind: "end" | "threshold", index: number) => {
    const k = column.findIndex((c) => c.kind === kind && c.index === index);
    return margin.ys[k] ?? 0;
  };
  // The thresholds' full names, where the margin shows a short one ("3.5% core").
  const thresholdNames = thresholds.some((t) => t.short !== undefined && t.short !== t.label)
    ? thresholds.map((t) => t.label).join("; ")
    : null;
  const hasEstimates = anyEstimate;
  const multiples = series.length > MAX_LINES;
  const hasProjection = series.some((s) => s.style === "projection");

  return (
    <figure className="chart" id={id} aria-labelledby={`${id}-title`}>
      <Heading className="chart-title" id={`${id}-title`}>
        {title}
      </Heading>
      {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
      {multiples && thresholds.length > 0 ? (
        <p className="chart-subtitle">Dotted lines: {thresholds.map((t) => t.label).join("; ")}.</p>
      ) : null}
      {hasEstimates || hasProjection || !single || (thresholdNames && !multiples) ? (
        <ul className="legend" aria-hidden="true">
          {series.length > 1 && !multiples
            ? series.map((s, i) => (
                <li key={s.id}>
                  <svg viewBox="0 0 28 12" aria-hidden="true">
                    <line x1="2" x2="26" y1="6" y2="6" className={seriesClass(s, i, false)} strokeWidth="3" />
                  </svg>
                  {s.label}
                </li>
              ))
            : null}
          <li>
            <svg viewBox="0 0 28 12" aria-hidden="true">
              <line x1="2" x2="26" y1="6" y2="6" stroke="currentColor" strokeWidth="2" />
            </svg>
            NATO figure
          </li>
          {hasEstimates ? (
            <li>
              <svg viewBox="0 0 28 12" aria-hidden="true">
                <line
                  x1="2"
                  x2="26"
                  y1="6"
                  y2="6"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeDasharray="5 3"
                />
              </svg>
              estimate (e)
            </li>
          ) : null}
          {thresholdNames && !multiples ? (
            <li>
              <svg viewBox="0 0 28 12" aria-hidden="true">
                <line x1="2" x2="26" y1="6" y2="6" className="threshold-key" />
              </svg>
              {thresholdNames}
            </li>
          ) : null}
          {hasProjection ? (
            <li>
              <svg viewBox="0 0 28 12" aria-hidden="true">
                <line
                  x1="2"
                  x2="26"
                  y1="6"
                  y2="6"
                  stroke="currentColor"
                  strokeWidth="2.5"
                  strokeDasharray="0.1 5"
                  strokeLinecap="round"
                />
              </svg>
              projected path
            </li>
          ) : null}
        </ul>
      ) : null}
      {multiples ? (
        <SmallMultiples id={id} series={series} unit={unit} thresholds={thresholds} />
      ) : (
        <div className="chart-frame">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
            <title>{title}</title>
            <desc id={`${id}-desc`}>
              {series
                .map((s) => {
                  const known = s.points.filter((p) => typeof p.value === "number");
                  const f = known[0];
                  const l = known[known.length - 1];
                  return f && l
                    ? `${s.label}: ${formatMetricValue(f.value, unit, { estimate: f.estimate ?? false })} in ${f.year}, ${formatMetricValue(l.value, unit, { estimate: l.estimate ?? false })} in ${formatYear(l.year, l.estimate)}.`
                    : `${s.label}: no data.`;
                })
                .join(" ")}{" "}
              {thresholds.length > 0 ? `Lines mark ${thresholds.map((t) => t.label).join("; ")}. ` : ""}
              The data table follows the chart.
            </desc>
            <g className="grid">
              {ticks.map((t) => (
                <line key={t} x1={left} x2={plotRight} y1={round(y(t))} y2={round(y(t))} />
              ))}
            </g>
            <g className="axis">
              {ticks.map((t) => (
                <text key={t} x={left - 8} y={round(y(t)) + 4} textAnchor="end">
                  {tickText(t)}
                </text>
              ))}
              <line className="baseline" x1={left} x2={plotRight} y1={y(0)} y2={y(0)} />
              {years.map((year, i) => {
                const lastIndex = years.length - 1;
                const show = i === lastIndex || (i % yearStep === 0 && lastIndex - i >= yearStep);
                if (!show) return null;
                const onPhone = i === lastIndex || (i % phoneStep === 0 && lastIndex - i >= phoneStep);
                const minor = !onPhone;
                return (
                  <text
                    key={year}
                    className={minor ? "tick-minor" : undefined}
                    x={round(x(year))}
                    y={HEIGHT - BOTTOM + 26}
                    textAnchor="middle"
                  >
                    {formatYear(year, estimateYears.has(year))}
                  </text>
                );
              })}
            </g>
            <g className="threshold">
              {thresholds.map((t) => (
                <line
                  key={t.label}
                  data-threshold={t.value}
                  x1={left}
                  x2={plotRight}
                  y1={round(y(t.value))}
                  y2={round(y(t.value))}
                />
              ))}
            </g>
            {series.map((s, i) => {
              const paths = linePaths(s.points, x, y);
              const cls = seriesClass(s, i, single);
              const projection = s.style === "projection";
              return (
                <g key={s.id} className={`series ${cls}${projection ? " projection" : ""}`}>
                  {paths.solid ? (
                    <path d={paths.solid} className={projection ? "line-projection" : "line"} />
                  ) : null}
                  {paths.dashed ? <path d={paths.dashed} className="line-estimate" /> : null}
                  {projection
                    ? null
                    : s.points.map((p) =>
                        typeof p.value === "number" ? (
                          <circle
                            key={p.year}
                            data-x={p.year}
                            data-y={round(y(p.value))}
                            data-tip={`${s.label}, ${formatYear(p.year, p.estimate)}: ${formatMetricValue(p.value, unit, { estimate: p.estimate ?? false })}`}
                            cx={round(x(p.year))}
                            cy={round(y(p.value))}
                            r={p.estimate ? 3.5 : 2.75}
                            className={p.estimate ? "point-estimate" : "point"}
                          />
                        ) : null,
                      )}
                </g>
              );
            })}
            {/* Thresholds' labels in the right margin, beside their lines' ends: outside the plot, so no
                data line runs through them; a short leader where a label had to move off its line. */}
            <g className="threshold threshold-labels">
              {thresholds.map((t, i) => {
                const ly = round(y(t.value));
                const at = round(placed("threshold", i));
                return (
                  <g key={t.label}>
                    {Math.abs(at - ly) > 3 ? (
                      <line
                        className="leader"
                        x1={round(plotRight)}
                        y1={ly}
                        x2={round(plotRight + 6)}
                        y2={at}
                      />
                    ) : null}
                    <text data-threshold={t.value} x={round(plotRight + 8)} y={round(at + PHONE_FONT * 0.35)}>
                      {t.short ?? t.label}
                    </text>
                  </g>
                );
              })}
            </g>
            {ends.map((e, i) => {
              if (!e) return null;
              const cls = seriesClass(e.series, i, single);
              return (
                <text
                  key={e.series.id}
                  className={`series-label ${cls}`}
                  x={round(plotRight + 8)}
                  y={round(placed("end", i) + PHONE_FONT * 0.35)}
                >
                  {endLines(i).length > 1
                    ? endLines(i).map((line, k) => (
                        <tspan key={line} x={round(plotRight + 8)} dy={k === 0 ? "-0.55em" : "1.1em"}>
                          {line}
                        </tspan>
                      ))
                    : endLines(i)[0]}
                </text>
              );
            })}
          </svg>
        </div>
      )}
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
                <th scope="col">Year</th>
                {series.map((s) => (
                  <th key={s.id} scope="col" className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year}>
                  <th scope="row" className="num">
                    {formatYear(year, estimateYears.has(year))}
                  </th>
                  {series.map((s) => {
                    const p = s.points.find((q) => q.year === year);
                    return (
                      <td key={s.id} className="num">
                        {p ? <Value value={p.value} unit={unit} estimate={p.estimate} /> : "—"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}
