import { editionDateLine, formatUsdM, type Scenario, scenarioTitle } from "@nato/core";
import { axisTicks, linearScale, round, textWidth } from "../../lib/chart";
import { scenarioEmbedHeight } from "../../lib/embed";
import { ChartTools } from "../charts/ChartTools";
import styles from "./scenarios.module.css";
import { scenarioDataset } from "./view";

// Drawn in a 520-unit box like the line charts: text is 10.5 units on wide screens and 16 on phones
// (globals.css), so margins are sized at about 10.5 units a character.
const WIDTH = 520;
const HEIGHT = 260;
const CHAR = 10.5;
const TOP = 14;
const BOTTOM = 30;
const RIGHT = 8;

/**
 * The extra spending of a scenario year by year, as stacked bars: Europe and Canada below, the United
 * States above, named in a legend that says which is which by position as well as shade. The year table
 * after it holds the same figures for screen readers. Drawn the same by the calculator on /scenarios and
 * on the scenario's `/embed/scenarios?...` page (`embedHref`), with the chart tools of every chart.
 */
export function ScenarioBars({
  scenario,
  source,
  dataHref,
  embedHref,
  origin,
  figuresNote = "The table below gives every figure.",
}: {
  scenario: Scenario;
  source: string;
  dataHref: string;
  /** The scenario's page for other sites to frame. */
  embedHref: string;
  /** The site's origin, for the embed code. */
  origin: string;
  /** Where the reader finds every figure (on /scenarios, the year table under the chart). */
  figuresNote?: string;
}) {
  const years = scenario.years;
  const title = scenarioTitle(scenario);
  const max = Math.max(0, ...years.map((y) => y.extraUsdM));
  // The axis ends near the tallest bar ($407 bn by 2035 gets ticks to $400 bn, not an axis to $600 bn).
  const { ticks, top } = axisTicks(max || 1, 4);
  const tickText = (v: number) => (v === 0 ? "$0" : formatUsdM(v));
  const left = Math.max(36, Math.ceil(Math.max(...ticks.map((t) => textWidth(tickText(t))))) + 12);
  const y = linearScale([0, top], [HEIGHT - BOTTOM, TOP]);
  const band = (WIDTH - RIGHT - left) / Math.max(1, years.length);
  const barWidth = Math.max(1, band * 0.72);
  const x = (i: number) => left + i * band + (band - barWidth) / 2;
  // A year label is four characters; leave about one character between labels.
  const labelEvery = Math.max(1, Math.ceil((5 * CHAR) / band));
  const lastIndex = years.length - 1;
  const labelled = (i: number) => i === lastIndex || (i % labelEvery === 0 && lastIndex - i >= labelEvery);
  return (
    <figure className="chart" id="scenario-bars" aria-labelledby="scenario-bars-title">
      <h3 className="chart-title" id="scenario-bars-title">
        {title}
      </h3>
      <p className="chart-subtitle">
        Extra defence spending over {scenario.baselineLabel}, {scenario.priceLabel}. {figuresNote}
      </p>
      <ul className="legend">
        <li>
          <svg viewBox="0 0 16 12" aria-hidden="true">
            <rect className={styles.barUs} width="16" height="12" />
          </svg>
          United States (top)
        </li>
        <li>
          <svg viewBox="0 0 16 12" aria-hidden="true">
            <rect className={styles.barEurope} width="16" height="12" />
          </svg>
          Europe and Canada (bottom)
        </li>
      </ul>
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
              labelled(i) ? (
                <text
                  key={row.year}
                  // Every other label gives way on phones, where the text is drawn larger.
                  className={i !== lastIndex && (i / labelEvery) % 2 === 1 ? "tick-minor" : undefined}
                  x={round(x(i) + barWidth / 2)}
                  y={HEIGHT - BOTTOM + 22}
                  textAnchor="middle"
                >
                  {row.year}
                </text>
              ) : null,
            )}
          </g>
          {years.map((row, i) => {
            const eu = row.europeAndCanadaExtraUsdM;
            const us = row.unitedStatesExtraUsdM;
            return (
              <g key={row.year}>
                <rect
                  data-x={row.year}
                  data-y={1}
                  data-tip={`Europe and Canada, ${row.year}: ${formatUsdM(eu)}`}
                  className={styles.barEurope}
                  x={round(x(i))}
                  width={round(barWidth)}
                  y={round(y(eu))}
                  height={round(Math.max(0, y(0) - y(eu)))}
                />
                <rect
                  data-x={row.year}
                  data-y={0}
                  data-tip={`United States, ${row.year}: ${formatUsdM(us)}`}
                  className={styles.barUs}
                  x={round(x(i))}
                  width={round(barWidth)}
                  y={round(y(eu + us))}
                  height={round(Math.max(0, y(eu) - y(eu + us)))}
                />
              </g>
            );
          })}
          <line className={styles.baseline} x1={left} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} />
        </svg>
      </div>
      <p className="chart-source">{source}</p>
      <p className="chart-links">
        <a href={dataHref} download>
          Download this scenario (CSV, one row per Ally and year)
        </a>
      </p>
      <ChartTools
        chartId="scenario-bars"
        dateLine={editionDateLine(scenarioDataset().edition)}
        embed={{ href: embedHref, title, origin, height: scenarioEmbedHeight(years.length) }}
      />
    </figure>
  );
}
