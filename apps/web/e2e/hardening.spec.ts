// Hardening of the built site: the security headers of every kind of answer, no reader input reflected
// unescaped (script-like values in every search parameter and in the Ally segment), and a fuzz of the
// search parameters where every answer is 200 or 404, never a 5xx, and no page prints NaN or undefined.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import fc from "fast-check";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3100";

/** One URL of every kind the site answers: static, dynamic, per Ally, downloads, and a missing page. */
const PAGE_TYPES = [
  "/",
  "/allies",
  "/allies/POL",
  "/compare?allies=POL,DEU,FRA",
  "/scenarios?target=3.5&deadline=2035",
  "/context",
  "/methodology",
  "/data",
  "/data/nato-defence-expenditure-2026-07.csv",
  "/data/nato-defence-expenditure-2026-07.json",
  "/data/nato-defence-expenditure.schema.json",
  "/no-such-page",
  "/allies/XYZ",
];

/** The search parameters each dynamic page reads (apps/web/lib/params.ts). */
const PARAMETERS: Record<string, readonly string[]> = {
  "/compare": ["allies", "metric"],
  "/scenarios": ["target", "deadline", "growth", "rate", "baseline", "prices", "form"],
  "/allies": ["year", "sort", "order", "show"],
};

/** What an attacker would put in a link, hoping the page echoes it into its HTML. */
const PAYLOADS = [
  `"><script>alert(1)</script>`,
  `'><img src=x onerror=alert(1)>`,
  `</title><svg onload=alert(1)>`,
  `javascript:alert(1)`,
  `<iframe srcdoc="<script>alert(1)</script>">`,
];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

test.describe("security headers", () => {
  for (const path of PAGE_TYPES) {
    test(`${path} carries CSP, nosniff, a referrer policy and refuses framing`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([200, 404]).toContain(response.status());
      const headers = response.headers();

      const csp = directives(headers["content-security-policy"] ?? "");
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("form-action")).toEqual(["'self'"]);
      // No remote code, no eval and no inline script but those allowed by their hash (server/policy.mjs).
      const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
      expect(scripts).toContain("'self'");
      expect(scripts.filter((s) => s !== "'self'" && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toEqual([]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(headers["x-frame-options"]).toBe("DENY");

      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]).toContain(
        headers["referrer-policy"],
      );
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }
});

function reflectionUrls(payload: string): string[] {
  const urls: string[] = [];
  for (const [page, names] of Object.entries(PARAMETERS)) {
    for (const name of names) urls.push(`${page}?${name}=${encodeURIComponent(payload)}`);
    // Every parameter at once, and the value repeated.
    urls.push(`${page}?${names.map((n) => `${n}=${encodeURIComponent(payload)}`).join("&")}`);
  }
  urls.push(`/compare?allies=POL,${encodeURIComponent(payload)}`);
  urls.push(`/compare?allies=${encodeURIComponent(payload)}&allies=DEU`);
  urls.push(`/allies/${encodeURIComponent(payload)}`);
  return urls;
}

test.describe("no reader input reflected unescaped", () => {
  test("the server's HTML never holds a payload as markup, in any parameter", async ({ request }) => {
    let checked = 0;
    for (const payload of PAYLOADS) {
      for (const url of reflectionUrls(payload)) {
        const response = await request.get(url);
        expect([200, 404], url).toContain(response.status());
        const html = await response.text();
        // A payload with markup characters never comes back as it was sent; shown as text it is escaped.
        if (/[<>"]/.test(payload)) expect(html, url).not.toContain(payload);
        expect(html, url).not.toMatch(/(href|src|action)="\s*javascript:/i);
        // Not as markup in any spelling either (escaped text such as "&lt;img onerror=..." is harmless).
        expect(html, url).not.toMatch(/<script>alert|<[a-z]+\s[^<>]*\bon(error|load)=|<iframe srcdoc/i);
        checked++;
      }
    }
    console.log(`Reflection: ${checked} URLs checked in the server's HTML.`);
    expect(checked).toBe(PAYLOADS.length * reflectionUrls("").length);
  });

  async function expectNoScriptRan(page: Page, url: string): Promise<void> {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(url);
    expect([200, 404], url).toContain(response?.status());
    await page.waitForLoadState("load");
    // Give a hydrated page a moment to render anything it renders on the client.
    await page.waitForTimeout(100);
    expect(dialogs, url).toEqual([]);
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll("img[onerror], svg[onload], iframe[srcdoc], a[href^='javascript:']").length,
    );
    expect(injected, url).toBe(0);
  }

  test("no dialog fires and no injected element exists in the browser, after hydration", async ({ page }) => {
    let visited = 0;
    for (const payload of PAYLOADS.slice(0, 3)) {
      for (const [pageUrl, names] of Object.entries(PARAMETERS)) {
        await expectNoScriptRan(
          page,
          `${pageUrl}?${names.map((n) => `${n}=${encodeURIComponent(payload)}`).join("&")}`,
        );
        visited++;
      }
      await expectNoScriptRan(page, `/allies/${encodeURIComponent(payload)}`);
      visited++;
    }
    console.log(`Reflection: ${visited} pages loaded in Chromium with script-like values; no dialog.`);
  });
});

// ---------------------------------------------------------------------------------------------------

const HOSTILE = [
  "",
  " ",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "1e308",
  "-0",
  "0x10",
  "3,5",
  "3.5%",
  "２０３５",
  "null",
  "undefined",
  "[]",
  "{}",
  "%",
  "%zz",
  "%00",
  "%C0%AF",
  "%E2%80%AE",
  "..%2F..%2Fetc%2Fpasswd",
  "POL,POL,POL",
  "pl,de,fr,it,es,nl,be,dk,no,se,fi",
  "__proto__",
  "constructor",
  "toString",
];

const rawValue: fc.Arbitrary<string> = fc.oneof(
  // Already in URL form, percent signs and all: some are deliberately malformed.
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "POL",
      "DEU",
      "Poland",
      "usa",
      "ISL",
      "NATO",
      "2014",
      "2026",
      "2035",
      "3.5",
      "5",
      "1.5",
    ),
  },
  { weight: 2, arbitrary: fc.double().map((n) => encodeURIComponent(String(n))) },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map(String) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.nat({ max: 5000 }).map((n) => "A".repeat(n)) },
);

const paramName: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...new Set(Object.values(PARAMETERS).flat())) },
  { weight: 1, arbitrary: fc.constantFrom("x", "edition", "__proto__", "allies[]", "year%00", "") },
);

const pagePath: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("/compare", "/scenarios", "/allies") },
  {
    weight: 2,
    arbitrary: fc.constantFrom("/", "/context", "/methodology", "/data", "/allies/POL", "/allies/pl"),
  },
  { weight: 1, arbitrary: rawValue.map((v) => `/allies/${v}`) },
  { weight: 1, arbitrary: rawValue.map((v) => `/data/${v}`) },
);

/** Visible text of an HTML page: no scripts, styles or tags. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, " ")
    .replace(/<style[\s\S]*?<\/style>/gi, " ")
    .replace(/<[^>]+>/g, " ");
}

/** Every file under the build the server runs from. */
function buildFiles(): string[] {
  const dir = join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
}

test.describe("search parameters named after built-in properties", () => {
  // Next builds the search parameters as a plain object: `__proto__` replaces its prototype with an array,
  // and a parameter named after an array method (`sort`) then arrives as [Array.prototype.sort, value].
  for (const url of [
    "/allies?__proto__=&sort=POL",
    "/allies?__proto__=&sort=share&order=asc",
    "/allies?__proto__=x&__proto__=y&sort=name",
    "/allies?constructor=&year=2020",
    "/compare?metric=constructor",
    "/compare?metric=__proto__&allies=toString",
    "/compare?__proto__=&allies=POL&metric=shareOfGdpPct",
    "/scenarios?__proto__=&target=3.5&growth=auto",
    "/scenarios?__proto__=&growth=rate&rate=1.5",
    "/scenarios?__proto__=&form=1&target=3.5&deadline=2035&growth=rate&rate=1.5",
    "/scenarios?constructor=&form=1&target=toString&baseline=__proto__",
  ]) {
    test(`${url} answers 200`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
    });
  }
});

test.describe("search parameters fuzzed", () => {
  test("requests for pages that do not exist write nothing to the server's disk", async ({ request }) => {
    const before = new Set(buildFiles());
    expect(before.size).toBeGreaterThan(0);
    const samples = fc.sample(rawValue, { numRuns: 30, seed: 42 });
    for (const [i, value] of samples.entries()) {
      // A marker in every unknown path, to find it again in a file name.
      const path = i % 2 === 0 ? `/allies/zzunknown${i}${value}` : `/data/zzunknown${i}${value}`;
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
    // An unknown path rendered and cached on disk would let anyone fill the server's disk. (Next may cache
    // a real page on its first request, from another test running meanwhile: that is bounded.)
    const written = buildFiles().filter((f) => !before.has(f) && f.includes("zzunknown"));
    expect(written).toEqual([]);
  });

  test("every answer is 200 or 404 (414 past the address limit), never 5xx, and no page shows NaN or undefined", async () => {
    test.setTimeout(180_000);
    let requests = 0;
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(
        pagePath,
        fc.array(fc.tuple(paramName, rawValue), { maxLength: 5 }),
        async (path, params) => {
          const query = params.map(([name, value]) => `${name}=${value}`).join("&");
          const url = `${BASE}${path}${query ? `?${query}` : ""}`;
          requests++;
          const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          const body = await response.text();
          // An address over the server's limit (server/policy.mjs) is refused whole, before any parsing.
          const tooLong = new URL(url).href.length - new URL(url).origin.length > 4096;
          if (tooLong && response.status === 414) return;
          if (response.status !== 200 && response.status !== 404) {
            throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
          }
          if ((response.headers.get("content-type") ?? "").includes("text/html")) {
            // What the reader typed may be shown back (escaped); only what the page made up counts.
            let text = visibleText(body);
            for (const [, value] of params) {
              let decoded = value;
              try {
                decoded = decodeURIComponent(value);
              } catch {}
              text = text.split(value).join(" ").split(decoded).join(" ");
            }
            const bad = /(^|[^A-Za-z])(NaN|undefined|Infinity)($|[^A-Za-z])/.exec(text);
            if (bad)
              throw new Error(
                `${url} shows "${bad[2]}": ...${text.slice(Math.max(0, bad.index - 80), bad.index + 80)}...`,
              );
          }
        },
      ),
      { numRuns: 150 },
    );
    console.log(
      `Query fuzz: ${requests} requests, ${Object.entries(statuses)
        .map(([s, n]) => `${n} x ${s}`)
        .join(", ")}.`,
    );
    expect(requests).toBeGreaterThanOrEqual(150);
  });
});
