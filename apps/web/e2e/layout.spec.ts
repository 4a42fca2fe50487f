// Phone-first layout, measured in the browser: at 360, 390, 768 and 1280 px every chart's text sits inside
// its chart, no two labels overlap, no label is struck by a data line, nothing on the page is wider than
// the screen, and every Ally is drawn on the overview map.
import { expect, type Page, test } from "@playwright/test";

const WIDTHS = [360, 390, 768, 1280] as const;

const CHART_PAGES = [
  "/",
  "/allies/POL",
  "/allies/USA",
  "/allies/LUX",
  "/compare",
  "/compare?allies=USA,GBR,DEU,FRA,POL,ITA,CAN,ESP",
  "/compare?allies=GBR,DEU&metric=expenditureUsdConstant2021M",
  "/scenarios",
  "/scenarios?target=5&deadline=2030&growth=1.5",
  "/context",
];

interface Problem {
  readonly chart: string;
  readonly kind: "clipped" | "overlap" | "struck";
  readonly text: string;
  readonly other?: string;
}

/**
 * Measures every visible text box of every chart (figure.chart svg) on the page: returns the ones that
 * stick out of their SVG or out of the box they scroll in, the pairs that overlap, and the labels a data
 * line runs through.
 */
async function chartProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: Problem[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      return getComputedStyle(el).visibility !== "hidden";
    };
    const figures = [...document.querySelectorAll("figure.chart")].filter(visible);
    for (const figure of figures) {
      const chart = figure.id || figure.querySelector(".chart-title")?.textContent || "chart";
      for (const svg of figure.querySelectorAll<SVGSVGElement>("svg")) {
        if (!visible(svg) || svg.closest(".legend")) continue;
        const box = svg.getBoundingClientRect();
        const frame = (svg.closest(".chart-frame, .map-panel, .map-tiles") ?? svg).getBoundingClientRect();
        const texts = [...svg.querySelectorAll("text")].filter(visible);
        // Ink boxes: a text's own box is its line box; shrink by 1 px for anti-aliasing.
        const rects = texts.map((t) => {
          const r = t.getBoundingClientRect();
          return { t, left: r.left + 1, right: r.right - 1, top: r.top + 1, bottom: r.bottom - 1 };
        });
        for (const r of rects) {
          const inside = (b: DOMRect) =>
            r.left >= b.left - 0.5 &&
            r.right <= b.right + 0.5 &&
            r.top >= b.top - 0.5 &&
            r.bottom <= b.bottom + 0.5;
          if (!inside(box) || !inside(frame)) {
            problems.push({ chart, kind: "clipped", text: r.t.textContent ?? "" });
          }
        }
        for (let i = 0; i < rects.length; i++) {
          for (let j = i + 1; j < rects.length; j++) {
            const a = rects[i] as (typeof rects)[number];
            const b = rects[j] as (typeof rects)[number];
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
              problems.push({
                chart,
                kind: "overlap",
                text: a.t.textContent ?? "",
                other: b.t.textContent ?? "",
              });
            }
          }
        }
        // Data lines (not thresholds, not grid lines) must not run through a label.
        const ctm = svg.getScreenCTM();
        if (!ctm) continue;
        const paths = [...svg.querySelectorAll<SVGPathElement>(".series path, path.data-line")].filter(
          visible,
        );
        for (const path of paths) {
          const length = path.getTotalLength();
          const pathCtm = path.getScreenCTM() ?? ctm;
          for (let s = 0; s <= length; s += 1.5) {
            const p = path.getPointAtLength(s).matrixTransform(pathCtm);
            for (const r of rects) {
              if (r.t.closest(".series") || r.t.classList.contains("on-plate")) continue;
              if (p.x > r.left + 1 && p.x < r.right - 1 && p.y > r.top + 1 && p.y < r.bottom - 1) {
                problems.push({ chart, kind: "struck", text: r.t.textContent ?? "" });
              }
            }
          }
        }
      }
    }
    // One problem per chart, kind and label is enough to read.
    const seen = new Set<string>();
    return problems.filter((p) => {
      const key = `${p.chart}|${p.kind}|${p.text}|${p.other ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of CHART_PAGES) {
      test(`${path}: chart labels inside their charts, apart, and clear of data lines`, async ({ page }) => {
        await page.goto(path);
        expect(await chartProblems(page)).toEqual([]);
      });

      test(`${path}: nothing wider than the screen`, async ({ page }) => {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        if (path !== "/") return;
        // The find-an-Ally box: in view with its whole placeholder, and at 1280 px on the navigation's line.
        const find = await page.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>("#find-ally-q");
          const nav = document.querySelector(".site-nav");
          if (!input || !nav) return null;
          const style = getComputedStyle(input);
          const context = document.createElement("canvas").getContext("2d");
          if (context) context.font = `${style.fontSize} ${style.fontFamily}`;
          const text = context?.measureText(input.placeholder).width ?? 0;
          const box = input.getBoundingClientRect();
          const room =
            input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
          const navBox = nav.getBoundingClientRect();
          return {
            right: box.right,
            fits: room >= text,
            sameLine: Math.abs(box.top + box.height / 2 - (navBox.top + navBox.height / 2)) < 12,
          };
        });
        expect(find?.right ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(width);
        expect(find?.fits).toBe(true);
        if (width === 1280) expect(find?.sameLine).toBe(true);
      });
    }
  });
}

test.describe("the overview map", () => {
  for (const width of WIDTHS) {
    test(`draws all 32 Allies at ${width} px, each with its code in view`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      const shown = await page.evaluate(() => {
        const codes = new Set<string>();
        for (const a of document.querySelectorAll<SVGAElement>("#map svg a")) {
          const r = a.getBoundingClientRect();
          const style = getComputedStyle(a.closest("svg") as Element);
          if (r.width > 0 && r.height > 0 && style.display !== "none") {
            codes.add(a.getAttribute("href")?.split("/").pop() ?? "");
          }
        }
        return [...codes].sort();
      });
      expect(shown).toHaveLength(32);
      // The smallest label drawn is at least 9 px high.
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll("#map svg text")]
            .map((t) => t.getBoundingClientRect().height)
            .filter((h) => h > 0),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(9);
    });
  }
});

test.describe("phone navigation and choices", () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test("every navigation link and every year on /allies is in view, wrapping instead of scrolling", async ({
    page,
  }) => {
    await page.goto("/allies");
    for (const link of await page.locator(".site-nav a").all()) {
      const box = await link.boundingBox();
      expect(box, (await link.textContent()) ?? "").not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 360).toBe(true);
    }
    const current = page.locator('nav[aria-label="Year"] a[aria-current="true"]');
    const box = await current.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
  });

  test("tables keep the Ally in view while they scroll sideways", async ({ page }) => {
    await page.goto("/allies");
    const wrap = page.locator(".table-wrap").first();
    await wrap.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const first = page.locator("#allies-table tbody th").first();
    const box = await first.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.x ?? 999).toBeLessThan(40);
  });
});
