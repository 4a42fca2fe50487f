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
  const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
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
 * Where a threshold's label goes: above its line at the left of the plot, unless data points would sit
 * under the label there; then at the right; then below the line at the left.
 */
export function thresholdLabelPlace(
  threshold: { value: number; label: string },
  points: readonly ChartPoint[],
  x: (year: number) => number,
  y: (value: number) => number,
  plotLeft: number,
  plotRight: number,
  charWidth = 7,
  lineHeight = 16,
): { x: number; y: number; anchor: "start" | "end" } {
  const width = threshold.label.length * charWidth + 8;
  const ly = y(threshold.value);
  const clashes = (x0: number, x1: number, y0: number, y1: number) =>
    points.some((p) => {
      if (p.value === null) return false;
      const px = x(p.year);
      const py = y(p.value);
      return px >= x0 - 4 && px <= x1 + 4 && py >= y0 - 4 && py <= y1 + 4;
    });
  if (!clashes(plotLeft, plotLeft + width, ly - lineHeight, ly))
    return { x: round(plotLeft + 6), y: round(ly - 5), anchor: "start" };
  if (!clashes(plotRight - width, plotRight, ly - lineHeight, ly))
    return { x: round(plotRight - 6), y: round(ly - 5), anchor: "end" };
  return { x: round(plotLeft + 6), y: round(ly + 14), anchor: "start" };
}
