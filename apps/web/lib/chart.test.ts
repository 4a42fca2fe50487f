import { describe, expect, it } from "vitest";
import {
  axisTicks,
  linearScale,
  lineHitsBox,
  linePaths,
  niceTicks,
  spreadLabels,
  textWidth,
  thresholdLabelPlace,
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
});

describe("thresholdLabelPlace", () => {
  const x = (year: number) => (year - 2014) * 40 + 50;
  const y = (v: number) => 300 - v * 50;
  it("puts the label above the line at the left when the data leave room", () => {
    const place = thresholdLabelPlace({ value: 5, label: "5%" }, [[{ year: 2014, value: 1 }]], x, y, 50, 530);
    expect({ x: place.x, y: place.y, anchor: place.anchor }).toEqual({ x: 56, y: 45, anchor: "start" });
  });
  it("moves it below the line or along it when the data run through it at the left", () => {
    const line = [
      { year: 2014, value: 2.1 },
      { year: 2015, value: 2.2 },
      { year: 2026, value: 4.7 },
    ];
    const place = thresholdLabelPlace({ value: 2, label: "2% guideline" }, [line], x, y, 50, 530);
    expect(place.y).not.toBe(195);
    expect(lineHitsBox(line, x, y, place.box)).toBe(false);
    expect(place.plate).toBe(false);
  });
  it("avoids a line that crosses the threshold between two points, not only the points themselves", () => {
    // Points far from the label's box at the left, but the segment 2014-2016 runs through it.
    const line = [
      { year: 2014, value: 1 },
      { year: 2016, value: 3 },
    ];
    const place = thresholdLabelPlace({ value: 2, label: "2% guideline" }, [line], x, y, 50, 530);
    expect(lineHitsBox(line, x, y, place.box)).toBe(false);
    expect(place.plate).toBe(false);
  });
  it("puts the label on a plate when lines run along the whole threshold", () => {
    const line = Array.from({ length: 13 }, (_, i) => ({ year: 2014 + i, value: i % 2 === 0 ? 1.8 : 2.2 }));
    expect(thresholdLabelPlace({ value: 2, label: "2% guideline" }, [line], x, y, 50, 530).plate).toBe(true);
  });
  it("on a plate, hides as few lines as it can", () => {
    // One line zigzags along the whole threshold; a second does so only up to 2019: the plate goes where
    // only the first runs.
    const whole = Array.from({ length: 13 }, (_, i) => ({ year: 2014 + i, value: i % 2 === 0 ? 1.8 : 2.2 }));
    const left = whole.filter((p) => p.year <= 2019).map((p) => ({ ...p, value: 4 - p.value }));
    const place = thresholdLabelPlace({ value: 2, label: "2% guideline" }, [whole, left], x, y, 50, 530);
    expect(place.plate).toBe(true);
    expect(lineHitsBox(whole, x, y, place.box)).toBe(true);
    expect(lineHitsBox(left, x, y, place.box)).toBe(false);
  });
  it("keeps clear of a label already placed", () => {
    const first = thresholdLabelPlace({ value: 2, label: "2% guideline" }, [], x, y, 50, 530);
    const second = thresholdLabelPlace({ value: 2.2, label: "2.2%" }, [], x, y, 50, 530, [first.box]);
    expect(
      second.box.x0 >= first.box.x1 || second.box.y1 <= first.box.y0 || second.box.y0 >= first.box.y1,
    ).toBe(true);
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
