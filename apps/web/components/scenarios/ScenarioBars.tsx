import { formatUsdM, type Scenario, scenarioTitle } from "@nato/core";
import { linearScale, niceTicks, round } from "../../lib/chart";
import styles from "./scenarios.module.css";

const WIDTH = 640;
const HEIGHT = 260;
const TOP = 14;
const BOTTOM = 28;
const RIGHT = 162;

/**
 * The extra spending of a scenario year by year, as stacked bars: Europe and Canada below, the United
 * States above, each labelled at the last bar rather than in a legend. The year table beside it holds the
 * same figures for screen readers.
 */
export function ScenarioBars({ scenario, source }: { scenario: Scenario; source: string }) {
  const years = scenario.years;
  const title = scenarioTitle(scenario);
  const max = Math.max(0, ...years.map((y) => y.extraUsdConstant2021M));
  const ticks = niceTicks(0, max || 1, 4);
  const top = ticks[ticks.length - 1] ?? 1;
  const tickText = (v: number) => (v === 0 ? "$0" : formatUsdM(v));
  const left = Math.max(44, Math.max(...ticks.map((t) => tickText(t).length)) * 8 + 12);
  const y = linearScale([0, top], [HEIGHT - BOTTOM, TOP]);
  const band = (WIDTH - RIGHT - left) / Math.max(1, years.length);
  const barWidth = Math.max(1, band * 0.72);
  const x = (i: number) => left + i * band + (band - barWidth) / 2;
  const labelEvery = Math.ceil(years.length / 10);
  const last = years[years.length - 1];
  return (
    <figure className="chart" aria-labelledby="scenario-bars-title">
      <h3 className="chart-title" id="scenario-bars-title">
        {title}
      </h3>
      <p className="chart-subtitle">
        Extra defence spending over holding today's shares of GDP, constant 2021 US dollars. The table below
        gives every figure.
      </p>
      <div className="chart-frame">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="scenario-bars-title">
          <title>{title}</title>
          <g className="grid">
            {ticks.map((t) => (
              <line key={t} x1={left} x2={WIDTH - RIGHT} y1={round(y(t))} y2={round(y(t))} />
            ))}
          </g>
          <g className="axis">
            {ticks.map((t) => (
              <text key={t} x={left - 8} y={round(y(t)) + 4} textAnchor="end">
                {tickText(t)}
              </text>
            ))}
            {years.map((row, i) =>
              (i % labelEvery === 0 && years.length - 1 - i >= labelEvery / 2) || row === last ? (
                <text
                  key={row.year}
                  x={round(x(i) + barWidth / 2)}
                  y={HEIGHT - BOTTOM + 18}
                  textAnchor="middle"
                >
                  {row.year}
                </text>
              ) : null,
            )}
          </g>
          {years.map((row, i) => {
            const eu = row.europeAndCanadaExtraUsdConstant2021M;
            const us = row.unitedStatesExtraUsdConstant2021M;
            return (
              <g key={row.year}>
                <rect
                  className={styles.barEurope}
                  x={round(x(i))}
                  width={round(barWidth)}
                  y={round(y(eu))}
                  height={round(Math.max(0, y(0) - y(eu)))}
                />
                <rect
                  className={styles.barUs}
                  x={round(x(i))}
                  width={round(barWidth)}
                  y={round(y(eu + us))}
                  height={round(Math.max(0, y(eu) - y(eu + us)))}
                />
              </g>
            );
          })}
          {last && last.extraUsdConstant2021M > 0 ? (
            <g className={styles.barLabels}>
              <text
                x={round(x(years.length - 1) + barWidth + 6)}
                y={round(y(last.europeAndCanadaExtraUsdConstant2021M / 2)) + 4}
              >
                Europe and Canada
              </text>
              <text
                x={round(x(years.length - 1) + barWidth + 6)}
                y={round(
                  Math.min(
                    y(
                      last.europeAndCanadaExtraUsdConstant2021M + last.unitedStatesExtraUsdConstant2021M / 2,
                    ) + 4,
                    y(last.europeAndCanadaExtraUsdConstant2021M / 2) - 12,
                  ),
                )}
              >
                United States
              </text>
            </g>
          ) : null}
          <line className={styles.baseline} x1={left} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} />
        </svg>
      </div>
      <p className="chart-source">{source}</p>
    </figure>
  );
}
