// The server's rules without a server: request decisions, headers, cache policy, the answer cache and the
// plain-HTML rewrite of pages with nothing to hydrate.
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AnswerCache, makeEntry, parseAcceptEncoding, pickEncoding } from "./cache.mjs";
import {
  allowFraming,
  cacheControl,
  contentSecurityPolicy,
  decide,
  hstsValue,
  inlineScriptHashes,
  inlineStyleHashes,
  isFrameable,
  MAX_TARGET_LENGTH,
  PERMISSIONS_POLICY,
  securityHeaders,
  siteLocation,
} from "./policy.mjs";
import { classifyClientModules, flightPayload, withoutScripts } from "./static-html.mjs";
import { formDefaults, pageLinks, sitemapPaths, WARM_SEEDS, WarmQueue } from "./warm.mjs";

describe("decide", () => {
  it("serves GET and HEAD on a path", () => {
    expect(decide("GET", "/allies/POL")).toEqual({ kind: "serve", target: "/allies/POL" });
    expect(decide("HEAD", "/compare?allies=POL")).toEqual({ kind: "serve", target: "/compare?allies=POL" });
  });

  it("answers OPTIONS, on * or a path, with what is allowed", () => {
    expect(decide("OPTIONS", "*")).toEqual({ kind: "options", allow: "GET, HEAD, OPTIONS" });
    expect(decide("OPTIONS", "/")).toEqual({ kind: "options", allow: "GET, HEAD, OPTIONS" });
  });

  it.each(["TRACE", "POST", "PUT", "DELETE", "PATCH", "PROPFIND", "CONNECT", undefined])(
    "refuses %s with 405",
    (method) => {
      const decision = decide(method, "/allies/POL");
      expect(decision).toMatchObject({ kind: "refuse", status: 405, allow: "GET, HEAD, OPTIONS" });
    },
  );

  it("refuses an address over the limit with 414, and GET * with 400", () => {
    expect(decide("GET", `/scenarios?target=${"1".repeat(MAX_TARGET_LENGTH)}`)).toMatchObject({
      status: 414,
    });
    expect(decide("GET", "*")).toMatchObject({ kind: "refuse", status: 400 });
    expect(decide("GET", "nonsense")).toMatchObject({ kind: "refuse", status: 400 });
  });

  it("reads an absolute URL as its path and query only; a doubled slash is a path", () => {
    expect(decide("GET", "http://evil.example/allies/pol?x=1")).toEqual({
      kind: "serve",
      target: "/allies/pol?x=1",
    });
    expect(decide("GET", "HTTPS://evil.example")).toEqual({ kind: "serve", target: "/" });
    expect(decide("GET", "//evil.example/x")).toEqual({ kind: "serve", target: "/evil.example/x" });
  });
});

describe("siteLocation", () => {
  it.each([
    ["http://evil.example/allies/POL", "/allies/POL"],
    ["https://localhost:3000/allies/POL?x=1#y", "/allies/POL?x=1#y"],
    ["//evil.example/x", "/x"],
    ["/allies/POL", "/allies/POL"],
    ["allies/POL", "/allies/POL"],
  ])("%s stays on the site as %s", (location, expected) => {
    expect(siteLocation(location)).toBe(expected);
  });
});

describe("headers", () => {
  it("HSTS: on by default in production, off elsewhere, configurable", () => {
    expect(hstsValue(undefined, true)).toBe("max-age=31536000");
    expect(hstsValue(undefined, false)).toBeNull();
    expect(hstsValue("off", true)).toBeNull();
    expect(hstsValue("0", true)).toBeNull();
    expect(hstsValue("600", false)).toBe("max-age=600");
  });

  it("every security header, and HSTS only when given", () => {
    const headers = securityHeaders();
    expect(Object.keys(headers).sort()).toEqual([
      "content-security-policy",
      "cross-origin-opener-policy",
      "permissions-policy",
      "referrer-policy",
      "x-content-type-options",
      "x-frame-options",
    ]);
    expect(securityHeaders({ hsts: "max-age=1" })["strict-transport-security"]).toBe("max-age=1");
    expect(PERMISSIONS_POLICY).toMatch(/^(\w[\w-]*=\(\), )+\w[\w-]*=\(\)$/);
  });

  it("the CSP allows inline scripts by hash only, unless no hashes are known", () => {
    expect(contentSecurityPolicy({ scriptHashes: ["sha256-abc"] })).toContain(
      "script-src 'self' 'sha256-abc';",
    );
    expect(contentSecurityPolicy({ scriptHashes: [] })).toContain("script-src 'self';");
    expect(contentSecurityPolicy()).toContain("script-src 'self' 'unsafe-inline';");
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'");
  });

  it("the CSP allows inline styles by hash only, unless no hashes are known", () => {
    expect(contentSecurityPolicy({ styleHashes: [] })).toContain("style-src 'self';");
    expect(contentSecurityPolicy({ styleHashes: ["sha256-abc"] })).toContain(
      "style-src 'self' 'unsafe-hashes' 'sha256-abc';",
    );
    expect(contentSecurityPolicy()).toContain("style-src 'self' 'unsafe-inline';");
  });

  it("hashes each style attribute's value as the browser reads it, and each <style>", () => {
    // The bar chart's estimated bars, as React writes them.
    const hash = (/** @type {string} */ text) =>
      `sha256-${createHash("sha256").update(text).digest("base64")}`;
    const html = `<rect class="bar-value" style="fill:url(#allies-at-2-hatch)"></rect>
      <rect style="fill:url(#allies-at-2-hatch)"></rect><p data-x="1" style="content:&quot;a&amp;b&quot;">
      style="not an attribute"</p><style>.a{color:red}</style>`;
    expect(inlineStyleHashes(html)).toEqual([
      hash("fill:url(#allies-at-2-hatch)"),
      hash('content:"a&b"'),
      hash(".a{color:red}"),
    ]);
    expect(inlineStyleHashes("<p>no styles</p>")).toEqual([]);
  });

  it("hashes each inline script as the browser does, and skips scripts with a src", () => {
    const body = 'self.__next_f.push([1,"x"])';
    const expected = `sha256-${createHash("sha256").update(body).digest("base64")}`;
    const html = `<script src="/a.js" async=""></script><script>${body}</script><script>${body}</script>`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
  });
});

describe("cacheControl", () => {
  it("pages and downloads: shared caches an hour, stale for a day; browsers five minutes", () => {
    expect(cacheControl(200, "/allies/POL", { urlOnly: true })).toBe(
      "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
    );
    expect(cacheControl(308, "/allies/pol", { urlOnly: true })).toContain("s-maxage=3600");
  });

  it("hashed build files forever; 404 a minute; errors and router requests never", () => {
    expect(cacheControl(200, "/_next/static/chunks/a.js", { urlOnly: true })).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(cacheControl(404, "/x", { urlOnly: true })).toBe("public, max-age=60, s-maxage=60");
    for (const status of [400, 405, 414, 500, 503, 307]) {
      expect(cacheControl(status, "/", { urlOnly: true }), String(status)).toBe("no-store");
    }
    expect(cacheControl(200, "/", { urlOnly: false })).toBe("no-store");
  });
});

describe("the answer cache", () => {
  it("compresses once, and sends the encoding the reader accepts", async () => {
    const body = Buffer.from("<p>Poland</p>".repeat(200));
    const entry = await makeEntry(200, { "content-type": "text/html; charset=utf-8" }, body, { keep: true });
    expect(gunzipSync(entry.gzip).equals(body)).toBe(true);
    expect(entry.br?.length).toBeLessThan(body.length);
    expect(pickEncoding(entry, "gzip, deflate, br").encoding).toBe("br");
    expect(pickEncoding(entry, "gzip").encoding).toBe("gzip");
    expect(pickEncoding(entry, "br;q=0, gzip;q=0").encoding).toBeNull();
    expect(pickEncoding(entry, undefined).encoding).toBeNull();
    expect(entry.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it("does not compress images or small bodies; quick gzip only for answers not kept", async () => {
    const png = await makeEntry(200, { "content-type": "image/png" }, Buffer.alloc(4096), { keep: true });
    expect(png.gzip).toBeNull();
    const small = await makeEntry(200, { "content-type": "text/plain" }, Buffer.from("ok"), { keep: true });
    expect(small.gzip).toBeNull();
    const missing = await makeEntry(
      404,
      { "content-type": "text/html" },
      Buffer.from("<p>404</p>".repeat(100)),
      {
        keep: false,
      },
    );
    expect(missing.gzip).not.toBeNull();
    expect(missing.br).toBeNull();
  });

  it("reads Accept-Encoding with weights and *", () => {
    expect([...parseAcceptEncoding("gzip;q=0.5, br;q=0, *;q=0")]).toEqual(["gzip"]);
    expect([...parseAcceptEncoding("*")].sort()).toEqual(["br", "gzip"]);
  });

  it("forgets the least recently used answers past its size", async () => {
    const cache = new AnswerCache({ maxBytes: 3 * 3000, maxEntryBytes: 5000 });
    const entry = () => makeEntry(200, { "content-type": "image/png" }, Buffer.alloc(900), { keep: true });
    for (const key of ["a", "b", "c"]) cache.set(key, await entry());
    cache.get("a");
    cache.set("d", await entry());
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.size).toBe(3);
    expect(cache.set("big", { ...(await entry()), size: 6000 })).toBe(false);
  });
});

describe("pages with nothing to hydrate", () => {
  const manifests = [
    {
      "[project]/node_modules/.pnpm/next@16/node_modules/next/dist/esm/client/components/layout-router.js": {
        id: 74681,
      },
      "[project]/node_modules/.pnpm/next@16/node_modules/next/dist/esm/lib/framework/boundary-components.js":
        { id: 66842 },
      "[project]/node_modules/.pnpm/next@16/node_modules/next/dist/esm/client/app-dir/link.js": { id: 111 },
      "[project]/apps/web/components/allies/TableSorter.tsx": { id: 47904 },
    },
  ];
  const { framework, own } = classifyClientModules(manifests);
  const page = (rows) =>
    [
      `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>`,
      `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>`,
      `<script src="/_next/static/chunks/b.js" async=""></script></head><body><main><h1>Poland</h1></main>`,
      `<script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
      `<script>self.__next_f.push(${JSON.stringify([1, rows])})</script></body></html>`,
    ].join("");

  it("tells Next's framework parts from a page's own client components (next/link included)", () => {
    expect([...framework].sort()).toEqual(["66842", "74681"]);
    expect([...own].sort()).toEqual(["111", "47904"]);
  });

  it("drops every script and script preload of a page that only uses the framework", () => {
    const html = page(
      '1:"$Sreact.fragment"\n3:I[74681,["$2"],"default"]\n4:I[66842,[],"ViewportBoundary"]\n',
    );
    expect(flightPayload(html)).toContain("I[74681");
    const plain = withoutScripts(html, framework);
    expect(plain).toBe(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/></head><body><main><h1>Poland</h1></main></body></html>',
    );
  });

  it("keeps a script of the site's own, from a plain file", () => {
    const html = page('3:I[74681,["$2"],"default"]\n').replace(
      "<main>",
      '<main><script src="/table-sorter.js" defer="" data-table="t"></script>',
    );
    const plain = withoutScripts(html, framework);
    expect(plain).toContain('<script src="/table-sorter.js" defer="" data-table="t"></script>');
    expect(plain).not.toContain("/_next/static/chunks/b.js");
    expect(plain).not.toContain("__next_f");
  });

  it("keeps a page with a client component of its own, a streamed boundary, or no payload", () => {
    expect(
      withoutScripts(page('3:I[74681,[],"default"]\n5:I[47904,[],"TableSorter"]\n'), framework),
    ).toBeNull();
    expect(withoutScripts(page('3:I[111,[],"default"]\n'), framework)).toBeNull();
    expect(
      withoutScripts(`${page('3:I[74681,[],"default"]\n')}<script>$RC("B:0","S:0")</script>`, framework),
    ).toBeNull();
    expect(withoutScripts("<html><body><p>plain</p></body></html>", framework)).toBeNull();
  });
});

describe("framing", () => {
  it("lets other sites frame the /embed pages only", () => {
    expect(isFrameable("/embed/allies/POL")).toBe(true);
    expect(isFrameable("/allies/POL")).toBe(false);
    expect(isFrameable("/embedded")).toBe(false);
    const framed = allowFraming(securityHeaders());
    expect(framed["content-security-policy"]).toContain("frame-ancestors *");
    expect(framed["x-frame-options"]).toBeUndefined();
    expect(securityHeaders()["x-frame-options"]).toBe("DENY");
    expect(securityHeaders()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});

describe("the warm-up", () => {
  it("reads the site's own paths from a sitemap, whatever its origin", () => {
    const xml = `<?xml version="1.0"?><urlset><url><loc>https://defence.example.org/</loc></url>
      <url><loc>https://defence.example.org/allies/POL</loc></url>
      <url><loc> http://localhost:3000/compare?allies=POL,DEU&amp;metric=spend-2021 </loc></url>
      <url><loc>not a url</loc></url></urlset>`;
    expect(sitemapPaths(xml)).toEqual(["/", "/allies/POL", "/compare?allies=POL,DEU&metric=spend-2021"]);
  });

  it("follows the site's own links only, without fragments", () => {
    const html = `<a href="/allies?year=2024&amp;sort=name">x</a><a class="n" href="/allies/POL#share">y</a>
      <a href="//evil.example/x">z</a><a href="https://elsewhere.example/">w</a><a href="#main">v</a>`;
    expect(pageLinks(html)).toEqual(["/allies?year=2024&sort=name", "/allies/POL"]);
  });

  it("submits each GET form as the page shows it, and leaves out forms with an empty required field", () => {
    // The shapes of the find-an-Ally box, the scenario form and the compare form as React renders them.
    const html = `
      <form action="/find" method="get"><input id="q" type="search" required="" name="q"/><button type="submit">Go</button></form>
      <form class="f" action="/scenarios" method="get">
        <input id="t" type="number" step="any" name="target" value="3.5"/>
        <input type="radio" name="growth" checked="" value="auto"/><input type="radio" name="growth" value="rate"/>
        <input id="r" type="number" name="rate" value="2.5"/><button type="submit">Show</button></form>
      <form action="/compare" method="get">
        <input type="checkbox" name="allies" value="ALB"/><input type="checkbox" name="allies" value="POL" checked=""/>
        <input type="checkbox" name="allies" value="DEU" checked=""/>
        <select name="metric"><option value="shareOfGdpPct">Share</option><option value="spend-2021" selected="">Spend</option></select>
      </form>
      <form action="/x" method="post"><input name="a" value="1"/></form>
      <form action="https://elsewhere.example/" method="get"><input name="a" value="1"/></form>`;
    expect(formDefaults(html)).toEqual([
      "/scenarios?target=3.5&growth=auto&rate=2.5",
      "/compare?allies=POL&allies=DEU&metric=spend-2021",
    ]);
  });

  it("takes each path once, seeds first, up to its limit", () => {
    const queue = new WarmQueue(4);
    queue.add(WARM_SEEDS);
    queue.add(["/", "/allies", "/allies/POL", "/compare"]);
    const order = [];
    for (let path = queue.next(); path !== undefined; path = queue.next()) order.push(path);
    expect(order).toEqual(["/sitemap.xml", "/robots.txt", "/", "/allies"]);
  });
});

describe("the image optimizer", () => {
  it("is off, and sharp, which next lists as optional for it, is not installed", async () => {
    const { createRequire } = await import("node:module");
    const fromNext = createRequire(createRequire(import.meta.url).resolve("next/package.json"));
    expect(() => fromNext.resolve("sharp")).toThrow(/Cannot find module/);
    const config = (await import("../next.config.ts")).default;
    expect(config.images?.unoptimized).toBe(true);
    // Loading next.config.ts compiles it: about 3 s alone, more on a busy machine.
  }, 30_000);
});
