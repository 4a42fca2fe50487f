// The site's server (server/index.mjs) under test as a client sees it: the headers of every kind of
// answer, methods, request lines that name another host, long parameters and bursts of them, the cache
// headers of every route, and pages served without scripts when they have nothing to hydrate.
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { expect, test } from "@playwright/test";

const BASE = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3100");

/** One raw HTTP/1.1 exchange, for what fetch cannot send (other methods' spellings, absolute targets). */
function raw(requestLine: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(BASE.port), BASE.hostname, () => {
      const lines = [requestLine, `Host: ${headers.Host ?? BASE.host}`, "Connection: close"];
      for (const [name, value] of Object.entries(headers))
        if (name !== "Host") lines.push(`${name}: ${value}`);
      socket.write(`${lines.join("\r\n")}\r\n\r\n`);
    });
    let text = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => {
      text += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [status = "", ...fields] = head.split("\r\n");
      const map: Record<string, string> = {};
      for (const field of fields) {
        const colon = field.indexOf(":");
        map[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim();
      }
      resolve({ status: Number(status.split(" ")[1]), headers: map, body: rest.join("\r\n\r\n") });
    });
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to ${requestLine}`)));
  });
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The headers every answer carries, whatever made it. */
function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("base-uri 'self'");
  // The site's server allows inline scripts by hash only.
  const scripts = /script-src ([^;]*)/.exec(csp)?.[1]?.split(/\s+/) ?? [];
  expect(scripts, what).toContain("'self'");
  expect(
    scripts.filter((s) => s !== "'self'" && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
    what,
  ).toEqual([]);
  // Inline styles by hash only too ('unsafe-hashes' for style attributes), never 'unsafe-inline'.
  const styles = /style-src ([^;]*)/.exec(csp)?.[1]?.split(/\s+/) ?? [];
  expect(styles, what).toContain("'self'");
  expect(
    styles.filter(
      (s) => !["'self'", "'unsafe-hashes'"].includes(s) && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s),
    ),
    what,
  ).toEqual([]);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of [
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "serial",
    "browsing-topics",
  ]) {
    expect(permissions, `${what}: ${feature}`).toContain(`${feature}=()`);
  }
  expect(headers["x-powered-by"], what).toBeUndefined();
}

/** Lines of the server's log written while `run` ran. */
async function logDuring(run: () => Promise<void>): Promise<string> {
  const file = process.env.SERVER_LOG;
  expect(file, "scripts/e2e.mjs passes the server's log as SERVER_LOG").toBeTruthy();
  const before = readFileSync(file as string, "utf8").length;
  await run();
  await new Promise((r) => setTimeout(r, 300));
  return readFileSync(file as string, "utf8").slice(before);
}

test.describe("headers on every kind of answer", () => {
  const kinds: [string, string, Record<string, string>?][] = [
    ["a page without scripts", "GET /allies/POL HTTP/1.1"],
    ["a page with scripts", "GET /scenarios?target=3.5&deadline=2035 HTTP/1.1"],
    ["a download", "GET /data/nato-defence-expenditure-2026-07.csv HTTP/1.1"],
    ["a redirect", "GET /allies/pol HTTP/1.1"],
    ["a 404", "GET /no-such-page HTTP/1.1"],
    ["a 404 for broken encoding", "GET /allies/%E0%A4%A HTTP/1.1"],
    ["the error page", "GET /_global-error HTTP/1.1"],
    ["a 405", "TRACE /allies/POL HTTP/1.1"],
    ["a 405 for an unknown method", "FOO /data/x HTTP/1.1"],
    ["OPTIONS *", "OPTIONS * HTTP/1.1"],
    ["a 414", `GET /scenarios?target=${"1".repeat(5000)} HTTP/1.1`],
    ["a 400", "GET nonsense HTTP/1.1"],
    ["a 304", "GET /methodology HTTP/1.1", { "If-None-Match": "*" }],
    ["a static file", "GET /robots.txt HTTP/1.1"],
  ];
  for (const [what, line, headers] of kinds) {
    test(`${what} carries the security headers`, async () => {
      const answer = await raw(line, headers);
      expect(answer.status, what).toBeGreaterThanOrEqual(200);
      expectSecurityHeaders(answer.headers, what);
    });
  }

  test("client mistakes leave nothing in the server's log", async () => {
    const log = await logDuring(async () => {
      for (const [, line, headers] of kinds) await raw(line, headers).catch(() => undefined);
      for (const line of [
        "GET /allies/%zz HTTP/1.1",
        "GET /data/%E0%A4%A HTTP/1.1",
        "GET /scenarios?target=1e999&growth=%ff HTTP/1.1",
        "GET /_next/image?url=http://evil.example/x.png&w=64&q=75 HTTP/1.1",
        "GET /_next/static/../../etc/passwd HTTP/1.1",
        "BREW /coffee HTTP/1.1",
      ]) {
        await raw(line).catch(() => undefined);
      }
    });
    expect(log).not.toMatch(/\n\s+at |Error|TypeError|stack/);
  });

  test("HSTS only over HTTPS, on by default in production", async () => {
    expect((await raw("GET / HTTP/1.1")).headers["strict-transport-security"]).toBeUndefined();
    const https = await raw("GET / HTTP/1.1", { "X-Forwarded-Proto": "https" });
    expect(https.headers["strict-transport-security"]).toBe("max-age=31536000");
    const refused = await raw("DELETE / HTTP/1.1", { "X-Forwarded-Proto": "https" });
    expect(refused.status).toBe(405);
    expect(refused.headers["strict-transport-security"]).toBe("max-age=31536000");
  });
});

test.describe("methods", () => {
  for (const method of ["TRACE", "PUT", "DELETE", "POST", "PATCH", "PROPFIND", "FOO"]) {
    test(`${method} answers 405 with Allow on pages, Ally pages and downloads, and logs nothing`, async () => {
      const log = await logDuring(async () => {
        for (const path of ["/", "/allies/POL", "/data/nato-defence-expenditure-2026-07.csv", "/compare"]) {
          const answer = await raw(`${method} ${path} HTTP/1.1`, { "Content-Length": "0" });
          expect(answer.status, `${method} ${path}`).toBe(405);
          expect(answer.headers.allow).toBe("GET, HEAD, OPTIONS");
          expect(answer.headers["cache-control"]).toBe("no-store");
        }
      });
      expect(log).not.toMatch(/\n\s+at |Error:/);
    });
  }

  test("OPTIONS * and OPTIONS on a path answer 204 with Allow; CONNECT 405", async () => {
    for (const line of ["OPTIONS * HTTP/1.1", "OPTIONS /allies/POL HTTP/1.1"]) {
      const answer = await raw(line);
      expect(answer.status, line).toBe(204);
      expect(answer.headers.allow).toBe("GET, HEAD, OPTIONS");
    }
    expect((await raw("GET * HTTP/1.1")).status).toBe(400);
    const connect = await raw("CONNECT evil.example:443 HTTP/1.1", { Host: "evil.example:443" });
    expect(connect.status).toBe(405);
  });

  test("HEAD answers the headers of GET without a body", async ({ request }) => {
    const head = await request.head("/allies/POL");
    const get = await request.get("/allies/POL");
    expect(head.status()).toBe(200);
    expect(head.headers().etag).toBe(get.headers().etag);
    expect(await head.body()).toHaveLength(0);
  });
});

test.describe("never off the site", () => {
  test("an absolute URL in the request line is read as its path; its host is never used", async () => {
    const redirect = await raw("GET http://evil.example/allies/pol HTTP/1.1", { Host: "evil.example" });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.location).toBe("/allies/POL");
    const missing = await raw("GET http://evil.example/x HTTP/1.1", { Host: "evil.example" });
    expect(missing.status).toBe(404);
    expect(missing.headers.location).toBeUndefined();
    const page = await raw("GET https://evil.example/methodology HTTP/1.1");
    expect(page.status).toBe(200);
  });

  test("a foreign Host header or a doubled slash never reaches a Location", async () => {
    for (const [line, host] of [
      ["GET /allies/poland HTTP/1.1", "evil.example"],
      ["GET /allies/PL HTTP/1.1", "evil.example:80"],
    ] as const) {
      const answer = await raw(line, { Host: host });
      expect(answer.status, line).toBe(308);
      expect(answer.headers.location, line).toBe("/allies/POL");
    }
    // A doubled slash is a path on this site, not a host.
    const doubled = await raw("GET //evil.example/allies/pol HTTP/1.1");
    expect(doubled.status).toBe(404);
    expect(doubled.headers.location).toBeUndefined();
  });
});

test.describe("long parameters", () => {
  const long = `${"1".repeat(16 * 1024 - 1)}x`;

  test("a 16 KB parameter is answered within 50 ms, on every parameterised page", async () => {
    for (const path of [
      "/scenarios?target=",
      "/scenarios?growth=",
      "/scenarios?growth=rate&rate=",
      "/compare?allies=",
      "/allies?year=",
    ]) {
      // The best of five, on a connection already open: one slow run on a busy machine is not the server's.
      await (await fetch(`${BASE.origin}/robots.txt`)).arrayBuffer();
      let best = Number.POSITIVE_INFINITY;
      let status = 0;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const response = await fetch(`${BASE.origin}${path}${long}`);
        await response.arrayBuffer();
        best = Math.min(best, performance.now() - started);
        status = response.status;
      }
      expect(status, path).toBe(414);
      expect(best, path).toBeLessThan(50);
    }
  });

  test("a parameter under the address limit but over the page's is ignored, and the page says so", async ({
    request,
  }) => {
    const value = `${"1".repeat(3000)}x`;
    const started = performance.now();
    const response = await request.get(`/scenarios?target=${value}&deadline=2035`);
    const ms = performance.now() - started;
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("at most 400 characters");
    // One render of the page (no pattern over the value): well under a second even on a busy machine.
    expect(ms).toBeLessThan(1500);
  });

  test("a burst of long parameters does not slow other readers", async () => {
    test.setTimeout(60_000);
    const timed = async (url: string) => {
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    const readers = () =>
      Promise.all([timed(`${BASE.origin}/robots.txt`), timed(`${BASE.origin}/allies/POL`)]);
    await readers();
    const quiet = Math.max(...(await readers()));
    // Sixteen at once: 16 KB values (refused before Next) and 3 KB ones, each a different address, so
    // each is a render of its own in which the page ignores the value as too long.
    const attack = Array.from({ length: 16 }, (_, i) =>
      fetch(`${BASE.origin}/scenarios?target=${i % 2 === 0 ? long : long.slice(-3000)}&n=${i}`).then((r) =>
        r.arrayBuffer(),
      ),
    );
    const during = Math.max(...(await readers()));
    await Promise.all(attack);
    // What this guards against: eight such requests used to hold every other one for 3-4 s. The bound is
    // loose because other tests load the same server meanwhile.
    expect(during).toBeLessThan(Math.max(1000, quiet * 4));
  });
});

/** The Cache-Control of every answer that depends only on its URL (server/policy.mjs). */
const PAGE = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

test.describe("cache headers per route", () => {
  const URL_ONLY = [
    "/",
    "/allies",
    "/allies?year=2024&sort=name&order=asc",
    "/allies/POL",
    "/allies/ISL",
    "/compare",
    "/compare?allies=POL,DEU,FRA",
    "/scenarios",
    "/scenarios?target=5&deadline=2035&growth=1.5",
    "/scenarios/data.csv?target=3.5&deadline=2035",
    "/context",
    "/methodology",
    "/data",
    "/data/nato-defence-expenditure-2026-07.csv",
    "/data/nato-defence-expenditure-2026-07.json",
    "/robots.txt",
    "/sitemap.xml",
    "/icon.svg",
    "/chart-tools.js",
    "/compare-picker.js",
    "/find/allies?q=pol",
  ];
  for (const path of URL_ONLY) {
    test(`${path}: shared caches may keep it, with a validator that answers 304`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["cache-control"]).toBe(PAGE);
      expect(headers.etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
      expect(headers.vary).toContain("Accept-Encoding");
      const again = await request.get(path, { headers: { "if-none-match": headers.etag as string } });
      expect(again.status()).toBe(304);
      expect(again.headers().etag).toBe(headers.etag);
      expect(again.headers()["cache-control"]).toBe(PAGE);
    });
  }

  test("404s are kept a minute at most; errors and router requests never", async ({ request }) => {
    for (const path of ["/no-such-page", "/allies/XYZ", "/allies/%E0%A4%A", "/data/%zz"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["cache-control"], path).toBe("public, max-age=60, s-maxage=60");
      expect(response.headers().etag, path).toBeUndefined();
    }
    const error = await request.get("/_global-error");
    expect(error.status()).toBeGreaterThanOrEqual(400);
    expect(error.headers()["cache-control"]).toBe("no-store");
    const router = await request.get("/allies/POL", { headers: { rsc: "1" } });
    expect(router.headers()["cache-control"]).toBe("no-store");
  });

  test("Next's hashed files are immutable; the image optimizer is off", async ({ request }) => {
    // Every page is plain HTML now; its stylesheets are Next's hashed files.
    const html = await (await request.get("/scenarios")).text();
    const sheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect(sheet).toBeTruthy();
    const file = await request.get(sheet as string);
    expect(file.status()).toBe(200);
    expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const image = await request.get("/_next/image?url=%2Ficon.svg&w=64&q=75");
    expect(image.status()).toBe(404);
  });

  test("answers are compressed once and sent as the reader accepts", async () => {
    for (const [accept, expected] of [
      ["gzip", "gzip"],
      ["br, gzip", "br"],
      ["identity", null],
    ] as const) {
      const answer = await raw("GET /allies/POL HTTP/1.1", { "Accept-Encoding": accept });
      expect(answer.headers["content-encoding"] ?? null, accept).toBe(expected);
    }
  });
});

test.describe("page weight", () => {
  // The chart tools are a plain script (public/chart-tools.js), so pages with charts have nothing for
  // React to hydrate either: no Next runtime, no server-component payload.
  // An embed page adds the script that tells the page framing it how tall it is (public/embed-frame.js).
  for (const [path, scripts] of [
    ["/", ['<script async="" src="/chart-tools.js">']],
    ["/allies/POL", ['<script async="" src="/chart-tools.js">']],
    ["/allies/USA", ['<script async="" src="/chart-tools.js">']],
    [
      "/embed/allies/POL",
      ['<script async="" src="/chart-tools.js">', '<script async="" src="/embed-frame.js">'],
    ],
    [
      "/embed/overview/map",
      ['<script async="" src="/chart-tools.js">', '<script async="" src="/embed-frame.js">'],
    ],
    // The compare picker and the scenario calculator are plain scripts too (public/).
    [
      "/compare?allies=POL,DEU,FRA",
      ['<script async="" src="/chart-tools.js">', '<script src="/compare-picker.js" defer="">'],
    ],
    [
      "/compare?allies=USA,GBR,DEU,FRA,ITA&metric=spend-2021",
      ['<script async="" src="/chart-tools.js">', '<script src="/compare-picker.js" defer="">'],
    ],
    [
      "/scenarios",
      ['<script async="" src="/chart-tools.js">', '<script src="/scenario-calculator.js" defer="">'],
    ],
    [
      "/scenarios?target=4&deadline=2030&growth=rate&rate=1.5&baseline=two-percent&prices=current&form=1",
      ['<script async="" src="/chart-tools.js">', '<script src="/scenario-calculator.js" defer="">'],
    ],
  ] as const) {
    test(`${path}: plain HTML under 100 KB with the site's own scripts only`, async ({ request }) => {
      const response = await request.get(path);
      const html = await response.text();
      expect(html.length).toBeLessThan(100 * 1024);
      expect(html).not.toContain("self.__next_f");
      expect(html).not.toMatch(/\/_next\/static\/[^"]*\.js/);
      // Async scripts: their order in the page does not matter.
      expect([...(html.match(/<script[^>]*>/g) ?? [])].sort()).toEqual([...scripts].sort());
      expect(response.headers()["content-security-policy"]).toContain("script-src 'self';");
    });
  }
  test("the picker's search is core's, as JSON kept by URL", async ({ request }) => {
    // searchAllies: "uk" is an alias of the United Kingdom; "slov" starts two names.
    for (const [query, codes] of [
      ["uk", ["GBR"]],
      ["slov", ["SVK", "SVN"]],
      ["", []],
    ] as const) {
      const response = await request.get(`/find/allies?q=${encodeURIComponent(query)}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["cache-control"]).toBe(PAGE);
      const body = (await response.json()) as { allies: { code: string }[] };
      expect(body.allies.map((a) => a.code)).toEqual(codes);
    }
    // A long text is read up to 60 characters: nothing matches, nothing fails.
    const long = await request.get(`/find/allies?q=${"9".repeat(3_900)}x`);
    expect(long.status()).toBe(200);
    expect(((await long.json()) as { allies: unknown[] }).allies).toEqual([]);
  });
  for (const path of ["/methodology", "/context", "/data"]) {
    test(`${path} has nothing to hydrate: plain HTML under 100 KB, no script`, async ({ request }) => {
      const response = await request.get(path);
      const html = await response.text();
      expect(html.length).toBeLessThan(100 * 1024);
      expect(html).not.toContain("<script");
      expect(response.headers()["content-security-policy"]).toContain("script-src 'self';");
    });
  }

  for (const path of ["/allies", "/allies?year=2014&sort=name&order=asc&show=below-2"]) {
    test(`${path}: plain HTML under 100 KB with the table sorter's own script only`, async ({ request }) => {
      const response = await request.get(path);
      const html = await response.text();
      expect(html.length).toBeLessThan(100 * 1024);
      expect(html.match(/<script[^>]*>/g)).toEqual([
        expect.stringMatching(/^<script src="\/table-sorter\.js" defer="" data-table="allies-table"/),
      ]);
      expect(response.headers()["content-security-policy"]).toContain("script-src 'self';");
    });
  }
});
