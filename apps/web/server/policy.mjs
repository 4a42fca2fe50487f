// @ts-check
// What the site's server answers before and around Next: which requests it refuses and how, the security
// headers of every answer, and how long each kind of answer may be cached. Pure: no server, no I/O, so
// that next.config.ts, the server and the tests read the same rules.
import { createHash } from "node:crypto";

/** The only methods the site answers; everything else is 405 (the site has no forms that post). */
export const ALLOWED_METHODS = Object.freeze(["GET", "HEAD", "OPTIONS"]);

/**
 * The longest request target (path and query) the server reads. The site's longest real link (eight
 * Allies by name, or the plain form's ticked boxes) is under 500 characters; anything past this answers
 * 414 before Next parses it.
 */
export const MAX_TARGET_LENGTH = 4096;

/**
 * How long shared caches (a CDN) and browsers may keep an answer that depends only on its URL: a CDN for
 * an hour, then it may serve the stale copy for up to a day while it fetches a fresh one; browsers for
 * five minutes, then they revalidate with the ETag (a 304 costs almost nothing). A deploy that changes
 * figures is visible everywhere within the hour, or at once after a purge.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";
/** Next's hashed build files never change under their name. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
/** A missing page may exist after the next deploy: a minute at most, anywhere. */
export const NOT_FOUND_CACHE_CONTROL = "public, max-age=60, s-maxage=60";
/** Errors, refusals and anything that depends on more than the URL are never stored. */
export const NO_STORE = "no-store";

/**
 * Every feature a page could ask the browser for, denied: the site reads figures and draws charts, and
 * needs none of them. Only features Chromium knows are listed (it logs an error for any other).
 */
export const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "gamepad",
  "geolocation",
  "gyroscope",
  "hid",
  "identity-credentials-get",
  "idle-detection",
  "local-fonts",
  "magnetometer",
  "microphone",
  "midi",
  "otp-credentials",
  "payment",
  "picture-in-picture",
  "publickey-credentials-create",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "storage-access",
  "usb",
  "window-management",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/**
 * The Content-Security-Policy. Everything is locked to the site's own origin. Scripts: Next's pages carry
 * inline scripts (the React Server Components payload, `self.__next_f.push(...)`, different on every
 * page). Prerendered pages cannot carry a per-request nonce, so the server hashes each page's inline
 * scripts once, when it first serves the page, and allows exactly those hashes (`scriptHashes`); only
 * where no hashes are given (`next dev`, or `next start` without the site's server) does the policy fall
 * back to 'unsafe-inline'. Styles: the stylesheets are files; the few `style` attributes React writes for
 * computed values (the hatch of an estimated bar) and any inline `<style>` are allowed by hash in the same
 * way (`styleHashes`, with 'unsafe-hashes', which CSP needs for attributes); scripts change styles through
 * the CSSOM, which CSP does not restrict. Without hashes, styles fall back to 'unsafe-inline'.
 * @param {{ scriptHashes?: readonly string[] | null, styleHashes?: readonly string[] | null,
 *   development?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptHashes = null, styleHashes = null, development = false } = {}) {
  const scripts =
    scriptHashes === null
      ? ["'self'", "'unsafe-inline'"]
      : ["'self'", ...scriptHashes.map((hash) => `'${hash}'`)];
  const styles =
    styleHashes === null
      ? ["'self'", "'unsafe-inline'"]
      : [
          "'self'",
          ...(styleHashes.length > 0 ? ["'unsafe-hashes'"] : []),
          ...styleHashes.map((h) => `'${h}'`),
        ];
  if (development) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    `style-src ${styles.join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join("; ");
}

/**
 * HSTS: one year, sent only on answers over HTTPS (browsers ignore it over HTTP anyway). `setting` is the
 * `HSTS` environment variable: "off" (or "0") disables it, a number of seconds sets max-age; unset, it is
 * on in production and off otherwise.
 * @param {string | undefined} setting
 * @param {boolean} production
 * @returns {string | null} the header's value, or null when HSTS is off
 */
export function hstsValue(setting, production) {
  const text = (setting ?? "").trim().toLowerCase();
  if (text === "off" || text === "0" || text === "false") return null;
  if (text === "" && !production) return null;
  const seconds = /^\d{1,9}$/.test(text) ? Number(text) : 31_536_000;
  return `max-age=${seconds}`;
}

/**
 * The security headers of every answer, whatever made it (a page, a download, a 404, a refusal).
 * @param {{ csp?: string, hsts?: string | null }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders({ csp = contentSecurityPolicy(), hsts = null } = {}) {
  /** @type {Record<string, string>} */
  const headers = {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": PERMISSIONS_POLICY,
  };
  if (hsts) headers["strict-transport-security"] = hsts;
  return headers;
}

/**
 * The /embed pages carry one chart each for other sites to frame: the only answers that may be framed.
 * @param {string} target the request target (path and query)
 * @returns {boolean}
 */
export function isFrameable(target) {
  return /^\/embed\//.test(target);
}

/**
 * The security headers of a frameable answer: any site may frame it (`frame-ancestors *`), so no
 * X-Frame-Options; everything else as on every answer.
 * @param {Record<string, string>} headers
 * @returns {Record<string, string>}
 */
export function allowFraming(headers) {
  const out = { ...headers };
  const csp = out["content-security-policy"];
  if (csp) out["content-security-policy"] = csp.replace("frame-ancestors 'none'", "frame-ancestors *");
  delete out["x-frame-options"];
  return out;
}

/**
 * The CSP source of every inline `<script>` of an HTML page (`sha256-...`), in order, without repeats.
 * Scripts with a `src` are not inline and need no hash.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const body = match[2] ?? "";
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** @param {string} text an attribute's value as written in HTML */
function decodeAttribute(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/**
 * The CSP source of every inline style of an HTML page (`sha256-...`): each `style` attribute's value and
 * each `<style>` element's text, in order, without repeats.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineStyleHashes(html) {
  const hashes = new Set();
  const add = (/** @type {string} */ text) =>
    hashes.add(`sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  // Attributes inside tags only, not text that looks like one (`<` does not occur inside a tag).
  for (const tag of html.matchAll(/<[a-zA-Z][^<>]*>/g)) {
    for (const match of tag[0].matchAll(/\sstyle="([^"]*)"/g)) add(decodeAttribute(match[1] ?? ""));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) add(match[1] ?? "");
  return [...hashes];
}

/**
 * @typedef {{ kind: "serve", target: string }
 *   | { kind: "options", allow: string }
 *   | { kind: "refuse", status: number, message: string, allow?: string }} Decision
 */

/**
 * What to do with a request before Next sees it.
 * - Methods other than GET, HEAD and OPTIONS: 405 with `Allow`.
 * - `OPTIONS *` and `OPTIONS /path`: 204 with `Allow` (nothing to negotiate: no CORS, no uploads).
 * - A request target over `MAX_TARGET_LENGTH`: 414.
 * - An absolute URL in the request line (`GET http://evil.example/x`): only its path and query are read;
 *   its host is never used, so nothing can send a reader to it. Any other form (`*` with GET, garbage):
 *   400.
 * @param {string | undefined} method
 * @param {string | undefined} url the request target as sent
 * @returns {Decision}
 */
export function decide(method, url) {
  const allow = ALLOWED_METHODS.join(", ");
  const target = url ?? "";
  if (method === "OPTIONS" && target === "*") return { kind: "options", allow };
  if (!method || !ALLOWED_METHODS.includes(method)) {
    return {
      kind: "refuse",
      status: 405,
      message: `The method ${method ?? "?"} is not allowed here.`,
      allow,
    };
  }
  if (target.length > MAX_TARGET_LENGTH) {
    return {
      kind: "refuse",
      status: 414,
      message: `The address is ${target.length} characters long; this site reads at most ${MAX_TARGET_LENGTH}.`,
    };
  }
  let path = target;
  if (!target.startsWith("/")) {
    if (!/^https?:\/\//i.test(target)) {
      return { kind: "refuse", status: 400, message: "The request target is not a path on this site." };
    }
    try {
      const parsed = new URL(target);
      path = `${parsed.pathname}${parsed.search}`;
    } catch {
      return { kind: "refuse", status: 400, message: "The request target is not a valid URL." };
    }
  }
  // `//evil.example/x` is a path on this site, never a host: collapse the leading slashes.
  path = path.replace(/^\/{2,}/, "/");
  if (method === "OPTIONS") return { kind: "options", allow };
  return { kind: "serve", target: path };
}

/**
 * A redirect's `Location`, made relative to the site: whatever host Next or a header put in it, the
 * reader stays on this site.
 * @param {string} location
 * @returns {string}
 */
export function siteLocation(location) {
  try {
    const url = new URL(location, "http://site.invalid");
    return `${url.pathname.replace(/^\/{2,}/, "/")}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

/**
 * The Cache-Control of an answer.
 * @param {number} status
 * @param {string} path the request's path (no query)
 * @param {{ urlOnly: boolean }} options urlOnly: the answer depends on the URL alone (no RSC request)
 * @returns {string}
 */
export function cacheControl(status, path, { urlOnly }) {
  if (!urlOnly) return NO_STORE;
  if (status === 404 || status === 410) return NOT_FOUND_CACHE_CONTROL;
  if (status === 200 || status === 203 || status === 301 || status === 308 || status === 304) {
    return path.startsWith("/_next/static/") ? IMMUTABLE_CACHE_CONTROL : PAGE_CACHE_CONTROL;
  }
  return NO_STORE;
}
