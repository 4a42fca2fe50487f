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

/** Runs axe on the page (WCAG 2.x A and AA and best practices) and asserts there is no violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // axe reads every element's colours: on a loaded two-core machine a long page takes 40 s, not 5.
  test.setTimeout(120_000);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, "axe violations").toEqual([]);
}
