import { formatPercent } from "@nato/core";
import { type AllyBand, BAND_LABELS, BAND_ORDER, type Band } from "@/lib/bands";
import { MAP_EMBED_HEIGHT } from "@/lib/embed";
import { siteUrl } from "@/lib/env";
import { mapGeometry, TILE_COLUMNS, TILE_GRID, TILE_ROWS } from "@/lib/map";
import { ChartEmbed } from "../charts/ChartEmbed";
import { ChartSource } from "../charts/ChartSource";

const BAND_CLASS: Readonly<Record<Band, string>> = {
  "below-2": "band-below",
  "2": "band-2",
  "3.5": "band-35",
  "5": "band-5",
  "not-applicable": "band-na",
  "no-data": "band-na",
};

export interface AlliesMapProps {
  readonly id: string;
  readonly title: string;
  readonly bands: readonly AllyBand[];
  readonly source: string;
  readonly dataHref?: string;
  /** The page that carries this map alone, for other sites to frame (`/embed/...`). */
  readonly embedHref?: string;
}

/**
 * Share of GDP on a map of Europe and North America, projected on the server. Every Ally is labelled
 * with its code and share, and is a link to its page (reachable by keyboard, no hovering needed); the
 * list after the map says the same in words.
 */
export function AlliesMap({ id, title, bands, source, dataHref = "/data", embedHref }: AlliesMapProps) {
  const geometry = mapGeometry();
  const byCode = new Map(bands.map((b) => [b.code, b]));
  const present = BAND_ORDER.filter((band) => bands.some((b) => b.band === band));
  return (
    <figure className="chart map" id={id} aria-labelledby={`${id}-title`}>
      <h2 className="chart-title" id={`${id}-title`}>
        {title}
      </h2>
      <p className="chart-subtitle">Defence expenditure as a share of GDP. Select a country for its page.</p>
      <ul className="legend" aria-label="Legend">
        {present.map((band) => (
          <li key={band}>
            <span className={`swatch swatch-${BAND_CLASS[band]}`} aria-hidden="true" />
            {BAND_LABELS[band]}
          </li>
        ))}
      </ul>
      <TileMap id={id} bands={bands} />
      <div className="map-panels">
        {geometry.panels.map((panel) => {
          const hatch = `${id}-hatch-${panel.id}`;
          const countries = geometry.countries.filter((c) => c.panel === panel.id);
          const name = panel.id === "europe" ? "Europe" : "North America";
          return (
            <div key={panel.id} className={`map-panel map-panel-${panel.id}`}>
              <svg
                viewBox={`${panel.x} ${panel.y} ${panel.width} ${panel.height}`}
                aria-labelledby={`${id}-title ${id}-${panel.id}`}
              >
                <title id={`${id}-${panel.id}`}>{name}</title>
                <defs>
                  <pattern
                    id={hatch}
                    width="5"
                    height="5"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect width="5" height="5" className="hatch-bg" />
                    <line x1="0" y1="0" x2="0" y2="5" className="hatch-line" />
                  </pattern>
                </defs>
                <rect
                  className="inset-frame"
                  x={panel.x + 0.5}
                  y={panel.y + 0.5}
                  width={panel.width - 1}
                  height={panel.height - 1}
                />
                {geometry.context
                  .filter((c) => c.panel === panel.id)
                  .map((c) => (
                    <path key={c.panel} className="other" d={c.d} />
                  ))}
                {countries.map((c) => {
                  const b = byCode.get(c.code);
                  const band = b?.band ?? "no-data";
                  const value =
                    b?.shareOfGdpPct === null || b === undefined
                      ? BAND_LABELS[band]
                      : formatPercent(b.shareOfGdpPct, { estimate: b.estimate });
                  return (
                    <a key={c.code} href={`/allies/${c.code}`} aria-label={`${b?.name ?? c.code}: ${value}`}>
                      <path
                        className={`country ${BAND_CLASS[band]}`}
                        d={c.d}
                        fill={BAND_CLASS[band] === "band-na" ? `url(#${hatch})` : undefined}
                      />
                    </a>
                  );
                })}
                {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: labels are text, not focusable; each country's link already names it and its share. */}
                <g aria-hidden="true">
                  {countries.map((c) => {
                    const b = byCode.get(c.code);
                    const moved = c.label[0] !== c.anchor[0] || c.label[1] !== c.anchor[1];
                    const value =
                      b && typeof b.shareOfGdpPct === "number"
                        ? formatPercent(b.shareOfGdpPct, { estimate: b.estimate })
                        : "n/a";
                    return (
                      <g key={c.code}>
                        {moved ? (
                          <line
                            className="leader"
                            x1={c.anchor[0]}
                            y1={c.anchor[1]}
                            x2={c.label[0]}
                            y2={c.label[1]}
                          />
                        ) : null}
                        <text className="map-label" x={c.label[0]} y={c.label[1]} textAnchor="middle">
                          <tspan x={c.label[0]} dy="-0.15em">
                            {c.code}
                          </tspan>
                          <tspan x={c.label[0]} dy="1.05em" className="map-value">
                            {value}
                          </tspan>
                        </text>
                      </g>
                    );
                  })}
                </g>
              </svg>
            </div>
          );
        })}
      </div>
      <ChartSource source={source} dataHref={dataHref} />
      {embedHref ? (
        <ChartEmbed chartId={id} href={embedHref} title={title} origin={siteUrl} height={MAP_EMBED_HEIGHT} />
      ) : null}
      {/* The embed code's copy button, when the page has no other chart to load it. */}
      {embedHref ? <script async src="/chart-tools.js" /> : null}
      <details id={`${id}-data`}>
        <summary>The map in words</summary>
        <ul className="band-list">
          {present.map((band) => (
            <li key={band}>
              <strong>{BAND_LABELS[band]}:</strong>{" "}
              {bands
                .filter((b) => b.band === band)
                .map((b, i) => (
                  <span key={b.code}>
                    {i > 0 ? ", " : ""}
                    <a href={`/allies/${b.code}`}>{b.name}</a>
                    {typeof b.shareOfGdpPct === "number"
                      ? ` ${formatPercent(b.shareOfGdpPct, { estimate: b.estimate })}`
                      : ""}
                  </span>
                ))}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}

const TILE = 44;
const TILE_GAP = 3;

/**
 * The map on phones: every Ally as a square in its rough place (see `TILE_GRID`), with its code and
 * share, as large as a phone allows. Shown instead of the projected map below 640 px (globals.css).
 */
function TileMap({ id, bands }: { id: string; bands: readonly AllyBand[] }) {
  const width = TILE_COLUMNS * TILE - TILE_GAP;
  const height = TILE_ROWS * TILE - TILE_GAP;
  const hatch = `${id}-hatch-tiles`;
  return (
    <div className="map-tiles">
      <svg viewBox={`0 0 ${width} ${height}`} aria-labelledby={`${id}-title ${id}-tiles`}>
        <title id={`${id}-tiles`}>Every Ally as a square, placed roughly as on a map</title>
        <defs>
          <pattern
            id={hatch}
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="5" height="5" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="5" className="hatch-line" />
          </pattern>
        </defs>
        {bands.map((b) => {
          const place = TILE_GRID[b.code as keyof typeof TILE_GRID];
          if (!place) return null;
          const x = place[0] * TILE;
          const y = place[1] * TILE;
          const cls = BAND_CLASS[b.band];
          const value =
            typeof b.shareOfGdpPct === "number"
              ? formatPercent(b.shareOfGdpPct, { estimate: b.estimate })
              : b.band === "not-applicable"
                ? "n/a"
                : "no data";
          return (
            <a
              key={b.code}
              href={`/allies/${b.code}`}
              aria-label={`${b.name}: ${typeof b.shareOfGdpPct === "number" ? value : BAND_LABELS[b.band]}`}
            >
              <rect
                className={`tile country ${cls}`}
                x={x}
                y={y}
                width={TILE - TILE_GAP}
                height={TILE - TILE_GAP}
                rx="2"
                fill={cls === "band-na" ? `url(#${hatch})` : undefined}
              />
              <text className="tile-label" x={x + (TILE - TILE_GAP) / 2} y={y + 18} textAnchor="middle">
                {b.code}
              </text>
              <text
                className="tile-value"
                x={x + (TILE - TILE_GAP) / 2}
                y={y + 32}
                textAnchor="middle"
                // "3.17% e" is as wide as a tile at a phone's text size: held inside it, clear of the next.
                {...(value.length >= 6
                  ? { textLength: TILE - TILE_GAP - 4, lengthAdjust: "spacingAndGlyphs" }
                  : {})}
              >
                {value}
              </text>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
