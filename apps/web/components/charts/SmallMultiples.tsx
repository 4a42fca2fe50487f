import { formatMetricValue, formatYear, type MetricUnit } from "@nato/core";
import { axisTicks, type ChartPoint, linearScale, linePaths, round } from "@/lib/chart";
import type { LineSeries, Threshold } from "./LineChart";

const W = 200;
const H = 110;
const PAD = 6;

/**
 * Past eight lines one chart cannot be read: one small chart per Ally instead, on one shared scale, in the
 * order chosen. Names and latest values are HTML above each chart (they never clip); thresholds are
 * dotted lines named in the subtitle; estimates dashed, as on every chart.
 */
export function SmallMultiples({
  id,
  series,
  unit,
  thresholds = [],
}: {
  id: string;
  series: readonly LineSeries[];
  unit: MetricUnit;
  thresholds?: readonly Threshold[];
}) {
  const all = series.flatMap((s) => s.points);
  const values = all.map((p) => p.value).filter((v): v is number => typeof v === "number");
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  const { top } = axisTicks(Math.max(0, ...values, ...thresholds.map((t) => t.value)) * 1.04, 4);
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first + 1;
  const x = linearScale([first, last === first ? first + 1 : last], [PAD, W - PAD]);
  const y = linearScale([0, top], [H - PAD, PAD]);
  return (
    <ul className="small-multiples" id={`${id}-multiples`}>
      {series.map((s) => {
        const end = [...s.points]
          .reverse()
          .find((p): p is ChartPoint & { value: number } => typeof p.value === "number");
        const paths = linePaths(s.points, x, y);
        return (
          <li key={s.id}>
            <p className="small-multiple-name">
              <strong>{s.label}</strong>{" "}
              {end ? (
                <span className="num">
                  {formatMetricValue(end.value, unit, { estimate: end.estimate ?? false })} in{" "}
                  {formatYear(end.year, end.estimate)}
                </span>
              ) : (
                <span className="muted">no data</span>
              )}
            </p>
            <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${s.label}, ${first}-${last}`}>
              <rect className="small-multiple-frame" x="0.5" y="0.5" width={W - 1} height={H - 1} />
              <g className="threshold">
                {thresholds.map((t) => (
                  <line key={t.label} x1={PAD} x2={W - PAD} y1={round(y(t.value))} y2={round(y(t.value))} />
                ))}
              </g>
              <g className={`series ${s.colour !== undefined ? `series-${s.colour}` : "series-0"}`}>
                {paths.solid ? <path d={paths.solid} className="line" /> : null}
                {paths.dashed ? <path d={paths.dashed} className="line-estimate" /> : null}
              </g>
            </svg>
          </li>
        );
      })}
    </ul>
  );
}
