// Phone-first layout, measured in the browser: at 360, 390, 768 and 1280 px, light and dark, with and
// without JavaScript, every chart's text sits inside its chart, no two labels overlap, no label is struck by
// a data line, the page never scrolls sideways (a wide table scrolls inside its own box, with a shadow at
// its edge that says so, and keeps the Ally and its verdict in view), every Ally is drawn on the overview
// map, and every figure a page promises is in it.
//
// Layout here is pure CSS (the charts are the server's SVG; the scripts only add tools), so one load per
// page and mode is resized through the widths. The modes are paired so that every width meets both colour
// schemes and both JavaScript settings: light with JavaScript and dark without at every width, dark with
// JavaScript at 360 and 768 px, light without at 390 and 1280 px. A page with no script of its own reads
// the same either way, and is loaded once in light and once in dark (the test checks it has no script).
import { expect, type Page, test } from "@playwright/test";

type Width = 360 | 390 | 768 | 1280;
const WIDTHS: readonly Width[] = [360, 390, 768, 1280];

interface Mode {
  readonly scheme: "light" | "dark";
  readonly js: boolean;
  readonly widths: readonly Width[];
}

const MODES: readonly Mode[] = [
  { scheme: "light", js: true, widths: WIDTHS },
  { scheme: "dark", js: false, widths: WIDTHS },
  { scheme: "dark", js: true, widths: [360, 768] },
  { scheme: "light", js: false, widths: [390, 1280] },
];

/** Pages without a script: the two schemes at every width, one with JavaScript and one without. */
const PLAIN_MODES: readonly Mode[] = [
  { scheme: "light", js: true, widths: WIDTHS },
  { scheme: "dark", js: false, widths: WIDTHS },
];

/** Tables a page must carry, by caption or test id, with their number of body rows. */
interface Promised {
  readonly table: string;
  readonly rows: number;
}

interface PageCase {
  readonly path: string;
  /** No script at all: JavaScript on or off makes no difference. */
  readonly plain?: boolean;
  readonly promised?: readonly Promised[];
}

const ALLIES_TEN = "USA,GBR,DEU,FRA,POL,ITA,CAN,ESP,NLD,TUR";

// Row counts: 32 Allies (NATO's 2026 edition); the comparison's chart table has one row per year 2014-2026;
// the scenario's year table one row per year from 2027 to its deadline.
const PAGES: readonly PageCase[] = [
  { path: "/" },
  { path: "/allies", promised: [{ table: "#allies-table", rows: 32 }] },
  { path: "/allies/POL" },
  { path: "/allies/USA" },
  { path: "/allies/LUX" },
  { path: "/allies/ISL", plain: true },
  {
    path: "/compare?allies=POL,DEU,FRA",
    promised: [
      { table: "#compare-chart table", rows: 13 },
      { table: '[data-testid="compare-table"]', rows: 3 },
    ],
  },
  { path: "/compare?allies=USA,GBR,DEU,FRA,POL,ITA,CAN,ESP" },
  {
    path: `/compare?allies=${ALLIES_TEN}`,
    promised: [
      { table: "#compare-chart table", rows: 13 },
      { table: '[data-testid="compare-table"]', rows: 10 },
    ],
  },
  { path: "/compare?allies=GBR,DEU&metric=expenditureUsdConstant2021M" },
  {
    path: "/scenarios",
    promised: [
      { table: "Extra spending by year", rows: 9 },
      { table: '[data-testid="scenario-allies"]', rows: 32 },
    ],
  },
  {
    path: "/scenarios?target=2&deadline=2030",
    promised: [
      { table: "Extra spending by year", rows: 4 },
      { table: '[data-testid="scenario-allies"]', rows: 32 },
    ],
  },
  { path: "/scenarios?target=5&deadline=2030&growth=1.5" },
  { path: "/context", plain: true },
  { path: "/methodology", plain: true },
  { path: "/data", plain: true },
  { path: "/revisions", plain: true },
  { path: "/embed/allies/POL" },
  { path: "/embed/compare?allies=POL,DEU,FRA" },
  { path: `/embed/compare?allies=${ALLIES_TEN}` },
  { path: "/embed/overview/allies-at-2" },
  { path: "/embed/overview/burden" },
  { path: "/embed/overview/nato-total" },
  { path: "/embed/overview/map" },
  {
    path: "/embed/scenarios?target=3.5&deadline=2035",
    promised: [{ table: "Extra spending by year", rows: 9 }],
  },
  { path: "/embed/revisions/POL" },
  { path: "/embed/allies/POL/path" },
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
        // A phone map's tile holds its code and value: neither may run past the square into the next.
        for (const r of rects) {
          // Measured on the text's full box: at 10.5 px "2.15% e" ran 1.1 px past each side of a 42 px tile.
          const tile = r.t.parentElement?.querySelector("rect.tile")?.getBoundingClientRect();
          const own = r.t.getBoundingClientRect();
          if (tile && (own.left < tile.left - 0.5 || own.right > tile.right + 0.5)) {
            problems.push({ chart, kind: "clipped", text: `${r.t.textContent ?? ""} (past its tile)` });
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

/** The plot of a line or bar chart keeps at least this share of the chart's width, at every width. */
const MIN_PLOT_SHARE = 0.4;
/** A threshold's label sits beside its line: its middle at most this far (px) from the line's height. */
const THRESHOLD_LABEL_OFF = 4;

/**
 * Each chart's plot width as a share of the chart's (the grid's lines span the plot; what is left holds
 * the axis and the right margin's labels), and each threshold's label's distance from its line.
 */
async function chartGeometry(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ minShare, maxOff }) => {
      const problems: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>("figure.chart .chart-frame svg")) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue;
        const chart = svg.closest("figure")?.id ?? "chart";
        const grid = svg.querySelector(".grid line")?.getBoundingClientRect();
        if (grid && grid.width < box.width * minShare) {
          problems.push(
            `${chart}: the plot is ${Math.round((grid.width / box.width) * 100)}% of the chart's width`,
          );
        }
        for (const text of svg.querySelectorAll<SVGTextElement>("text[data-threshold]")) {
          const line = svg.querySelector(`line[data-threshold="${text.dataset.threshold}"]`);
          if (!line) {
            problems.push(`${chart}: "${text.textContent}" has no line`);
            continue;
          }
          const t = text.getBoundingClientRect();
          const off = Math.abs((t.top + t.bottom) / 2 - line.getBoundingClientRect().top);
          if (off > maxOff)
            problems.push(`${chart}: "${text.textContent}" is ${Math.round(off)} px off its line`);
        }
      }
      return problems;
    },
    { minShare: MIN_PLOT_SHARE, maxOff: THRESHOLD_LABEL_OFF },
  );
}

/**
 * The page's own problems at the current width: it scrolls sideways; a table wider than its box that does
 * not scroll inside it, or scrolls without the shadow that says so; a sticky first column that loses the
 * Ally when the table is scrolled to its end, or cuts its name; a verdict column that is off-screen
 * before any scrolling; a chart without its data table; an empty table.
 */
async function pageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${window.innerWidth}`);
    }
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const name = (el: Element) =>
      (el.querySelector("caption")?.textContent ?? el.getAttribute("aria-label") ?? el.id ?? "table")
        .trim()
        .slice(0, 60);
    for (const table of document.querySelectorAll("table")) {
      if (table.querySelectorAll("tbody tr").length === 0) problems.push(`${name(table)}: no rows`);
      if (!shown(table)) continue;
      const wrap = table.closest<HTMLElement>(".table-wrap");
      const box = (wrap ?? table.parentElement ?? table).getBoundingClientRect();
      const r = table.getBoundingClientRect();
      if (!wrap) {
        if (r.right > box.right + 1 || r.right > window.innerWidth + 1) {
          problems.push(`${name(table)}: wider than its box, with no box to scroll in`);
        }
        continue;
      }
      // On a phone a table of text reads as cards: every cell as wide as the box.
      if (wrap.classList.contains("table-cards") && window.innerWidth <= 640) {
        // An empty cell is left out of its card.
        const narrow = [...table.querySelectorAll("tbody td")]
          .filter((cell) => cell.textContent !== "")
          .find((cell) => cell.getBoundingClientRect().width < wrap.clientWidth * 0.8);
        if (narrow) problems.push(`${name(table)}: a cell of a card is narrower than the card`);
      }
      // The first column (the Ally, the year, the rule) wraps between words, never inside one ("Luxembour|g").
      const broken = [...table.querySelectorAll("tbody tr > :first-child")].flatMap((cell) => {
        const words: string[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? "";
          for (const match of text.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index ?? 0);
            range.setEnd(node, (match.index ?? 0) + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) words.push(match[0]);
          }
        }
        return words;
      });
      if (broken.length > 0) problems.push(`${name(table)}: "${broken[0]}" is broken across lines`);
      // On a desktop an Ally's verdicts, with their sentences on the path, and the table of every Ally fit
      // the page without scrolling (the latter was 1376 px in a 1118 px box).
      if (
        window.innerWidth >= 1280 &&
        (table.querySelector("td.text-cell") || table.id === "allies-table") &&
        wrap.scrollWidth > wrap.clientWidth + 1
      ) {
        problems.push(`${name(table)}: scrolls sideways at ${window.innerWidth} px`);
      }
      if (wrap.scrollWidth <= wrap.clientWidth + 1) continue;
      const style = getComputedStyle(wrap);
      if (style.overflowX !== "auto" && style.overflowX !== "scroll") {
        problems.push(`${name(table)}: wider than its box, which does not scroll`);
      }
      if (!style.backgroundImage.includes("radial-gradient")) {
        problems.push(`${name(table)}: scrolls with no shadow at its edge to say so`);
      }
      const inBox = (cell: Element) => {
        const c = cell.getBoundingClientRect();
        const w = wrap.getBoundingClientRect();
        return c.left >= w.left - 1 && c.right <= w.right + 1;
      };
      // The caption is read whole in the box, before and after scrolling (a visually hidden one is not shown).
      const caption = table.querySelector("caption");
      const text = document.createRange();
      if (caption && caption.getBoundingClientRect().width > 1) text.selectNodeContents(caption);
      const captionInBox = () => {
        if (!caption || caption.getBoundingClientRect().width <= 1) return true;
        const c = text.getBoundingClientRect();
        const w = wrap.getBoundingClientRect();
        return c.left >= w.left - 1 && c.right <= w.right + 1;
      };
      if (!captionInBox()) problems.push(`${name(table)}: the caption runs past the box's edge`);
      // Before any scrolling: the first verdict of the first row is in view.
      const firstRow = table.querySelector("tbody tr");
      const verdict = firstRow?.querySelector(".status");
      if (verdict && !inBox(verdict.closest("td, th") ?? verdict)) {
        problems.push(`${name(table)}: the verdict is off-screen until the table is scrolled`);
      }
      // Scrolled to its end: every row's first cell (the Ally, the year, the rule) is still in view, whole.
      const before = wrap.scrollLeft;
      wrap.scrollLeft = wrap.scrollWidth;
      for (const row of table.querySelectorAll("tbody tr")) {
        const first = row.firstElementChild;
        if (!first || !shown(first)) continue;
        if (!inBox(first)) {
          problems.push(
            `${name(table)}: "${first.textContent?.trim()}" leaves the screen when the table scrolls`,
          );
          break;
        }
        if (first.scrollWidth > first.clientWidth + 1) {
          problems.push(`${name(table)}: "${first.textContent?.trim()}" is cut in its sticky column`);
          break;
        }
      }
      if (!captionInBox()) problems.push(`${name(table)}: the caption scrolls away with the table`);
      wrap.scrollLeft = before;
    }
    for (const figure of document.querySelectorAll("figure.chart")) {
      if (!figure.querySelector("svg")) problems.push(`${figure.id || "a chart"}: no SVG`);
    }
    return problems;
  });
}

/** Every Ally drawn on the overview map with its code in view, and the smallest label's height. */
async function mapShown(page: Page): Promise<{ allies: number; smallest: number }> {
  return page.evaluate(() => {
    const codes = new Set<string>();
    for (const a of document.querySelectorAll<SVGAElement>("#map svg a")) {
      const r = a.getBoundingClientRect();
      const style = getComputedStyle(a.closest("svg") as Element);
      if (r.width > 0 && r.height > 0 && style.display !== "none") {
        codes.add(a.getAttribute("href")?.split("/").pop() ?? "");
      }
    }
    const heights = [...document.querySelectorAll("#map svg text")]
      .map((t) => t.getBoundingClientRect().height)
      .filter((h) => h > 0);
    return { allies: codes.size, smallest: Math.min(...heights) };
  });
}

/** The find-an-Ally box: in view with its whole placeholder, and whether it is on the navigation's line. */
async function findBox(page: Page) {
  return page.evaluate(() => {
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
}

/** The body rows of a table found by its selector or by the start of its caption. */
async function rowsOf(page: Page, table: string): Promise<number> {
  return page.evaluate((key) => {
    const found =
      key.startsWith("#") || key.startsWith("[")
        ? document.querySelector(key)
        : [...document.querySelectorAll("table")].find((t) =>
            t.querySelector("caption")?.textContent?.trim().startsWith(key),
          );
    const t = found?.matches("table") ? found : found?.querySelector("table");
    return t ? t.querySelectorAll("tbody tr").length : -1;
  }, table);
}

for (const c of PAGES) {
  for (const mode of c.plain ? PLAIN_MODES : MODES) {
    const label = `${mode.scheme}, ${mode.js ? "with" : "without"} JavaScript`;
    test.describe(`${c.path}, ${label}`, () => {
      test.use({
        colorScheme: mode.scheme,
        javaScriptEnabled: mode.js,
        viewport: { width: mode.widths[0] ?? 360, height: 900 },
      });

      test(`at ${mode.widths.join(", ")} px: every figure, no sideways scroll, labels apart and inside`, async ({
        page,
      }) => {
        await page.goto(c.path);
        if (c.plain) {
          const scripts = await page.locator("script[src], script:not([type])").count();
          expect(scripts, "a page listed as plain has no script").toBe(0);
        }
        for (const table of c.promised ?? []) {
          expect(await rowsOf(page, table.table), table.table).toBe(table.rows);
        }
        // Every chart carries its figures as a table too (the scenario's bars: the year table after it; the
        // map: its figures in words, band by band).
        const chartsWithoutTable = await page.evaluate(() =>
          [...document.querySelectorAll("figure.chart")]
            .filter((f) => f.querySelectorAll("table tbody tr, .band-list li").length === 0)
            .filter((f) => !f.nextElementSibling?.querySelector("table tbody tr"))
            .map((f) => f.id || f.getAttribute("aria-labelledby") || "chart"),
        );
        expect(chartsWithoutTable, "charts without their data table").toEqual([]);
        for (const width of mode.widths) {
          await page.setViewportSize({ width, height: 900 });
          expect(await pageProblems(page), `${width} px`).toEqual([]);
          expect(await chartProblems(page), `${width} px`).toEqual([]);
          expect(await chartGeometry(page), `${width} px`).toEqual([]);
          if (c.path !== "/") continue;
          const map = await mapShown(page);
          expect(map.allies, `Allies on the map at ${width} px`).toBe(32);
          expect(map.smallest, `the map's smallest label at ${width} px`).toBeGreaterThanOrEqual(9);
          const find = await findBox(page);
          expect(find?.right ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(width);
          expect(find?.fits).toBe(true);
          if (width === 1280) expect(find?.sameLine).toBe(true);
        }
      });
    });
  }
}

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
});
