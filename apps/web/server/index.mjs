#!/usr/bin/env node
// @ts-check
// The site's production server (`pnpm start`): Next renders, this server answers. In front of Next it
// - refuses what the site never serves before Next parses it: methods other than GET, HEAD and OPTIONS
//   (405), over-long addresses (414), malformed request lines (400), CONNECT;
// - reads an absolute URL in the request line (`GET http://evil.example/x`) as its path only, and makes
//   every redirect's Location relative, so no request can send a reader off the site;
// - keeps every answer that depends only on its URL in memory, compressed once (gzip and Brotli), with an
//   ETag, and answers repeats and revalidations (304) without Next; concurrent first requests for one URL
//   wait for one render;
// - puts the security headers on every answer it sends, with a Content-Security-Policy that allows each
//   HTML page's own inline scripts by hash, and the Cache-Control of policy.mjs.
// Next runs in a process of its own (next-process.mjs) on a loopback port only this server uses, so its
// renders never hold up what this one answers from memory; at most MAX_PENDING different URLs wait for
// a render at once, and past that a new one is told to retry (503), whatever else is waiting.
//
// Settings (environment): PORT (3000), HOSTNAME (0.0.0.0), SITE_URL, HSTS ("off", or max-age seconds;
// on by default), CACHE_MB (64), WARM (how many pages to render at start, 300; 0 for none; see warm.mjs).
import { fork } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { AnswerCache, makeEntry, pickEncoding } from "./cache.mjs";
import {
  allowFraming,
  cacheControl,
  contentSecurityPolicy,
  decide,
  hstsValue,
  inlineScriptHashes,
  inlineStyleHashes,
  isFrameable,
  NO_STORE,
  securityHeaders,
  siteLocation,
} from "./policy.mjs";
import { classifyClientModules, readClientModuleMaps, withoutScripts } from "./static-html.mjs";
import { formDefaults, pageLinks, sitemapPaths, WARM_SEEDS, WarmQueue } from "./warm.mjs";

/** @typedef {import("./cache.mjs").Entry & { csp: string, storable: boolean }} Answer */

const webRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

const { values: flags } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
  strict: true,
});

/**
 * @param {string} name
 * @param {string | undefined} text
 * @param {number} fallback
 * @param {number} max
 */
function whole(name, text, fallback, max) {
  if (text === undefined || text.trim() === "") return fallback;
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value > max) {
    process.stderr.write(`server: ${name}="${text}": expected a whole number from 0 to ${max}.\n`);
    process.exit(2);
  }
  return value;
}

const port = whole("port", flags.port ?? process.env.PORT, 3000, 65_535);
const hostname = flags.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const cacheBytes = whole("CACHE_MB", process.env.CACHE_MB, 64, 4096) * 1_048_576;
const warmLimit = whole("WARM", process.env.WARM, 300, 10_000);
const hsts = hstsValue(process.env.HSTS, true);
const siteIsHttps = (process.env.SITE_URL ?? "").startsWith("https:");
// Where `next build` wrote the site (as lib/env.ts reads it).
const distDir = join(webRoot, process.env.NEXT_DIST_DIR || ".next");
// STATIC_HTML=0 sends every page as Next made it, scripts and all.
const staticHtml = process.env.STATIC_HTML !== "0";
let stopping = false;

/** The answer's own headers worth keeping from Next; the server sets every other header itself. */
const KEPT_HEADERS = new Set([
  "content-type",
  "content-disposition",
  "content-language",
  "location",
  "vary",
  "link",
  "x-robots-tag",
]);

/** Requests made by Next's client router: they depend on more than the URL, and are never stored. */
function isRouterRequest(/** @type {http.IncomingMessage} */ req, /** @type {string} */ target) {
  return (
    req.headers.rsc !== undefined ||
    req.headers["next-router-state-tree"] !== undefined ||
    req.headers["next-router-prefetch"] !== undefined ||
    req.headers["next-router-segment-prefetch"] !== undefined ||
    req.headers["next-action"] !== undefined ||
    /[?&]_rsc=/.test(target)
  );
}

/** True when the reader's connection is HTTPS: TLS here, or at the CDN or proxy in front. */
function overHttps(/** @type {http.IncomingMessage} */ req) {
  const forwarded = String(req.headers["x-forwarded-proto"] ?? "")
    .split(",")[0]
    ?.trim()
    .toLowerCase();
  return siteIsHttps || forwarded === "https" || Boolean(/** @type {any} */ (req.socket).encrypted);
}

/** @param {http.IncomingMessage} req @param {string} csp */
function headersFor(req, csp) {
  const headers = securityHeaders({ csp, hsts: overHttps(req) ? hsts : null });
  return isFrameable(req.url ?? "") ? allowFraming(headers) : headers;
}

const BARE_CSP = contentSecurityPolicy({ scriptHashes: [], styleHashes: [] });

/**
 * A short plain-text answer made here (refusals, errors), with the security headers and never cached.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
function sendText(req, res, status, message, extra = {}) {
  const body = Buffer.from(`${message}\n`);
  res.writeHead(status, {
    ...headersFor(req, BARE_CSP),
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(body.length),
    "cache-control": NO_STORE,
    ...extra,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

// Next, on a port of its own -------------------------------------------------------------------------

process.env.NODE_ENV = "production";
const { framework: frameworkIds } = classifyClientModules(readClientModuleMaps(distDir));
const nextProcess = fork(join(webRoot, "server", "next-process.mjs"), [], {
  env: { ...process.env, PUBLIC_PORT: String(port) },
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const innerAddress = await new Promise((resolve, reject) => {
  nextProcess.once("message", (message) => resolve(/** @type {{ port: number }} */ (message)));
  nextProcess.once("exit", (code) => reject(new Error(`Next exited with code ${code} before it listened`)));
});
nextProcess.on("exit", (code, signal) => {
  // Without Next there is nothing to serve: stop, and let the supervisor start the site again.
  if (!stopping) {
    console.error(`server: Next exited (${signal ?? code}); stopping.`);
    process.exit(1);
  }
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

const MAX_BODY = 32 * 1_048_576;

/**
 * Asks Next for `target` (GET, uncompressed) and collects the whole answer.
 * @param {string} target
 * @param {http.IncomingHttpHeaders} requestHeaders
 * @param {string} method
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, body: Buffer }>}
 */
function fromNext(target, requestHeaders, method) {
  /** @type {http.OutgoingHttpHeaders} */
  const headers = {};
  for (const [name, value] of Object.entries(requestHeaders)) {
    if (
      value === undefined ||
      /^(connection|keep-alive|transfer-encoding|upgrade|te|trailer|proxy-.*|accept-encoding|if-.*|range|content-length)$/.test(
        name,
      )
    )
      continue;
    headers[name] = value;
  }
  headers["accept-encoding"] = "identity";
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: innerAddress.port, path: target, method, headers, agent, timeout: 30_000 },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        let length = 0;
        response.on("data", (chunk) => {
          length += chunk.length;
          if (length > MAX_BODY) {
            request.destroy(new Error(`answer over ${MAX_BODY} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 500,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("Next took over 30 s")));
    request.on("error", reject);
    request.end();
  });
}

/**
 * Next's answer as an entry: only the headers worth keeping, Location made relative, the body compressed
 * once, and its CSP with the hashes of its inline scripts.
 * @param {{ status: number, headers: http.IncomingHttpHeaders, body: Buffer }} answer
 * @returns {Promise<Answer>}
 */
async function toAnswer(answer) {
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && KEPT_HEADERS.has(name)) headers[name] = value;
  }
  if (typeof headers.location === "string") headers.location = siteLocation(headers.location);
  // Only 200 answers that set no cookie are kept (the site sets none).
  const storable = answer.status === 200 && answer.headers["set-cookie"] === undefined;
  const html = String(headers["content-type"] ?? "").startsWith("text/html");
  let body = answer.body;
  let csp = BARE_CSP;
  if (html) {
    let text = body.toString("utf8");
    // A page with nothing to hydrate goes without its scripts (static-html.mjs).
    const plain = staticHtml ? withoutScripts(text, frameworkIds) : null;
    if (plain !== null) {
      text = plain;
      body = Buffer.from(text);
    }
    csp = contentSecurityPolicy({
      scriptHashes: inlineScriptHashes(text),
      styleHashes: inlineStyleHashes(text),
    });
  }
  const entry = await makeEntry(answer.status, headers, body, { keep: storable });
  return { ...entry, csp, storable };
}

// The memory ----------------------------------------------------------------------------------------

const cache = new AnswerCache({ maxBytes: cacheBytes, maxEntryBytes: Math.min(cacheBytes / 4, MAX_BODY) });
/** @type {Map<string, Promise<Answer>>} */
const pending = new Map();
/** Different URLs waiting for Next at once; past this a new one answers 503 at once. */
const MAX_PENDING = 32;

class Busy extends Error {}

/**
 * The answer for a URL-only request: from memory, or from Next once however many ask at the same time.
 * Only 200 answers without cookies are kept.
 * @param {string} target
 * @param {http.IncomingHttpHeaders} requestHeaders
 * @returns {Promise<Answer>}
 */
function urlOnlyAnswer(target, requestHeaders) {
  const stored = /** @type {Answer | undefined} */ (cache.get(target));
  if (stored) return Promise.resolve(stored);
  const waiting = pending.get(target);
  if (waiting) return waiting;
  if (pending.size >= MAX_PENDING) return Promise.reject(new Busy());
  const work = fromNext(target, requestHeaders, "GET")
    .then(toAnswer)
    .then((answer) => {
      if (answer.storable) cache.set(target, answer);
      return answer;
    })
    .finally(() => pending.delete(target));
  pending.set(target, work);
  return work;
}

/**
 * Sends an answer: its Cache-Control by policy, security headers, the ETag with 304 for a match, and the
 * stored body in the best encoding the reader accepts.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {Answer} answer
 * @param {string} path
 * @param {boolean} urlOnly
 */
function sendAnswer(req, res, answer, path, urlOnly) {
  const { body, encoding } = pickEncoding(answer, req.headers["accept-encoding"]);
  const vary = [
    ...new Set([answer.headers.vary ?? [], "Accept-Encoding"].flat().flatMap((v) => v.split(/,\s*/))),
  ]
    .filter((v, i, all) => v !== "" && all.findIndex((w) => w.toLowerCase() === v.toLowerCase()) === i)
    .join(", ");
  /** @type {http.OutgoingHttpHeaders} */
  const headers = {
    ...headersFor(req, answer.csp),
    ...answer.headers,
    "cache-control": cacheControl(answer.status, path, { urlOnly }),
    vary,
  };
  const validated = answer.status === 200 && urlOnly;
  if (validated) {
    headers.etag = answer.etag;
    const match = String(req.headers["if-none-match"] ?? "");
    if (
      match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === answer.etag || tag.trim() === "*")
    ) {
      delete headers["content-type"];
      delete headers["content-disposition"];
      res.writeHead(304, headers);
      res.end();
      return;
    }
  }
  if (encoding) headers["content-encoding"] = encoding;
  headers["content-length"] = String(body.length);
  res.writeHead(answer.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

// The server ----------------------------------------------------------------------------------------

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
async function onRequest(req, res) {
  const decision = decide(req.method, req.url);
  if (decision.kind === "refuse") {
    const extra = decision.allow ? { allow: decision.allow } : {};
    sendText(req, res, decision.status, decision.message, extra);
    return;
  }
  if (decision.kind === "options") {
    res.writeHead(204, { ...headersFor(req, BARE_CSP), allow: decision.allow, "cache-control": NO_STORE });
    res.end();
    return;
  }
  const target = decision.target;
  const path = target.split("?")[0] ?? "/";
  const urlOnly = !isRouterRequest(req, target);
  const answer = urlOnly
    ? await urlOnlyAnswer(target, req.headers)
    : await fromNext(target, req.headers, req.method === "HEAD" ? "HEAD" : "GET").then(toAnswer);
  sendAnswer(req, res, answer, path, urlOnly);
}

const server = http.createServer({ maxHeaderSize: 32_768 }, (req, res) => {
  onRequest(req, res).catch((error) => {
    if (error instanceof Busy) {
      sendText(req, res, 503, "The site is busy rendering other pages; try again in a few seconds.", {
        "retry-after": "5",
      });
      return;
    }
    console.error(
      `server: ${req.method} ${req.url?.slice(0, 200)}: ${error instanceof Error ? error.message : error}`,
    );
    if (!res.headersSent) sendText(req, res, 500, "The server failed to answer this request.");
    else res.destroy();
  });
});
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.keepAliveTimeout = 5_000;

/**
 * A raw answer on a socket the HTTP parser gave up on (malformed request, headers too large) or that
 * asked to CONNECT: the status, the security headers, no stack trace anywhere.
 * @param {import("node:stream").Duplex} socket
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
function rawAnswer(socket, status, message, extra = {}) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = `${message}\n`;
  const headers = {
    ...securityHeaders({ csp: BARE_CSP, hsts: siteIsHttps ? hsts : null }),
    "content-type": "text/plain; charset=utf-8",
    "cache-control": NO_STORE,
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
    ...extra,
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}

server.on("clientError", (/** @type {NodeJS.ErrnoException} */ error, socket) => {
  if (error.code === "ECONNRESET" || error.code === "HPE_INVALID_EOF_STATE") {
    socket.destroy();
    return;
  }
  // A method Node's parser does not know (`FOO / HTTP/1.1`) is as unsupported as one it knows.
  if (error.code === "HPE_INVALID_METHOD") {
    rawAnswer(socket, 405, "This method is not allowed here.", { allow: "GET, HEAD, OPTIONS" });
  } else if (error.code === "HPE_HEADER_OVERFLOW")
    rawAnswer(socket, 431, "The request's headers are too large.");
  else if (error.code === "ERR_HTTP_REQUEST_TIMEOUT")
    rawAnswer(socket, 408, "The request took too long to arrive.");
  else rawAnswer(socket, 400, "The request is not valid HTTP/1.1.");
});
server.on("connect", (_req, socket) => {
  rawAnswer(socket, 405, "The method CONNECT is not allowed here.", { allow: "GET, HEAD, OPTIONS" });
});

server.listen(port, hostname);
await once(server, "listening");
process.stdout.write(
  `Serving the site on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}\n`,
);

/** Stops the server and Next on SIGTERM or SIGINT. */
function shutdown() {
  stopping = true;
  server.close();
  nextProcess.kill("SIGTERM");
  agent.destroy();
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);

// Warm-up: the pages a spike lands on (server/warm.mjs), rendered once and kept, so the first readers
// never wait for a render. One at a time, at most WARM pages.
async function warm() {
  const queue = new WarmQueue(warmLimit);
  queue.add(WARM_SEEDS);
  let done = 0;
  for (let target = queue.next(); target !== undefined; target = queue.next()) {
    done++;
    try {
      const answer = await urlOnlyAnswer(target, { host: `127.0.0.1:${port}`, accept: "text/html" });
      if (answer.status !== 200) continue;
      const type = String(answer.headers["content-type"] ?? "");
      const text = answer.body.toString("utf8");
      if (type.includes("xml")) queue.add(sitemapPaths(text));
      else if (type.startsWith("text/html")) {
        queue.add(formDefaults(text));
        queue.add(pageLinks(text));
      }
    } catch {
      // A page that fails here fails for its reader too, and is reported then.
    }
  }
  return done;
}
if (warmLimit > 0) {
  const started = Date.now();
  warm().then((count) => {
    process.stdout.write(
      `Rendered ${count} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; ${cache.size} kept.\n`,
    );
  });
}
