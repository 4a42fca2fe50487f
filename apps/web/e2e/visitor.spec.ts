// What a visitor arriving from a news link meets: the date line, the find-an-Ally box, Iceland's page, the
// new overview charts, estimates marked on every chart, chart tools, and no developer words.
import { expect, test } from "@playwright/test";

// The date line and the absence of developer words on every visitor page (VISITOR_PAGES in ./support) are
// checked on the page load of each page's axe test, in part-a.spec.ts and part-b.spec.ts.

test.describe("find an Ally", () => {
  for (const [typed, code] of [
    ["pol", "POL"],
    ["Türk", "TUR"],
    ["UK", "GBR"],
  ] as const) {
    test(`"${typed}" goes to ${code}`, async ({ page }) => {
      await page.goto("/context");
      await page.getByRole("search").getByLabel("Find an Ally").fill(typed);
      await page.getByRole("search").getByRole("button", { name: "Go" }).click();
      await expect(page).toHaveURL(new RegExp(`/allies/${code}$`));
    });
  }

  test("a prefix of two Allies lists both; nonsense says so", async ({ page }) => {
    await page.goto("/find?q=slov");
    await expect(page.getByTestId("find-list")).toContainText("Slovak Republic");
    await expect(page.getByTestId("find-list")).toContainText("Slovenia");
    await page.goto("/find?q=qqqqqq");
    await expect(page.getByTestId("find-none")).toBeVisible();
  });
});

test("Iceland's page explains what not applicable means", async ({ page }) => {
  await page.goto("/allies/ISL");
  await expect(page.getByRole("heading", { name: "What “not applicable” means" })).toBeVisible();
  await expect(page.locator("main")).toContainText("That is different from “below”");
  await expect(page.getByRole("heading", { name: "What Iceland brings to the Alliance" })).toBeVisible();
});

test.describe("the overview", () => {
  // One load of the overview for three former tests, now steps.
  test("marks estimates with the hatch, ends the axis at the largest bar, has the burden-sharing and total charts", async ({
    page,
  }) => {
    await page.goto("/");
    await test.step("marks estimates on the bar chart with the hatch the legend shows", async () => {
      const fills = await page
        .locator("#allies-at-2 svg rect.bar-value")
        .evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
      // 2014-2024 are NATO figures, 2025e and 2026e estimates: 11 solid bars, 2 hatched.
      expect(fills.filter((f) => f.startsWith("url(")).length).toBe(2);
      expect(fills.filter((f) => !f.startsWith("url(")).length).toBe(11);
    });

    await test.step("the bar chart's axis ends at its largest bar, 32 members, not at 40", async () => {
      const ticks = await page.locator("#allies-at-2 svg .axis text").allTextContents();
      expect(ticks).toEqual(["0", "10", "20", "30"]);
    });

    await test.step("has the burden-sharing and NATO total charts", async () => {
      // NATO 2026 edition, Table 2, current prices: US 69.3% of the total in 2014, 57.1% in 2026e.
      await expect(
        page.getByRole("heading", {
          name: "The United States' share of NATO's defence spending has fallen from 69% in 2014 to 57% in 2026e",
        }),
      ).toBeVisible();
      await expect(page.locator("#nato-total .chart-title")).toContainText("NATO's total defence spending");
    });
  });
});

test.describe("chart tools", () => {
  test("show the value under the keyboard focus, switch to the table, and download what is shown", async ({
    page,
  }) => {
    await page.goto("/allies/POL");
    const chart = page.locator("#share");
    const svg = chart.locator(".chart-frame svg");
    // The tools appear once the chart's island runs.
    await expect(chart.locator(".chart-tools")).toBeVisible();
    await svg.focus();
    // Focus starts at the latest year: Poland 4.68% e in 2026e (NATO 2026 edition, Table 3).
    await expect(chart.locator(".chart-tip")).toHaveText("Poland, 2026e: 4.68% e");
    await page.keyboard.press("ArrowLeft");
    await expect(chart.locator(".chart-tip")).toHaveText("Poland, 2025e: 4.25% e");
    await page.keyboard.press("Home");
    await expect(chart.locator(".chart-tip")).toContainText("Poland, 2014:");

    await chart.getByRole("button", { name: "Table" }).click();
    await expect(chart.locator(".chart-frame")).toBeHidden();
    await expect(chart.locator("table")).toBeVisible();
    await chart.getByRole("button", { name: "Chart" }).click();
    await expect(chart.locator(".chart-frame")).toBeVisible();

    for (const [button, ext] of [
      ["CSV", "csv"],
      ["SVG", "svg"],
      ["PNG", "png"],
    ] as const) {
      const download = page.waitForEvent("download");
      await chart.getByRole("button", { name: button, exact: true }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`^poland-s-share-of-gdp.*\\.${ext}$`));
      if (ext !== "png") {
        const path = await file.path();
        const { readFileSync } = await import("node:fs");
        const body = readFileSync(path, "utf8");
        // The title, the source line and the date are inside the file.
        expect(body).toContain("Poland");
        expect(body).toContain("Defence Investment of NATO Countries");
        expect(body).toContain("released 10 July 2026");
        if (ext === "csv") expect(body).toMatch(/4\.25%\se/);
      }
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("charts are still the server's SVG with their tables, and no tools that cannot work", async ({
    page,
  }) => {
    await page.goto("/allies/POL");
    await expect(page.locator("#share .chart-frame svg")).toBeVisible();
    await expect(page.locator("#share details table")).toHaveCount(1);
    await expect(page.locator("#share .chart-tools")).toBeHidden();
  });
});

test.describe("compare", () => {
  test("the picker adds an Ally as it is chosen, keeps the order of choice, and updates chart and URL", async ({
    page,
  }) => {
    await page.goto("/compare");
    const picker = page.getByTestId("compare-picker");
    await expect(picker).toBeVisible();
    await picker.getByLabel("Add an Ally").fill("Türk");
    await picker.getByRole("button", { name: "Add Türkiye" }).click();
    await expect(page).toHaveURL(/\/compare\?allies=POL,DEU,FRA,TUR$/);
    await expect(page.locator('[data-testid="compare-table"] tr[data-code="TUR"]')).toBeVisible();
    // The order of choice is kept: Türkiye is the fourth line, after France.
    await expect(page.locator("#compare-chart .legend li").nth(3)).toHaveText("Türkiye");
    // Each chip wears its Ally's line colour, in light and in dark.
    const colours = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("[data-testid=compare-picker] li[data-code]")].map(
          (chip) => {
            const swatch = chip.querySelector("span") as HTMLElement;
            const index = [...document.querySelectorAll("#compare-chart .legend li")].findIndex(
              (li) => li.textContent === chip.textContent?.replace("×", "").trim(),
            );
            const line = document.querySelectorAll("#compare-chart .chart-frame .series path.line")[index];
            return {
              chip: getComputedStyle(swatch).backgroundColor,
              line: line ? getComputedStyle(line).stroke : "no line",
            };
          },
        ),
      );
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const pairs = await colours();
      expect(pairs).toHaveLength(4);
      for (const { chip, line } of pairs) expect(chip).toBe(line);
      // Poland (slot 4) and Germany (slot 1) differ.
      expect(pairs[0]?.chip).not.toBe(pairs[1]?.chip);
    }
    await picker.getByRole("button", { name: "Remove Germany" }).click();
    await expect(page).toHaveURL(/\/compare\?allies=POL,FRA,TUR$/);
    await picker.getByLabel("Add an Ally").fill("uk");
    await picker.getByLabel("Add an Ally").press("Enter");
    await expect(page).toHaveURL(/\/compare\?allies=POL,FRA,TUR,GBR$/);
  });

  test("more than eight Allies become one small chart each, none dropped", async ({ page }) => {
    await page.goto("/compare?allies=USA,GBR,DEU,FRA,POL,ITA,CAN,ESP,NLD,TUR");
    await expect(page.locator("#compare-chart-multiples > li")).toHaveCount(10);
    await expect(page.locator("#compare-chart-multiples > li").first()).toContainText("United States");
    await expect(page.locator('[data-testid="compare-table"] tbody tr')).toHaveCount(10);
  });
});

test.describe("compare without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same URL gives the same chart, and the form still chooses", async ({ page }) => {
    await page.goto("/compare?allies=TUR,POL");
    await expect(page.locator('[data-testid="compare-table"] tbody tr').first()).toHaveAttribute(
      "data-code",
      "TUR",
    );
    await expect(page.getByRole("button", { name: "Compare" })).toBeVisible();
    // The embed code is there to copy without JavaScript, for the site's own address.
    await page.locator("#compare-chart summary", { hasText: "Embed" }).click();
    const code = page.locator("#compare-chart textarea");
    await expect(code).toBeVisible();
    await expect(code).toHaveJSProperty("readOnly", true);
    await expect(code).toHaveValue(
      /^<iframe src="http:\/\/[^"]+\/embed\/compare\?allies=TUR,POL" title="[^"]+"/,
    );
  });
});

test.describe("embedding", () => {
  test("only /embed pages may be framed by other sites, every one of them", async ({ request }) => {
    for (const path of [
      "/embed/allies/POL",
      "/embed/overview/map",
      "/embed/revisions/POL",
      "/embed/scenarios?target=5&deadline=2030&growth=1.5",
      "/embed/allies/POL/spend",
      "/embed/allies/POL/equipment",
      "/embed/allies/POL/per-capita",
      "/embed/allies/POL/personnel",
      "/embed/allies/POL/path",
      "/embed/allies/POL/editions",
    ]) {
      const embed = await request.get(path);
      expect(embed.status(), path).toBe(200);
      expect(embed.headers()["content-security-policy"], path).toContain("frame-ancestors *");
      expect(embed.headers()["x-frame-options"], path).toBeUndefined();
    }
    // An unknown chart, or one an Ally cannot have (Iceland has no armed forces), is not found.
    expect((await request.get("/embed/allies/POL/nonsense")).status()).toBe(404);
    expect((await request.get("/embed/allies/ISL/spend")).status()).toBe(404);
    const page = await request.get("/allies/POL");
    expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers()["x-frame-options"]).toBe("DENY");
  });

  test("an embed page holds one chart with its source, and the chart offers its embed code", async ({
    page,
  }) => {
    await page.goto("/embed/allies/POL");
    await expect(page.locator("figure.chart")).toHaveCount(1);
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".chart-source")).toContainText("Defence Investment of NATO Countries");
    await page.goto("/allies/POL");
    await page.locator("#share summary", { hasText: "Embed" }).click();
    await expect(page.locator("#share textarea")).toHaveValue(
      /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/allies\/POL"/,
    );
    // Poland keeps its one colour on its own page as on every comparison (palette slot 4).
    await expect(page.locator("#share .chart-frame .series")).toHaveClass(/\bseries-4\b/);
    // Every chart on the page has its embed code, rendered on the server.
    const charts = await page.locator("figure.chart").count();
    expect(charts).toBe(8);
    await expect(page.locator("figure.chart > details.chart-embed")).toHaveCount(charts);
    // How NATO revised Poland's figures: that chart is framed too.
    await page.locator("#revisions-chart summary", { hasText: "Embed" }).click();
    await expect(page.locator("#revisions-chart textarea")).toHaveValue(
      /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/revisions\/POL"/,
    );
    await page.locator("#path-chart summary", { hasText: "Embed" }).click();
    await expect(page.locator("#path-chart textarea")).toHaveValue(/\/embed\/allies\/POL\/path"/);
    await page.goto("/embed/allies/POL/path");
    await expect(page.locator("figure.chart")).toHaveCount(1);
    await expect(page.locator("#path-chart .chart-frame .series")).toHaveCount(3);
    await page.goto("/embed/revisions/POL");
    await expect(page.locator("figure.chart")).toHaveCount(1);
    // One line per edition the site carries: July 2026, August 2025, June 2024, March 2023, June 2019.
    await expect(page.locator("#revisions-chart .chart-frame .series")).toHaveCount(5);
    await expect(page.locator("#revisions-chart .chart-source")).toContainText("June 2019");
  });

  test("every chart worth framing has its embed page: the overview's four and any comparison", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    for (const id of ["map", "allies-at-2", "burden", "nato-total"]) {
      await page.locator(`#${id} summary`, { hasText: "Embed" }).click();
      await expect(page.locator(`#${id} textarea`)).toHaveValue(
        new RegExp(`<iframe src="http://127\\.0\\.0\\.1:\\d+/embed/overview/${id}"`),
      );
      const embed = await request.get(`/embed/overview/${id}`);
      expect(embed.status()).toBe(200);
      expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
      const html = await embed.text();
      expect(html.match(/<figure class="chart/g)).toHaveLength(1);
      expect(html).toContain("Defence Investment of NATO Countries");
    }
    // The copy button copies the code (or, where the clipboard is refused, selects it).
    await page.locator("#burden .chart-embed").getByRole("button", { name: "Copy the code" }).click();
    await expect(page.locator("#burden .chart-embed [role=status]")).not.toBeEmpty();
    expect((await request.get("/embed/overview/ranking")).status()).toBe(404);
    // The map alone shows every Ally (32 links, on the tile grid or the two panels).
    await page.goto("/embed/overview/map");
    await expect(page.locator("figure.chart")).toHaveCount(1);
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator('#map .map-panels a[href^="/allies/"]')).toHaveCount(32);
    // A comparison is framed with its Allies in the order chosen, each in its own colour.
    await page.goto("/embed/compare?allies=DEU,POL");
    await expect(page.locator("figure.chart")).toHaveCount(1);
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator("#compare-chart .legend li").first()).toHaveText("Germany");
    await expect(page.locator("#compare-chart .chart-frame .series").nth(1)).toHaveClass(/\bseries-4\b/);
    await expect(page.locator("#compare-chart .chart-frame .series").nth(0)).toHaveClass(/\bseries-1\b/);
  });

  test("a scenario's chart is framed with its own parameters, checked as /scenarios checks them", async ({
    page,
  }) => {
    await page.goto("/scenarios?target=5&deadline=2030&growth=1.5");
    const bars = page.locator("#scenario-bars");
    await bars.locator("summary", { hasText: "Embed" }).click();
    await expect(bars.locator("textarea")).toHaveValue(
      /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/scenarios\?target=5&amp;deadline=2030&amp;growth=1\.5"/,
    );
    // A new target redraws the chart, and its embed code follows.
    await page.getByLabel("Target, % of GDP").fill("3.5");
    await expect(bars.locator("textarea")).toHaveValue(/\/embed\/scenarios\?target=3\.5&amp;deadline=2030/);
    await page.goto("/embed/scenarios?target=5&deadline=2030&growth=1.5");
    await expect(page.locator("figure.chart")).toHaveCount(1);
    await expect(page.locator(".site-header")).toBeHidden();
    // The same title as on /scenarios: 5% by 2030 at 1.5% growth, $1.18 tn in 2030 (NATO 2026 edition).
    await expect(page.locator("#scenario-bars-title")).toHaveText(
      "Every Ally at 5% of GDP by 2030 means $1.18 tn more in 2030 alone than at 2026e shares of GDP (constant 2021 US dollars), 56% of it from Europe and Canada",
    );
    await expect(page.getByTestId("scenario-inputs")).toHaveText(
      "Figures for a target of 5% of GDP by 2030, with GDP growing 1.5% a year for every Ally.",
    );
    // The value under a tap or the pointer, as on every chart.
    await page.locator('#scenario-bars rect[data-x="2030"]').first().hover();
    await expect(page.locator("#scenario-bars .chart-tip")).toContainText("United States, 2030:");
    // Nonsense is named, and the default drawn, as on /scenarios.
    await page.goto("/embed/scenarios?target=abc");
    await expect(page.getByRole("status").first()).toContainText(
      'Ignored target="abc": expected a share of GDP in percent from 0 to 100',
    );
    await expect(page.locator("#scenario-bars-title")).toContainText("3.5% of GDP by 2035");
    // A target every Ally meets draws no empty chart.
    await page.goto("/embed/scenarios?target=1&deadline=2035");
    await expect(page.getByTestId("scenario-all-there")).toContainText("takes no extra spending");
    await expect(page.locator("figure.chart")).toHaveCount(0);
  });
});

test.describe("on a phone, by touch", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a tap on a point shows its value; the comparison keeps each Ally's colour and offers its embed code", async ({
    page,
  }) => {
    await page.goto("/compare?allies=POL,DEU,FRA");
    const chart = page.locator("#compare-chart");
    await expect(chart.locator(".chart-tools")).toBeVisible();
    // Poland's last point: 4.68% e in 2026e (NATO 2026 edition, Table 3); the tap names every Ally that year.
    const point = chart.locator('.series circle[data-x="2026"]').first();
    await point.scrollIntoViewIfNeeded();
    const box = await point.boundingBox();
    expect(box).not.toBeNull();
    await page.touchscreen.tap((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    const tip = chart.locator(".chart-tip");
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("Poland, 2026e: 4.68% e");
    await expect(tip).toContainText("Germany, 2026e: 2.69% e");
    // Tapping another year moves the value: the first year, 2014.
    const first = chart.locator('.series circle[data-x="2014"]').first();
    const firstBox = await first.boundingBox();
    await page.touchscreen.tap(
      (firstBox?.x ?? 0) + (firstBox?.width ?? 0) / 2,
      (firstBox?.y ?? 0) + (firstBox?.height ?? 0) / 2,
    );
    await expect(tip).toContainText("Poland, 2014:");
    // Fixed colours: Poland 4, Germany 1, France 2, whatever the order of choice.
    const series = chart.locator(".chart-frame .series");
    await expect(series.nth(0)).toHaveClass(/\bseries-4\b/);
    await expect(series.nth(1)).toHaveClass(/\bseries-1\b/);
    await expect(series.nth(2)).toHaveClass(/\bseries-2\b/);
    await chart.locator("summary", { hasText: "Embed" }).tap();
    await expect(chart.locator("textarea")).toHaveValue(/\/embed\/compare\?allies=POL,DEU,FRA"/);
  });
});
