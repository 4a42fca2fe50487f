import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Frame, type Page, test } from "@playwright/test";
import { watchConsole } from "./support";

// Another site framing the charts: a plain HTML page served from its own origin (localhost on a port of
// its own; the site is on 127.0.0.1), holding the embed code exactly as the site offers it to copy.

let host: Server;
let hostOrigin = "";
/** The host page's HTML, by path. */
const hostPages = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((request, response) => {
    const html = hostPages.get(request.url ?? "");
    response.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

const decode = (text: string) =>
  text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&#x27;", "'")
    .replaceAll("&amp;", "&");

/**
 * The embed code of a chart as its page renders it (the read-only field, before any script), written for
 * the origin the tests reach the site at, as the chart tools write it in a reader's browser.
 */
async function embedCodeOn(page: Page, path: string, chartId: string, baseURL: string): Promise<string> {
  const html = await (await page.request.get(path)).text();
  const field = new RegExp(`<textarea[^>]*id="${chartId}-embed"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  expect(field, `${path}: the embed code of #${chartId}`).not.toBeNull();
  const code = decode(field?.[1] ?? "");
  const written = /src="(https?:\/\/[^/"]+)\//.exec(code)?.[1] ?? "";
  return code.replaceAll(`src="${written}/`, `src="${new URL(baseURL).origin}/`);
}

/** Serves a host page with `code` in an article column, and opens it. */
async function openHost(page: Page, name: string, code: string): Promise<void> {
  hostPages.set(
    `/${name}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>A news article</title>
<style>body { margin: 0 auto; max-width: 680px; padding: 0 16px; font: 17px/1.5 Georgia, serif }</style></head>
<body><h1>A news article</h1><p>A paragraph before the chart.</p>
${code}
<p>A paragraph after the chart.</p></body></html>`,
  );
  await page.goto(`${hostOrigin}/${name}`);
}

async function embedFrame(page: Page): Promise<Frame> {
  // The frame as the embed code writes it (not one whose address adds a fragment).
  const plain = (f: Frame) => f.url().includes("/embed/") && !f.url().includes("#");
  await expect.poll(() => page.frames().some(plain)).toBe(true);
  const frame = page.frames().find(plain);
  if (!frame) throw new Error("no embed frame");
  await frame.waitForLoadState("load");
  return frame;
}

const frameHeight = (page: Page) =>
  page
    .locator("iframe")
    .first()
    .evaluate((element) => element.getBoundingClientRect().height);
const inner = (frame: Frame) =>
  frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));

/** The frame ends up as tall as its document, within 2 px, with nothing left to scroll inside. */
async function expectFitted(page: Page, frame: Frame, label: string): Promise<number> {
  await expect
    .poll(
      async () => {
        const [outer, { scrollHeight, clientHeight }] = await Promise.all([frameHeight(page), inner(frame)]);
        return Math.abs(outer - scrollHeight) <= 2 && scrollHeight <= clientHeight + 1;
      },
      // A loaded machine takes seconds to reflow the map at a new width.
      { message: `${label}: the frame fits its document`, timeout: 15_000 },
    )
    .toBe(true);
  return frameHeight(page);
}

test.describe("embedding on another site", () => {
  /**
   * Opens the chart's embed code on a host page at 390 px, then widens the page to 1280 px: each time the
   * frame ends up as tall as the chart (taller or shorter than the fixed height it starts with).
   */
  async function fitsAtBothWidths(page: Page, baseURL: string, path: string, chartId: string, fixed: number) {
    const code = await embedCodeOn(page, path, chartId, baseURL);
    expect(code).toContain(`height="${fixed}"`);
    expect(code).toContain(`<script async src="${new URL(baseURL).origin}/embed.js"></script>`);
    await page.setViewportSize({ width: 390, height: 800 });
    await openHost(page, chartId, code);
    const frame = await embedFrame(page);
    const phone = await expectFitted(page, frame, `${path} #${chartId} at 390 px`);
    expect(phone).not.toBe(fixed);
    // A wider column reflows the chart: the frame follows.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => frameHeight(page), { timeout: 15_000 }).not.toBe(phone);
    return { frame, desktop: await expectFitted(page, frame, `${path} #${chartId} at 1280 px`) };
  }

  test("the host script fits the frame to the map, at 390 and 1280 px", async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    const checkConsole = watchConsole(page);
    const { desktop } = await fitsAtBothWidths(page, baseURL ?? "", "/", "map", 900);
    // The two panels of the wide map are far taller than the phone's tile grid.
    expect(desktop).toBeGreaterThan(1000);
    checkConsole();
  });

  test("the host script fits an Ally's chart, and ignores a message from another origin or of another shape", async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const checkConsole = watchConsole(page);
    const site = new URL(baseURL ?? "").origin;
    const { frame, desktop } = await fitsAtBothWidths(page, baseURL ?? "", "/allies/POL", "share", 800);
    // A reader opens the chart's data table inside the frame: the frame grows with it.
    await frame.locator("figure.chart summary", { hasText: "Data table" }).click();
    await expect.poll(() => frameHeight(page), { timeout: 15_000 }).toBeGreaterThan(desktop + 200);
    const fitted = await expectFitted(page, frame, "Poland's chart with its table open");
    checkConsole();
    /** Delivers a message to the host's listener as if the framed chart had sent it from `origin`. */
    const deliver = (data: unknown, origin: string) =>
      page.evaluate(
        ([data, origin]) => {
          const source = document.querySelector("iframe")?.contentWindow ?? null;
          window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
          return document.querySelector("iframe")?.getBoundingClientRect().height;
        },
        [data, origin] as const,
      );
    const id = "/embed/allies/POL";
    // Right shape, wrong origin: the host page's own, or another site's.
    expect(await deliver({ type: "nato-embed:height", height: 321, id }, hostOrigin)).toBe(fitted);
    expect(await deliver({ type: "nato-embed:height", height: 321, id }, "https://example.com")).toBe(fitted);
    // Right origin, wrong shape.
    for (const data of [
      { type: "nato-embed:height", height: "321", id },
      { type: "nato-embed:height", height: Number.NaN, id },
      { type: "nato-embed:height", height: -5, id },
      { type: "nato-embed:height", height: 1e9, id },
      { type: "nato-embed:height", height: 321 },
      { type: "nato-embed:height", height: 321, id: "/allies/POL" },
      { type: "other:height", height: 321, id },
      "nato-embed:height 321",
      null,
    ]) {
      expect(await deliver(data, site), JSON.stringify(data)).toBe(fitted);
    }
    // A real message from the host's own window (not the frame, not the site's origin): ignored too.
    // Messages arrive in order, so once the second one has arrived the first has been handled.
    const after = await page.evaluate(
      (id) =>
        new Promise<number | undefined>((resolve) => {
          window.addEventListener("message", (event) => {
            if (event.data === "done")
              resolve(document.querySelector("iframe")?.getBoundingClientRect().height);
          });
          window.postMessage({ type: "nato-embed:height", height: 321, id }, "*");
          window.postMessage("done", "*");
        }),
      id,
    );
    expect(after).toBe(fitted);
    // The same message, from the frame and the site's origin, is taken: the checks above are what refused.
    expect(await deliver({ type: "nato-embed:height", height: 321, id }, site)).toBe(321);
  });

  test("without the host script the frame keeps its fixed height; the chart is light unless asked", async ({
    page,
    baseURL,
  }) => {
    // A reader in dark mode, on a host page that is light (it declares no color-scheme).
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 800 });
    const frameCode = (await embedCodeOn(page, "/allies/POL", "share", baseURL ?? "")).split("\n")[0] ?? "";
    // The same frame a second time, asking to follow the reader's setting.
    const auto = frameCode.replace('/embed/allies/POL"', '/embed/allies/POL#dark=auto"');
    expect(auto).not.toBe(frameCode);
    await openHost(page, "frame-alone", `${frameCode}\n${auto}`);
    const frame = await embedFrame(page);
    await expect(frame.locator("figure.chart")).toHaveCount(1);
    // Give the framed page time to post its height: nobody listens, nothing changes.
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(800);
    // On a phone the chart, its tools and its link fit that height: nothing is hidden below.
    const { scrollHeight, clientHeight } = await inner(frame);
    expect(clientHeight).toBe(800);
    expect(scrollHeight).toBe(clientHeight);
    const background = (f: Frame) => f.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background(frame)).toBe("rgb(255, 255, 255)");
    await expect.poll(() => page.frames().some((f) => f.url().endsWith("#dark=auto"))).toBe(true);
    const dark = page.frames().find((f) => f.url().endsWith("#dark=auto"));
    if (!dark) throw new Error("no second frame");
    await dark.waitForLoadState("load");
    await expect.poll(() => background(dark)).toBe("rgb(18, 19, 20)");
  });
});
