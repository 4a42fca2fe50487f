import { complianceByYear, dataset2026, HAGUE_CORE, TWO_PERCENT } from "@nato/core";
import { expect, test } from "@playwright/test";
import {
  COLOUR_RULES,
  expectDateLineAndNoDeveloperWords,
  expectNoAxeViolations,
  VISITOR_PAGES,
  watchConsole,
} from "./support";

// Expected figures are NATO's, 2026 edition ("Defence Investment of NATO Countries (2014-2026)"):
// Table 3 (share of GDP), Table 2 (spend), as @nato/core holds them; counts are core's complianceByYear.

const PAGES = ["/", "/allies", "/allies/POL", "/allies/ISL", "/allies/LTU"] as const;

test.describe("overview", () => {
  // One load of the overview for what used to be four tests, each now a step of its own.
  test("shows the headline figures, labels the map, counts Allies at 2% and ranks them", async ({ page }) => {
    const done = watchConsole(page);
    await page.goto("/");
    await test.step("shows the latest year's headline figures", async () => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("NATO defence spending, 2026e");
      // 30 of the 32 members of 2026 spend at least 2% of GDP (Slovenia 1.61% e is below; Iceland n/a),
      // as core counts them: the page shows core's answer, not a figure of its own.
      const two2026 = complianceByYear(dataset2026(), TWO_PERCENT).find((c) => c.year === 2026);
      const core2026 = complianceByYear(dataset2026(), HAGUE_CORE).find((c) => c.year === 2026);
      expect([two2026?.met, two2026?.members, core2026?.met]).toEqual([30, 32, 5]);
      await expect(page.getByTestId("allies-at-2")).toHaveText("30 of 31");
      // Five at 3.5% or more in 2026e: Estonia, Greece, Latvia, Lithuania, Poland.
      await expect(page.getByTestId("allies-at-3-5")).toHaveText("5 of 31");
      // NATO Total 2026e: $1,809,915 m current prices; the United States $1,032,849 m, 57.1%.
      await expect(page.getByTestId("nato-total")).toHaveText(/^\$1\.81 tn\se$/);
      await expect(page.getByTestId("us-share")).toHaveText(/^57\.1%\se$/);
    });

    await test.step("labels every Ally on the map, each a link", async () => {
      // The projected map on wide screens, the tile map on phones: each holds every Ally once.
      await expect(page.locator("#map .map-panels svg a")).toHaveCount(32);
      await expect(page.locator("#map .map-tiles svg a")).toHaveCount(32);
      await expect(page.locator('#map .map-panels svg a[href="/allies/POL"]')).toHaveAttribute(
        "aria-label",
        /^Poland: 4\.68%\se$/,
      );
      await expect(page.locator("#map .map-label")).toHaveCount(32);
      await expect(page.locator('#map .map-panels svg a[href="/allies/ISL"]')).toHaveAttribute(
        "aria-label",
        "Iceland: not applicable (no armed forces)",
      );
    });

    await test.step("counts Allies at 2% among each year's members since 2014", async () => {
      const chart = page.locator("#allies-at-2");
      // 2014: 3 of 27 Allies with armed forces (Greece, the United Kingdom, the United States); 2024: 17 of 31.
      await expect(chart.getByRole("heading")).toHaveText(
        "Allies meeting 2% rose from 3 of 27 Allies with armed forces in 2014 to an estimated 30 of 31 in 2026e",
      );
      const rows = chart.locator("tbody tr");
      await expect(rows.first()).toHaveText(/2014\s*3\s*27/);
      await expect(rows.nth(10)).toHaveText(/2024\s*17\s*31/);
    });

    await test.step("ranks Allies by share of GDP", async () => {
      const first = page.locator("#ranking-table tbody tr").first();
      // Lithuania first at 5.33% e.
      await expect(first).toContainText("Lithuania");
      await expect(first).toContainText("5.33% e");
    });
    done();
  });
});

test.describe("an Ally's page", () => {
  test("has Poland's 2025 share of GDP, 4.25%, marked as an estimate, in the HTML itself", async ({
    request,
  }) => {
    const response = await request.get("/allies/POL");
    expect(response.status()).toBe(200);
    const html = await response.text();
    // 2026 edition: 4.25% e for 2025; the 2025 edition had 4.48% e (NATO revised it by -0.23 pp).
    // The mark follows a no-break space (React may put a comment between the figure and the space).
    expect(html).toMatch(/4\.25%(<!-- -->)?\u00a0<abbr class="estimate" title="estimate">e<\/abbr>/);
    expect(html).toMatch(/4\.48%(<!-- -->)?\u00a0<abbr class="estimate" title="estimate">e<\/abbr>/);
    // With five editions, the largest change is 2024e: 4.12% in the June 2024 edition, 3.75% in July 2026.
    expect(html).toContain(
      "NATO&#x27;s largest change in Poland&#x27;s share of GDP between editions: 2024e, from 4.12% (June 2024 edition) to 3.75% (July 2026 edition), across its change to core defence expenditure",
    );
  });

  // One load of Germany's page for two former tests, now steps.
  test("gives every rule's verdict and gap, labels its GDP growth assumption and charts against the thresholds", async ({
    page,
  }) => {
    await page.goto("/allies/DEU");
    await test.step("gives every rule's verdict and gap", async () => {
      const verdicts = page.locator("#verdicts");
      // Germany 2026e: 2.69%: meets 2%, 0.81 pp below 3.5% ($44.2 bn at current prices), on track for 2035.
      await expect(verdicts.locator('tr[data-rule="two-percent"]')).toContainText("meets");
      const core = verdicts.locator('tr[data-rule="hague-core"]');
      await expect(core).toContainText("2.69% e");
      await expect(core).toContainText("below");
      await expect(core).toContainText("−0.81 pp");
      await expect(core).toContainText("$44.2 bn");
      await expect(core).toContainText("above the line");
      // NATO publishes nothing for the 1.5% part of the 5%: no data, with the reason.
      await expect(verdicts.locator('tr[data-rule="hague-total"]')).toContainText("no data");
    });

    await test.step("labels its GDP growth assumption and charts against the thresholds", async () => {
      // Germany 2014: 1.16% of GDP (NATO 2026 edition, Table 3).
      await expect(page.getByTestId("growth-assumption")).toContainText(
        "Germany's median real GDP growth 2016-2026: 0.8% a year (NATO's figures)",
      );
      await expect(page.locator("#share-title")).toHaveText(
        "Germany's share of GDP has risen from 1.16% in 2014 to 2.69% in 2026e",
      );
      // The lines' labels sit in the right margin, short; their full names in the legend and description.
      for (const label of ["2% guideline", "3.5% core", "5% total"]) {
        await expect(page.locator("#share svg .threshold text", { hasText: label })).toHaveCount(1);
      }
      await expect(page.locator("#share .legend")).toContainText(
        "2% guideline; 3.5% core, The Hague; 5% total, The Hague",
      );
      await expect(page.locator("#share svg desc")).toContainText(
        "Lines mark 2% guideline; 3.5% core, The Hague; 5% total, The Hague.",
      );
      // Outside the plot: every threshold label starts right of where the data and the grid end.
      const outside = await page.locator("#share .chart-frame svg").evaluate((svg) => {
        const plotRight = Math.max(
          ...[...svg.querySelectorAll(".grid line, .series circle")].map(
            (e) => e.getBoundingClientRect().right,
          ),
        );
        return [...svg.querySelectorAll(".threshold text")].map(
          (t) => t.getBoundingClientRect().left - plotRight,
        );
      });
      expect(outside).toHaveLength(3);
      for (const gap of outside) expect(gap).toBeGreaterThan(0);
      await expect(page.locator("#share svg path.line-estimate")).toHaveCount(1);
    });
  });

  test("links each chart to a download of its data", async ({ page, request }) => {
    await page.goto("/allies/POL");
    const link = page.locator("#share").getByRole("link", { name: "Download the data (CSV)" });
    const href = await link.getAttribute("href");
    expect(href).toBe("/data/nato-defence-expenditure-2026-07.csv");
    const csv = await request.get(href as string);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    // Poland, 2025: 4.25% of GDP, an estimate (NATO 2026 edition, Table 3).
    expect(await csv.text()).toMatch(/POL,Poland,2025,2026-07,true,4\.25,/);
  });

  test("Iceland's page says why it has no figures", async ({ page }) => {
    await page.goto("/allies/ISL");
    await expect(page.getByTestId("no-figures")).toContainText("has no armed forces");
    await expect(page.locator("#verdicts")).toContainText("not applicable");
    await expect(page.locator("#verdicts")).not.toContainText("below");
  });

  test("unknown Allies answer 404; other spellings redirect", async ({ request, page }) => {
    expect((await request.get("/allies/XYZ")).status()).toBe(404);
    expect((await request.get("/allies/%E0%A4%A")).status()).toBe(404);
    expect((await request.get(`/allies/${"A".repeat(3000)}`)).status()).toBe(404);
    expect((await request.get("/allies/POL/extra")).status()).toBe(404);
    const redirect = await request.get("/allies/pol", { maxRedirects: 0 });
    expect(redirect.status()).toBe(308);
    expect(redirect.headers().location).toMatch(/\/allies\/POL$/);
    await page.goto("/allies/poland");
    await expect(page).toHaveURL(/\/allies\/POL$/);
    const notFound = await page.goto("/allies/XYZ");
    expect(notFound?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test.describe("the Allies table", () => {
  test("sorts and filters with links, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/allies?year=2026&sort=share&order=desc&show=all");
    await expect(page.locator("#allies-table tbody tr").first()).toContainText("Lithuania");
    await page.locator("#allies-table thead a", { hasText: "Share of GDP" }).click();
    await expect(page).toHaveURL(/sort=share&order=asc/);
    // Ascending: Slovenia (1.61% e) first; Iceland, with no figure, stays last.
    await expect(page.locator("#allies-table tbody tr").first()).toContainText("Slovenia");
    await expect(page.locator("#allies-table tbody tr").last()).toContainText("Iceland");
    await page.getByRole("link", { name: "Meet 3.5%" }).click();
    await expect(page.locator("#allies-table tbody tr")).toHaveCount(5);
    await page.getByRole("link", { name: "2014", exact: true }).click();
    // 2014: 28 members; Finland and Sweden not yet.
    await expect(page.locator("#allies-table caption")).toContainText("of 28 members");
    await context.close();
  });

  test("sorts in place with JavaScript and keeps the sort in the URL", async ({ page }) => {
    const done = watchConsole(page);
    await page.goto("/allies");
    await expect(page.locator("#allies-table tbody tr").first()).toContainText("Lithuania");
    const navigations: string[] = [];
    page.on("framenavigated", (frame) => navigations.push(frame.url()));
    await page.locator("#allies-table thead a", { hasText: "Ally" }).click();
    await expect(page.locator("#allies-table tbody tr").first()).toContainText("Albania");
    await expect(page).toHaveURL(/sort=name&order=asc/);
    await expect(page.locator("#allies-table thead th").first()).toHaveAttribute("aria-sort", "ascending");
    expect(navigations.filter((u) => !u.includes("sort=name"))).toEqual([]);
    done();
  });

  test("nonsense parameters fall back to the defaults with a message", async ({ page }) => {
    const response = await page.goto("/allies?year=abc&sort=zzz&order=sideways&show=%00");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Allies, 2026e");
    await expect(page.getByRole("status")).toContainText(
      'Ignored year="abc": expected a year from 2014 to 2026.',
    );
    const outOfRange = await page.goto("/allies?year=1900");
    expect(outOfRange?.status()).toBe(200);
  });
});

test.describe("every page", () => {
  for (const path of PAGES) {
    test(`${path} renders without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("footer")).toContainText(
        "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition.",
      );
      if (path === "/" || path === "/allies/POL" || path === "/allies/LTU") {
        await expect(page.locator("figure svg >> visible=true").first()).toBeVisible();
      }
      await context.close();
    });

    test(`${path} has no console errors and no axe violations`, async ({ page }) => {
      const done = watchConsole(page);
      await page.goto(path);
      if (VISITOR_PAGES.includes(path)) await expectDateLineAndNoDeveloperWords(page);
      await expectNoAxeViolations(page);
      done();
    });
  }

  test("the 404 page has no axe violations", async ({ page }) => {
    const done = watchConsole(page, { allowDocument404: true });
    await page.goto("/allies/XYZ");
    await expectNoAxeViolations(page);
    done();
  });

  // One test per page, so that the two workers share them.
  for (const path of ["/", "/allies", "/allies/POL"]) {
    test(`at phone width, ${path}: tables that scroll are reachable by keyboard, no axe violations`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
      const page = await context.newPage();
      await page.goto(path);
      await expectNoAxeViolations(page);
      await context.close();
    });
  }

  // The dark scheme swaps the palette and nothing else: the rules about colour are the ones it can break.
  test("dark scheme has no axe violations either", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto("/allies/POL");
    await expectNoAxeViolations(page, { rules: COLOUR_RULES });
    await context.close();
  });

  test("sends the security headers", async ({ request }) => {
    for (const path of ["/", "/allies/POL", "/allies?year=2020"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    }
  });

  test("serves the sitemap, robots.txt, the icon and Open Graph images", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap.match(/\/allies\/[A-Z]{3}</g)).toHaveLength(32);
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
    expect((await request.get("/icon.svg")).headers()["content-type"]).toContain("image/svg+xml");
    const og = await request.get("/allies/POL/opengraph-image");
    expect(og.status()).toBe(200);
    expect(og.headers()["content-type"]).toBe("image/png");
  });
});
