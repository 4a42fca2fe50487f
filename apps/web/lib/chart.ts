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
 *
 * `fixed[i]` pins label `i` at its own height (a threshold's label beside its line): the others are
 * placed around the pinned ones, above or below each, where they move least (the least sum of squared
 * moves), keeping their own order. When the pinned labels are themselves closer than `gap`, or the others
 * cannot fit between and around them, every label moves as if none were pinned.
 */
export function spreadLabels(
  positions: readonly number[],
  gap: number,
  top: number,
  bottom: number,
  fixed: readonly boolean[] = [],
): number[] {
  if (fixed.some(Boolean)) {
    const pinned = spreadAroundPins(positions, gap, top, bottom, fixed);
    if (pinned) return pinned;
  }
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
 * Labels wanted at `ideal` (ascending), placed inside `[lo, hi]` at least `gap` apart, in order, moving
 * them least (sum of squared moves): with z_k = y_k - k * gap the gaps become z ascending, solved by pooling
 * adjacent violators and then clamping to the box. Null when they cannot fit.
 */
function packInBox(
  ideal: readonly number[],
  gap: number,
  lo: number,
  hi: number,
): { ys: number[]; cost: number } | null {
  const n = ideal.length;
  if (n === 0) return { ys: [], cost: 0 };
  const room = hi - (n - 1) * gap;
  if (room < lo - 1e-9) return null;
  const blocks: { sum: number; count: number }[] = [];
  ideal.forEach((y, k) => {
    blocks.push({ sum: y - k * gap, count: 1 });
    for (;;) {
      const b = blocks[blocks.length - 1] as { sum: number; count: number };
      const a = blocks[blocks.length - 2];
      if (!a || a.sum / a.count <= b.sum / b.count) break;
      a.sum += b.sum;
      a.count += b.count;
      blocks.pop();
    }
  });
  const ys: number[] = [];
  for (const b of blocks) {
    const z = Math.min(room, Math.max(lo, b.sum / b.count));
    for (let c = 0; c < b.count; c++) ys.push(z + ys.length * gap);
  }
  const cost = ys.reduce((sum, y, k) => sum + (y - (ideal[k] as number)) ** 2, 0);
  return { ys, cost };
}

/** `spreadLabels` with pinned labels; null when no placement keeps the pinned ones where they are. */
function spreadAroundPins(
  positions: readonly number[],
  gap: number,
  top: number,
  bottom: number,
  fixed: readonly boolean[],
): number[] | null {
  const clamp = (y: number) => Math.min(bottom, Math.max(top, y));
  const pins = positions
    .map((y, i) => ({ y: clamp(y), i }))
    .filter((p) => fixed[p.i])
    .sort((a, b) => a.y - b.y);
  for (let k = 1; k < pins.length; k++) {
    if ((pins[k] as { y: number }).y - (pins[k - 1] as { y: number }).y < gap - 1e-9) return null;
  }
  const free = positions
    .map((y, i) => ({ y: clamp(y), i }))
    .filter((p) => !fixed[p.i])
    .sort((a, b) => a.y - b.y || a.i - b.i);
  // Slot s lies between pin s - 1 and pin s (the box's edges at the ends).
  const slots = pins.length + 1;
  const lo = (s: number) => (s === 0 ? top : (pins[s - 1] as { y: number }).y + gap);
  const hi = (s: number) => (s === pins.length ? bottom : (pins[s] as { y: number }).y - gap);
  // best[s][k]: the cheapest placement of the first k free labels in slots 0..s, and where it put them.
  const n = free.length;
  const best: { cost: number; ys: number[] }[][] = [];
  for (let s = 0; s < slots; s++) {
    const row: { cost: number; ys: number[] }[] = [];
    for (let k = 0; k <= n; k++) {
      let found: { cost: number; ys: number[] } = { cost: Number.POSITIVE_INFINITY, ys: [] };
      for (let j = 0; j <= k; j++) {
        const before = s === 0 ? (j === 0 ? { cost: 0, ys: [] } : null) : (best[s - 1]?.[j] ?? null);
        if (!before || !Number.isFinite(before.cost)) continue;
        const packed = packInBox(
          free.slice(j, k).map((f) => f.y),
          gap,
          lo(s),
          hi(s),
        );
        if (!packed) continue;
        const cost = before.cost + packed.cost;
        if (cost < found.cost) found = { cost, ys: [...before.ys, ...packed.ys] };
      }
      row.push(found);
    }
    best.push(row);
  }
  const done = best[slots - 1]?.[n];
  if (!done || !Number.isFinite(done.cost)) return null;
  const result: number[] = [];
  for (const p of pins) result[p.i] = p.y;
  free.forEach((f, k) => {
    result[f.i] = done.ys[k] as number;
  });
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

/**
 * A label in the right margin's column: its line's height, its text, whether it is drawn bold, and whether
 * it stays at its line's height (`pinned`: a threshold's label, which the end labels make room for).
 */
export interface MarginLabel {
  readonly y: number;
  readonly text: string;
  readonly bold: boolean;
  readonly pinned?: boolean;
}

/**
 * The right margin's column of labels: each line's end label and each threshold's label, at its line's
 * height, moved apart so that none is closer than `gap` to the next and all stay inside `[top, bottom]`.
 * Thresholds are labelled here, outside the plot, so that no data line ever runs through their labels;
 * a pinned label (a threshold's) stays beside its line and the end labels move around it.
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
      labels.map((l) => l.pinned === true),
    ),
    width: Math.max(minWidth, ...labels.map((l) => textWidth(l.text, PHONE_FONT, l.bold) + 14)),
  };
}
