import { chromium } from "@playwright/test";

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const shots = [];
for (const path of ["/revisions", "/allies/ALB", "/methodology"])
  for (const width of [390, 1280])
    for (const scheme of ["light", "dark"])
      for (const js of [true, false]) shots.push([path, width, scheme, js]);
for (const [path, width, scheme, js] of shots) {
  const ctx = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: scheme,
    javaScriptEnabled: js,
  });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:4010${path}`, { waitUntil: "load" });
  const name = `${path.replaceAll("/", "_")}-${width}-${scheme}-${js ? "js" : "nojs"}`;
  const anchor =
    path === "/revisions" ? "#first-published" : path === "/methodology" ? "#edition-2025-08" : "#revisions";
  const el = await page.$(anchor);
  if (el) await el.scrollIntoViewIfNeeded();
  if (el) await page.evaluate((a) => document.querySelector(a).scrollIntoView(), anchor);
  await page.screenshot({ path: `/tmp/wt10shots/${name}.png` });
  // overflow check: elements wider than the viewport
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(name, "horizontal overflow", over);
  await ctx.close();
}
await browser.close();
