import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  axisTicks,
  linearScale,
  lineHitsBox,
  linePaths,
  marginColumn,
  niceTicks,
  PHONE_FONT,
  spreadLabels,
  textWidth,
  tickLabels,
} from "./chart";

describe("linearScale", () => {
  it("maps the domain onto the range, inverted for SVG's downward y", () => {
    const y = linearScale([0, 5], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(5)).toBe(0);
    expect(y(2)).toBe(180);
  });
});

describe("niceTicks", () => {
  it("covers the maximum with round steps", () => {
    expect(niceTicks(0, 5.33)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(0, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(0, 38214)).toEqual([0, 10000, 20000, 30000, 40000]);
    expect(niceTicks(0, 0.9, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("never loops on a flat or broken domain", () => {
    expect(niceTicks(0, 0).length).toBeGreaterThan(0);
    expect(niceTicks(Number.NaN, 3)).toEqual([0, 1]);
  });
});

describe("linePaths", () => {
  const x = (year: number) => year - 2014;
  const y = (v: number) => v;

  it("dashes the segments that end in an estimate and breaks at gaps", () => {
    const { solid, dashed } = linePaths(
      [
        { year: 2014, value: 1 },
        { year: 2015, value: 2 },
        { year: 2016, value: null },
        { year: 2017, value: 3 },
        { year: 2018, value: 4 },
        { year: 2019, value: 5, estimate: true },
      ],
      x,
      y,
    );
    expect(solid).toBe("M0,1L1,2M3,3L4,4");
    expect(dashed).toBe("M4,4L5,5");
  });
});

describe("spreadLabels", () => {
  it("keeps labels apart and inside the box", () => {
    const out = spreadLabels([100, 102, 50], 12, 0, 200);
    expect(out[2]).toBe(50);
    expect(Math.abs((out[1] as number) - (out[0] as number))).toBeGreaterThanOrEqual(12);
    const crowded = spreadLabels([195, 198, 199], 10, 0, 200);
    expect(Math.max(...crowded)).toBeLessThanOrEqual(200);
    expect(new Set(crowded).size).toBe(3);
  });

  it("keeps a pinned label at its height and moves the others around it", () => {
    // A threshold at 200 and an end label at the same height: the end label moves, the threshold stays.
    expect(spreadLabels([200, 200], 19, 20, 280, [false, true])).toEqual([219, 200]);
    // Three end labels crowding a threshold (the compare chart's 2% line among Allies at 2.0-2.2%).
    const ys = spreadLabels([190, 195, 200, 200], 19, 20, 280, [false, false, false, true]);
    expect(ys[3]).toBe(200);
    expect([...ys].sort((a, b) => a - b)).toEqual([162, 181, 200, 219]);
  });

  it("falls back to moving every label when pinned ones are closer than the gap", () => {
    const ys = spreadLabels([100, 105], 19, 20, 280, [true, true]);
    expect(Math.abs((ys[1] as number) - (ys[0] as number))).toBeGreaterThanOrEqual(19);
  });

  it("whatever the heights: apart, inside the box, pinned labels unmoved when they can be, others in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ y: fc.double({ min: 0, max: 300, noNaN: true }), pinned: fc.boolean() }), {
          minLength: 1,
          maxLength: 12,
        }),
        (labels) => {
          const gap = 19.25;
          const [top, bottom] = [22, 280];
          const ys = spreadLabels(
            labels.map((l) => l.y),
            gap,
            top,
            bottom,
            labels.map((l) => l.pinned),
          );
          const sorted = [...ys].sort((a, b) => a - b);
          const fits = (labels.length - 1) * gap <= bottom - top;
          for (const y of sorted) {
            expect(y).toBeGreaterThanOrEqual(top - 1e-9);
            if (fits) expect(y).toBeLessThanOrEqual(bottom + 1e-9);
          }
          for (let i = 1; i < sorted.length; i++) {
            expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(gap - 1e-6);
          }
          const clamp = (y: number) => Math.min(bottom, Math.max(top, y));
          const pins = labels
            .map((l, i) => ({ y: clamp(l.y), i }))
            .filter((p) => labels[p.i]?.pinned)
            .sort((a, b) => a.y - b.y);
          const pinsApart = pins.every((p, k) => k === 0 || p.y - (pins[k - 1] as { y: number }).y >= gap);
          const moved = pins.filter((p) => Math.abs((ys[p.i] as number) - p.y) > 1e-9);
          // Pinned labels apart and few enough others: the pinned ones never move.
          if (pinsApart && fits && labels.length <= 6) expect(moved).toEqual([]);
          // Labels not pinned keep their order whenever the pinned ones held.
          if (moved.length === 0 && pins.length > 0) {
            const free = labels
              .map((l, i) => ({ y: clamp(l.y), i }))
              .filter((f) => !labels[f.i]?.pinned)
              .sort((a, b) => a.y - b.y || a.i - b.i);
            for (let k = 1; k < free.length; k++) {
              expect(ys[(free[k] as { i: number }).i] as number).toBeGreaterThan(
                ys[(free[k - 1] as { i: number }).i] as number,
              );
            }
          }
        },
      ),
    );
  });
});

describe("marginColumn", () => {
  it("puts a threshold's label beside its line, outside the plot, and moves it off an end label", () => {
    const { ys, width } = marginColumn(
      [
        { y: 100, text: "4.68% e", bold: true },
        { y: 104, text: "5% total", bold: true },
        { y: 200, text: "2% guideline", bold: true },
      ],
      19,
      20,
      280,
      24,
    );
    expect(ys).toEqual([100, 119, 200]);
    // "2% guideline" at 17.5 units, bold: the widest label, plus its gap from the plot.
    expect(width).toBe(textWidth("2% guideline", PHONE_FONT, true) + 14);
  });

  it("keeps every label apart, inside the plot's height, whatever the lines (as many as fit)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 16, max: 280, noNaN: true }), { minLength: 1, maxLength: 11 }),
        (heights) => {
          const labels = heights.map((y, i) => ({ y, text: `label ${i}`, bold: i % 2 === 0 }));
          const { ys } = marginColumn(labels, 19.25, 22, 280, 24);
          const sorted = [...ys].sort((a, b) => a - b);
          for (const y of sorted) {
            expect(y).toBeGreaterThanOrEqual(22);
            expect(y).toBeLessThanOrEqual(280);
          }
          for (let i = 1; i < sorted.length; i++) {
            expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(19.25 - 1e-9);
          }
        },
      ),
    );
  });

  it("leaves the plot to the data: no line drawn up to the plot's right edge enters the column", () => {
    const x = linearScale([2014, 2026], [50, 380]);
    const y = linearScale([0, 6], [280, 16]);
    const line = [
      { year: 2014, value: 1.9 },
      { year: 2026, value: 5.1 },
    ];
    const { ys, width } = marginColumn([{ y: y(5), text: "5% total", bold: true }], 19.25, 22, 280, 24);
    const label = { x0: 380 + 8, x1: 380 + width, y0: (ys[0] as number) - 12, y1: (ys[0] as number) + 6 };
    expect(lineHitsBox(line, x, y, label)).toBe(false);
  });
});

describe("axisTicks", () => {
  it("ends a count axis at its largest value when the next round tick is far above it", () => {
    expect(axisTicks(32, 4)).toEqual({ ticks: [0, 10, 20, 30], top: 32 });
  });
  it("keeps the round tick when it is close", () => {
    expect(axisTicks(5.6, 5)).toEqual({ ticks: [0, 2, 4, 6], top: 6 });
  });
});

describe("tickLabels", () => {
  it("gives each tick the decimals it needs, no more", () => {
    const format = (v: number, digits: number) =>
      v >= 1000 ? `$${(v / 1000).toFixed(digits)} bn` : `$${v.toFixed(digits)} m`;
    expect(tickLabels([0, 250, 500, 750, 1000, 1250], format)).toEqual([
      "$0 m",
      "$250 m",
      "$500 m",
      "$750 m",
      "$1 bn",
      "$1.25 bn",
    ]);
  });
});

describe("textWidth", () => {
  it("estimates a phone label's width, wider for % than for digits", () => {
    expect(textWidth("60%")).toBeGreaterThan(textWidth("600"));
    expect(textWidth("United Kingdom 2.56%\u00a0e")).toBeGreaterThan(textWidth("GBR 2.56%\u00a0e"));
  });
});
