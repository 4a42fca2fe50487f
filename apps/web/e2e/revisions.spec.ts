import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, watchConsole } from "./support";

// The revisions page and each Ally page's chart of what NATO said about one year, edition by edition.
// Screenshots go to test-results/revisions/ at 390 and 1280 px, light and dark, with and without JS.

test.describe("the revisions page", () => {
  test("is plain HTML under 100 KB, with the editions, the largest revisions and the change of basis apart", async ({
    request,
  }) => {
    const response = await request.get("/revisions");
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
    expect(html).toContain("How NATO revised its figures");
    expect(html).toContain('id="by-edition"');
    expect(html).toContain('id="basis-change"');
    expect(html).toContain('id="by-ally"');
    // The change of basis: Estonia 2025e, 3.38% in the August 2025 edition (as reported), 3.93% in July 2026's.
    const basis = html.slice(html.indexOf('id="basis-change"'), html.indexOf('id="by-ally"'));
    expect(basis).toContain("core defence expenditure");
    expect(basis).toMatch(/Estonia.*?3\.38%.*?3\.93%.*?\+0\.55 pp/s);
    // Every Ally links to its page's revisions.
    expect(html).toContain('href="/allies/POL#revisions"');
  });

  test("shows the Wales pledge's 2024 as first published, restated and today, from core", async ({
    request,
  }) => {
    const html = await (await request.get("/revisions")).text();
    const part = html.slice(html.indexOf('id="first-published"'), html.indexOf('id="by-edition"'));
    // June 2024 workbook, Table 3 (2024e): 23 of 31 at 2% or more; August 2025 edition 18; July 2026 edition 17.
    expect(part.replace(/<[^>]+>/g, "")).toContain(
      "As NATO first published its 2024 figures (June 2024 edition, estimates), 23 of 31 Allies with armed forces were estimated at 2% or more; as restated in the August 2025 edition (estimates), 18 of 31; in the July 2026 edition, on NATO&#x27;s new basis of core defence expenditure, 17 of 31.",
    );
    // Slovakia: 2.00% e (June 2024), 1.96% e (August 2025), 1.99% (July 2026): meets, then below.
    expect(part).toMatch(/Slovak Republic.*?2\.00%.*?meets.*?1\.96%.*?below.*?1\.99%.*?below/s);
    const albania = await (await request.get("/allies/ALB")).text();
    expect(albania.replace(/<[^>]+>/g, "")).toContain(
      "NATO first published Albania&#x27;s 2024 figure in the June 2024 edition: 2.03%",
    );
  });

  test("is in the navigation and linked from the methodology", async ({ page }) => {
    await page.goto("/methodology");
    await expect(page.locator('header a[href="/revisions"]')).toHaveCount(1);
    await expect(page.locator('main a[href="/revisions"]').first()).toBeVisible();
  });

  test("passes axe", async ({ page }) => {
    const stop = watchConsole(page);
    await page.goto("/revisions");
    await expectNoAxeViolations(page);
    stop();
  });
});

test.describe("an Ally page's chart of one year, edition by edition", () => {
  test("shows each edition's value of the year, the estimates marked, with a data table and a source", async ({
    request,
  }) => {
    const html = await (await request.get("/allies/POL")).text();
    const start = html.indexOf('id="year-editions-chart"');
    expect(start).toBeGreaterThan(0);
    const chart = html.slice(start, html.indexOf("</figure>", start));
    expect(chart).toMatch(/<h3[^>]*>NATO (first put|gave) Poland&#x27;s \d{4} share of GDP/);
    expect(chart).toContain("core defence expenditure");
    expect(chart).toContain("Data table");
    expect(chart).toContain("Source");
    expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
  });

  test("shows the revision and the change of basis in separate columns", async ({ request }) => {
    const html = await (await request.get("/allies/POL")).text();
    // Poland 2025e: 4.48% (August 2025 edition) then 4.25% (July 2026 edition): a change of basis.
    expect(html).toContain("Basis change");
    expect(html).toContain("−0.23 pp");
  });
});
