// Geometry for the server-rendered SVG charts: scales, ticks, line paths and label placement.
// Drawing only: every figure drawn comes from @nato/core.

/** A linear map from a data domain to a pixel range. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}

/**
 * Round tick values from 0 (or `min`) up to at least `max`, about `count` of them, on steps of 1, 2, 2.5
 * or 5 times a power of ten. The last tick is at or above `max`, so the axis covers every value.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = start; v < hi + step * 0.999; v += step) {
    ticks.push(Number(v.toFixed(10)));
    if (ticks.length > 50) break;
  }
  if ((ticks[ticks.length - 1] ?? 0) < hi) ticks.push(Number((start + ticks.length * step).toFixed(10)));
  return ticks;
}

export interface ChartPoint {
  readonly year: number;
  readonly value: number | null;
  readonly estimate?: boolean;
}

/**
 * SVG path data for a series, split in two: segments between published figures (`solid`) and segments
 * that end in an estimate (`dashed`). A missing value breaks the line.
 */
export function linePaths(
  points: readonly ChartPoint[],
  x: (year: number) => number,
  y: (value: number) => number,
): { solid: string; dashed: string } {
  let solid = "";
  let dashed = "";
  const sorted = [...points].sort((a, b) => a.year - b.year);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as ChartPoint;
    const b = sorted[i] as ChartPoint;
    if (a.value === null || b.value === null) continue;
    const segment = `M${round(x(a.year))},${round(y(a.value))}L${round(x(b.year))},${round(y(b.value))}`;
    if (a.estimate || b.estimate) dashed += segment;
    else solid += segment;
  }
  return { solid, dashed };
}

/** One decimal is plenty for SVG coordinates and keeps the HTML small. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Moves labels apart vertically so that none is closer than `gap` to the next, keeping them inside
 * `[top, bottom]`; returns new positions in the input order.
 */
export function spreadLabels(
  positions: readonly number[],
  gap: number,
  top: number,
  bottom: number,
): number[] {
  // Into the box first: a label clamped to the top after the others were moved could land on them.
  const order = positions.map((y, i) => ({ y: Math.max(top, y), i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1] as { y: number };
    const cur = order[k] as { y: number };
    if (cur.y - prev.y < gap) cur.y = prev.y + gap;
  }
  const last = order[order.length - 1];
  if (last && last.y > bottom) {
    last.y = bottom;
    for (let k = order.length - 2; k >= 0; k--) {
      const cur = order[k] as { y: number };
      const next = order[k + 1] as { y: number };
      cur.y = Math.min(cur.y, next.y - gap);
    }
  }
  for (const o of order) o.y = Math.max(top, o.y);
  const result: number[] = [];
  for (const o of order) result[o.i] = o.y;
  return result;
}

/**
 * The drawn size of chart text: every chart is laid out for the phone, where its text is drawn at
 * 17.5 units (globals.css), so that labels that are apart on a phone are apart everywhere.
 */
export const PHONE_FONT = 17.5;

// Advance widths of system sans-serif fonts, in ems, by character class: those of DejaVu Sans (Linux's
// default and the widest of the common ones), so the estimate is an upper bound elsewhere.
const EM: Readonly<Record<string, number>> = {
  "%": 1.0,
  " ": 0.32,
  ".": 0.32,
  ",": 0.32,
  ":": 0.34,
  $: 0.64,
  "-": 0.37,
  m: 0.98,
  w: 0.82,
  M: 0.87,
  W: 1.0,
};

/**
 * The width of `text` at `fontSize`, estimated from the character classes of system sans-serif fonts
 * (digits 0.64 em, capitals 0.75 em, "%" 1 em), rounded up; for laying out labels on the server.
 */
export function textWidth(text: string, fontSize = PHONE_FONT, bold = false): number {
  let em = 0;
  for (const ch of text) {
    em += EM[ch] ?? (/[0-9]/.test(ch) ? 0.64 : /[A-Z]/.test(ch) ? 0.75 : /[a-z]/.test(ch) ? 0.62 : 0.75);
  }
  // Bold glyphs are about a tenth wider (DejaVu Sans Bold's digits: 0.70 em).
  return Math.ceil(em * fontSize * (bold ? 1.1 : 1));
}

/**
 * Each tick's label with the fewest decimals that state it exactly: 1,000,000 million reads "$1 tn",
 * 1,250,000 "$1.25 tn", 750,000 "$750 bn", never "$1.0 tn" or "$750.0 bn"; and never two ticks alike.
 */
export function tickLabels(
  ticks: readonly number[],
  format: (value: number, digits: number) => string,
): string[] {
  const number = (text: string) => Number.parseFloat(text.replace(/[^0-9.-]/g, ""));
  return ticks.map((t) => {
    const exact = number(format(t, 3));
    for (let digits = 0; digits < 3; digits++) {
      const text = format(t, digits);
      if (number(text) === exact) return text;
    }
    return format(t, 3);
  });
}

/**
 * Ticks for an axis from 0 that ends near the data: the round ticks up to `max`, and the top of the
 * axis at the next round tick only when that is close (within 12% of the span), else just above `max`.
 * A bar chart whose tallest bar is 32 gets ticks 0, 10, 20, 30 and an axis to 32, not to 40.
 */
export function axisTicks(max: number, count = 5): { ticks: number[]; top: number } {
  const all = niceTicks(0, max, count);
  const last = all[all.length - 1] ?? 1;
  if (last <= max * 1.12 || all.length < 3) return { ticks: all, top: last };
  const ticks = all.filter((t) => t <= max);
  return { ticks, top: max };
}

/** A box in SVG units, for checking a label against the data drawn. */
interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  // Sample the segment finely: boxes are a few units high, segments up to a few hundred long.
  const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 2));
  for (let i = 0; i <= steps; i++) {
    const px = ax + ((bx - ax) * i) / steps;
    const py = ay + ((by - ay) * i) / steps;
    if (px >= box.x0 && px <= box.x1 && py >= box.y0 && py <= box.y1) return true;
  }
  return false;
}

/** True when a line through `points` (in year order, gaps breaking it) or one of its points enters `box`. */
export function lineHitsBox(
  points: readonly ChartPoint[],
  x: (year: number) => number,
  y: (value: number) => number,
  box: Box,
): boolean {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i] as ChartPoint;
    if (b.value === null) continue;
    const bx = x(b.year);
    const by = y(b.value);
    if (bx >= box.x0 && bx <= box.x1 && by >= box.y0 && by <= box.y1) return true;
    const a = sorted[i - 1];
    if (a && a.value !== null && segmentHitsBox(x(a.year), y(a.value), bx, by, box)) return true;
  }
  return false;
}

/** A label in the right margin's column: its line's height, its text, and whether it is drawn bold. */
export interface MarginLabel {
  readonly y: number;
  readonly text: string;
  readonly bold: boolean;
}

/**
 * The right margin's column of labels: each line's end label and each threshold's label, at its line's
 * height, moved apart so that none is closer than `gap` to the next and all stay inside `[top, bottom]`.
 * Thresholds are labelled here, outside the plot, so that no data line ever runs through their labels.
 * `width` is the margin the longest label needs at a phone's text size (at least `minWidth`).
 *
 * @example
 * marginColumn([{ y: 100, text: "4.68% e", bold: true }, { y: 104, text: "5% total", bold: true }], 19, 20, 280, 24);
 * // { ys: [100, 119], width: 103 }
 */
export function marginColumn(
  labels: readonly MarginLabel[],
  gap: number,
  top: number,
  bottom: number,
  minWidth: number,
): { ys: number[]; width: number } {
  return {
    ys: spreadLabels(
      labels.map((l) => l.y),
      gap,
      top,
      bottom,
    ),
    width: Math.max(minWidth, ...labels.map((l) => textWidth(l.text, PHONE_FONT, l.bold) + 14)),
  };
}
