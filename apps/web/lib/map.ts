// Projects real geography (Natural Earth via world-atlas) to SVG paths on the server, at build time.
// Two panels: North America (Canada, the United States) and Europe (the other 30 Allies).
import type { AllyCode } from "@nato/core";
import {
  type GeoProjection,
  geoArea,
  geoCentroid,
  geoConicConformal,
  geoConicEqualArea,
  geoPath,
} from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, simplify } from "topojson-simplify";
import world from "world-atlas/countries-50m.json";
import worldCoarse from "world-atlas/countries-110m.json";

/** ISO 3166-1 numeric codes, as world-atlas names its features. */
export const ISO_NUMERIC: Readonly<Record<AllyCode, string>> = {
  ALB: "008",
  BEL: "056",
  BGR: "100",
  CAN: "124",
  HRV: "191",
  CZE: "203",
  DNK: "208",
  EST: "233",
  FIN: "246",
  FRA: "250",
  DEU: "276",
  GRC: "300",
  HUN: "348",
  ISL: "352",
  ITA: "380",
  LVA: "428",
  LTU: "440",
  LUX: "442",
  MNE: "499",
  NLD: "528",
  MKD: "807",
  NOR: "578",
  POL: "616",
  PRT: "620",
  ROU: "642",
  SVK: "703",
  SVN: "705",
  ESP: "724",
  SWE: "752",
  TUR: "792",
  GBR: "826",
  USA: "840",
};

const NORTH_AMERICA: readonly AllyCode[] = ["CAN", "USA"];

export interface MapPanel {
  readonly id: "north-america" | "europe";
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface MapCountry {
  readonly code: AllyCode;
  readonly panel: MapPanel["id"];
  /** SVG path data, in the whole map's coordinates. */
  readonly d: string;
  /** Where the country's label's anchor sits (the centroid of its largest landmass). */
  readonly anchor: readonly [number, number];
  /** Where the label is drawn; differs from `anchor` for small countries, joined by a leader line. */
  readonly label: readonly [number, number];
}

export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  readonly panels: readonly MapPanel[];
  readonly countries: readonly MapCountry[];
  /** Every other country of each panel, one path per panel, drawn grey for context. */
  readonly context: readonly { panel: MapPanel["id"]; d: string }[];
}

export const MAP_WIDTH = 980;
export const MAP_HEIGHT = 600;

const PANELS: readonly MapPanel[] = [
  { id: "north-america", x: 0, y: 0, width: 330, height: 300 },
  { id: "europe", x: 340, y: 0, width: 640, height: 600 },
];

/**
 * Labels of small or crowded countries are moved out to sea, in pixels from their anchor, and joined to
 * it by a leader line. Chosen by looking at the map at phone and desktop widths.
 */
const LABEL_OFFSETS: Partial<Record<AllyCode, readonly [number, number]>> = {
  NOR: [-30, -4],
  NLD: [-14, -36],
  BEL: [-62, 4],
  LUX: [-44, 34],
  SVN: [-22, -28],
  HRV: [-40, 16],
  MNE: [-22, 26],
  ALB: [-46, 50],
  MKD: [52, 30],
  GRC: [-22, 34],
  EST: [38, -6],
  LVA: [44, 0],
  LTU: [42, 10],
};

function bounds(points: [number, number][]): { type: "MultiPoint"; coordinates: [number, number][] } {
  return { type: "MultiPoint", coordinates: points };
}

function projectionFor(panel: MapPanel): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [panel.x + 6, panel.y + 6],
    [panel.x + panel.width - 6, panel.y + panel.height - 6],
  ];
  const projection =
    panel.id === "europe"
      ? geoConicConformal().rotate([-10, 0]).parallels([40, 64])
      : geoConicEqualArea().rotate([100, 0]).parallels([35, 62]);
  const box =
    panel.id === "europe"
      ? bounds([
          [-24.5, 63.5],
          [-10, 52],
          [-9.5, 36.5],
          [5, 36],
          [24, 34.8],
          [44.8, 39.5],
          [36, 36],
          [31, 71],
          [15, 69],
        ])
      : bounds([
          [-165, 24],
          [-60, 24],
          [-60, 70],
          [-165, 70],
          [-100, 82],
        ]);
  projection.fitExtent(extent, box as never);
  return projection.clipExtent([
    [panel.x, panel.y],
    [panel.x + panel.width, panel.y + panel.height],
  ]);
}

/**
 * A path context that rounds coordinates to whole pixels, drops points closer than `MIN_STEP` to the
 * last one kept, and writes relative moves: at this size the 1:50m geography keeps its shape and the
 * HTML stays small.
 */
const MIN_STEP = 1.6;

/**
 * Before projecting, the 1:50m outlines drop every point whose triangle with its neighbours is under this
 * area (square degrees, Visvalingam's measure): at the map's scale, about 16 px to a degree in Europe, that
 * is a few square pixels, invisible, and it takes about 11 KB of path data off the overview page.
 */
const MIN_WEIGHT = 0.02;

function compactPath(projection: GeoProjection, object: unknown): string {
  const parts: string[] = [];
  let ring: [number, number][] = [];
  let penX = 0;
  let penY = 0;
  const flush = (close: boolean) => {
    if (ring.length >= 3) {
      const [first, ...rest] = ring as [[number, number], ...[number, number][]];
      let text = `M${first[0]},${first[1]}`;
      let lx = first[0];
      let ly = first[1];
      let d = "";
      for (const [x, y] of rest) {
        const dx = x - lx;
        const dy = y - ly;
        d += `${dx >= 0 && d ? " " : ""}${dx}${dy >= 0 ? " " : ""}${dy}`;
        lx = x;
        ly = y;
      }
      text += `l${d}${close ? "z" : ""}`;
      parts.push(text);
    }
    ring = [];
  };
  const context = {
    moveTo(x: number, y: number) {
      flush(false);
      penX = Math.round(x);
      penY = Math.round(y);
      ring.push([penX, penY]);
    },
    lineTo(x: number, y: number) {
      const rx = Math.round(x);
      const ry = Math.round(y);
      if (Math.hypot(rx - penX, ry - penY) < MIN_STEP) return;
      ring.push([rx, ry]);
      penX = rx;
      penY = ry;
    },
    closePath() {
      flush(true);
    },
    arc() {},
  };
  geoPath(projection, context as never)(object as never);
  flush(false);
  return parts.join("");
}

type Feature = {
  id?: string | number;
  type: "Feature";
  geometry: { type: string; coordinates: unknown };
  properties: unknown;
};

function largestPart(f: Feature): Feature {
  if (f.geometry.type !== "MultiPolygon") return f;
  const polygons = f.geometry.coordinates as unknown[];
  let best = polygons[0];
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = geoArea({ type: "Polygon", coordinates: polygon } as never);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  return { ...f, geometry: { type: "Polygon", coordinates: best } };
}

/** Labels of large countries moved within the country, clear of neighbours' callouts (no leader line). */
const LABEL_NUDGES: Partial<Record<AllyCode, readonly [number, number]>> = {
  FRA: [-6, 34],
  ITA: [-8, 30],
};

let cached: MapGeometry | undefined;

/** The projected map, computed once per build. */
export function mapGeometry(): MapGeometry {
  if (cached) return cached;
  // Shared borders are simplified once, for both neighbours (topojson-simplify keeps the topology), so no
  // slivers open between Allies.
  const topology = simplify(presimplify(world as never), MIN_WEIGHT) as unknown as Parameters<
    typeof feature
  >[0];
  const collection = feature(
    topology,
    (topology as unknown as { objects: { countries: never } }).objects.countries,
  ) as unknown as {
    features: Feature[];
  };
  const coarse = feature(
    worldCoarse as unknown as Parameters<typeof feature>[0],
    (worldCoarse as unknown as { objects: { countries: never } }).objects.countries,
  ) as unknown as { features: Feature[] };
  const byId = new Map(collection.features.map((f) => [String(f.id), f]));
  const allyIds = new Set(Object.values(ISO_NUMERIC));
  const countries: MapCountry[] = [];
  const context: { panel: MapPanel["id"]; d: string }[] = [];
  for (const panel of PANELS) {
    const projection = projectionFor(panel);
    // Context countries are drawn from the coarser 1:110m geography: grey shapes need less detail.
    const others = coarse.features.filter((f) => !allyIds.has(String(f.id)));
    context.push({
      panel: panel.id,
      d: compactPath(projection, { type: "FeatureCollection", features: others }),
    });
    const codes = (Object.keys(ISO_NUMERIC) as AllyCode[]).filter(
      (code) => NORTH_AMERICA.includes(code) === (panel.id === "north-america"),
    );
    for (const code of codes) {
      const f = byId.get(ISO_NUMERIC[code]);
      if (!f) throw new Error(`world-atlas has no feature ${ISO_NUMERIC[code]} for ${code}`);
      const main = largestPart(f);
      const centre = projection(geoCentroid(main as never));
      const nudge = LABEL_NUDGES[code] ?? [0, 0];
      const anchor: [number, number] = centre
        ? [Math.round(centre[0]) + nudge[0], Math.round(centre[1]) + nudge[1]]
        : [panel.x, panel.y];
      const offset = LABEL_OFFSETS[code] ?? [0, 0];
      countries.push({
        code,
        panel: panel.id,
        d: compactPath(projection, f),
        anchor,
        label: [anchor[0] + offset[0], anchor[1] + offset[1]],
      });
    }
  }
  cached = { width: MAP_WIDTH, height: MAP_HEIGHT, panels: PANELS, countries, context };
  return cached;
}

/**
 * The map drawn for phones: one square per Ally on a grid that keeps each one near its neighbours
 * (North America on the left), so that every Ally, its code and its share stay readable at 360 px,
 * where the projected map of Europe would be too small to label.
 */
export const TILE_GRID: Readonly<Record<AllyCode, readonly [column: number, row: number]>> = {
  CAN: [0, 0],
  USA: [0, 1],
  ISL: [1, 0],
  NOR: [4, 0],
  SWE: [5, 0],
  FIN: [6, 0],
  GBR: [2, 1],
  DNK: [4, 1],
  EST: [6, 1],
  NLD: [3, 2],
  DEU: [4, 2],
  POL: [5, 2],
  LVA: [6, 2],
  FRA: [2, 3],
  BEL: [3, 3],
  CZE: [4, 3],
  SVK: [5, 3],
  LTU: [6, 3],
  PRT: [1, 4],
  ESP: [2, 4],
  LUX: [3, 4],
  SVN: [4, 4],
  HUN: [5, 4],
  ROU: [6, 4],
  ITA: [3, 5],
  HRV: [4, 5],
  MNE: [5, 5],
  BGR: [6, 5],
  TUR: [7, 5],
  ALB: [4, 6],
  MKD: [5, 6],
  GRC: [5, 7],
};

/** The tile grid's size in tiles. */
export const TILE_COLUMNS = 8;
export const TILE_ROWS = 8;
