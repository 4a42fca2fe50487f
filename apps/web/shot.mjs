import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const list = JSON.parse(process.argv[2]);
for (const [path, width, scheme, name, selector, js] of list) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: js !== false });
  await page.goto(`http://127.0.0.1:${process.env.P ?? 4009}${path}`);
  if (selector) await page.locator(selector).first().screenshot({ path: `/tmp/${name}.png` });
  else await page.screenshot({ path: `/tmp/${name}.png`, fullPage: process.env.FULL === "1" });
  await page.close();
}
await browser.close();
