import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/**
 * Collects console errors and failed requests of a page; call the returned function after the checks
 * to assert there were none. A 404 page's own document status is expected and ignored.
 */
export function watchConsole(page: Page, options: { allowDocument404?: boolean } = {}): () => void {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (options.allowDocument404 && /status of 404/.test(text)) return;
    problems.push(text);
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return () => expect(problems, "console errors").toEqual([]);
}

/** WCAG 2.x A and AA and axe's best practices: the rules every page is held to. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * The rules whose outcome depends on the colours, all that the dark scheme changes (globals.css swaps the
 * palette's variables under prefers-color-scheme and nothing else): a page checked in full in the light
 * scheme needs only these in the dark one.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"] as const;

/**
 * Runs axe on the page and asserts there is no violation: every rule of AXE_TAGS, or only `rules`. Axe
 * keeps the details of violations alone (resultTypes): passes and inapplicable rules are still run, but
 * their nodes are neither collected nor sent back, a third of axe's time on a long page.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { rules?: readonly string[] } = {},
): Promise<void> {
  // axe reads every element's colours: on a loaded two-core machine a long page takes 40 s, not 5.
  test.setTimeout(120_000);
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  if (options.rules) builder.withRules([...options.rules]);
  else builder.withTags(AXE_TAGS);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, "axe violations").toEqual([]);
}

/** The pages a visitor arriving from a news link meets first: each has the date line and no developer words. */
export const VISITOR_PAGES: readonly string[] = [
  "/",
  "/allies",
  "/allies/POL",
  "/allies/ISL",
  "/compare",
  "/scenarios",
  "/context",
  "/methodology",
];

/**
 * The date line, the find-an-Ally box, and none of the words meant for developers. Run on the load of the
 * page's axe test rather than on a load of its own.
 */
export async function expectDateLineAndNoDeveloperWords(page: Page): Promise<void> {
  // NATO's 2026 edition: published 10 July 2026, data cut-off 3 July 2026.
  await expect(page.getByTestId("date-line")).toHaveText(
    "NATO's July 2026 edition, released 10 July 2026; data cut-off 3 July 2026. Estimates are marked e.",
  );
  await expect(page.getByRole("search").getByLabel("Find an Ally")).toBeVisible();
  const text = (await page.locator("body").textContent()) ?? "";
  expect(text).not.toContain("@nato/core");
  expect(text).not.toContain("nato export");
  expect(text).not.toContain("States's");
}
