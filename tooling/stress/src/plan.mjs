// @ts-check
// What `pnpm stress` asks of the site, and how it judges the answers. Pure: no server, no network.
import { parseArgs } from "node:util";

/**
 * Every route of the site, each loaded on its own: the pages (the parameterised ones with the values a
 * link or a shared URL carries), the data downloads and the small files. Every path must answer 2xx
 * before the load starts; a missing page fails the run.
 */
export const PATHS = Object.freeze([
  "/",
  "/allies",
  "/allies?year=2024&sort=name&order=asc",
  "/allies/POL",
  "/allies/USA",
  "/compare",
  "/compare?allies=POL,DEU,FRA",
  "/compare?allies=USA,GBR,DEU,FRA,ITA&metric=spend-2021",
  "/find/allies?q=pol",
  "/scenarios",
  "/scenarios?target=3.5&deadline=2035",
  "/scenarios?target=5&deadline=2035&growth=1.5",
  "/scenarios?target=3.5&deadline=2035&baseline=two-percent&prices=current",
  "/embed/allies/POL",
  "/embed/overview/allies-at-2",
  "/embed/overview/map",
  "/embed/compare?allies=POL,DEU,FRA",
  "/embed/scenarios?target=3.5&deadline=2035&growth=auto",
  "/embed/revisions/POL",
  "/embed/allies/POL/path",
  "/revisions",
  "/context",
  "/methodology",
  "/data",
  "/data/nato-defence-expenditure-2026-07.csv",
  "/data/nato-defence-expenditure-2026-07.json",
  "/scenarios/data.csv?target=3.5&deadline=2035",
  "/robots.txt",
  "/sitemap.xml",
]);

/** What every route must reach on the project's 2-core machine (the bar). */
export const TARGETS = Object.freeze({ requestsPerSecond: 1000, p99: 300, htmlBytes: 100 * 1024 });

export const DEFAULTS = Object.freeze({
  host: "127.0.0.1",
  port: 3450,
  barePort: 3451,
  duration: 5,
  connections: 100,
  timeout: 10,
});

/**
 * @typedef {{ port: number, barePort: number, duration: number, connections: number, timeout: number,
 *   paths: string[], json: boolean, help: boolean, judge: boolean }} Flags
 */

/**
 * @param {string} name
 * @param {string | undefined} text
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
function integerFlag(name, text, fallback, min, max) {
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`--${name} "${text}": expected a whole number from ${min} to ${max}.`);
  }
  return value;
}

/**
 * Reads the command line of `pnpm stress`. Throws an Error with one line naming the flag when a value is
 * out of range.
 * @param {readonly string[]} argv
 * @returns {Flags}
 */
export function parseFlags(argv) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: "string", short: "d" },
      connections: { type: "string", short: "c" },
      port: { type: "string", short: "p" },
      "bare-port": { type: "string" },
      timeout: { type: "string", short: "t" },
      path: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
      "no-judge": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const paths = values.path ?? [...PATHS];
  for (const path of paths) {
    if (!path.startsWith("/") || path.startsWith("//")) {
      throw new Error(`--path "${path}": expected a path on this site, starting with a single /.`);
    }
  }
  const port = integerFlag("port", values.port, DEFAULTS.port, 1024, 65_535);
  const barePort = integerFlag("bare-port", values["bare-port"], port + 1, 1024, 65_535);
  if (barePort === port) throw new Error(`--bare-port ${barePort}: expected a port other than --port.`);
  return {
    duration: integerFlag("duration", values.duration, DEFAULTS.duration, 1, 600),
    connections: integerFlag("connections", values.connections, DEFAULTS.connections, 1, 10_000),
    port,
    barePort,
    timeout: integerFlag("timeout", values.timeout, DEFAULTS.timeout, 1, 600),
    paths,
    json: values.json ?? false,
    judge: !(values["no-judge"] ?? false),
    help: values.help ?? false,
  };
}

export const USAGE = `Usage: pnpm stress [--duration 5] [--connections 100] [--port 3450] [--bare-port 3451] [--timeout 10]
                   [--path /x ...] [--json] [--no-judge]

Starts the built site with its own server on 127.0.0.1, and beside it a bare Node server that sends the
Ally page's HTML gzipped once (the fastest any page could be served on this machine). Checks that every
path answers 2xx, warms both up for 3 s, then loads each route on its own for --duration seconds over
--connections connections, gzip accepted, and the bare server before and after. Prints, for each route, requests per second, latency
p50/p99, errors (answers not 2xx/3xx, failed connections, timeouts) and bytes per answer, beside the bare
server's rate measured in the same run. Exits 1 when a route has an error, or (unless --no-judge) falls
below ${TARGETS.requestsPerSecond} requests/s, reaches a p99 of ${TARGETS.p99} ms, or sends an HTML page over ${TARGETS.htmlBytes / 1024} KB.
Nothing but 127.0.0.1 is ever contacted; the run takes about 3 + (routes + 2) x duration seconds.

Rates depend on everything else the machine runs: compare each route with the bare server's rate of
the same run, not with figures from another day. Answers over about 16 KB on the wire (the home page
with its map, the JSON download) also wait on TCP's delayed acknowledgements on loopback, for the bare
server as for the site.`;

/**
 * @typedef {object} Summary
 * @property {number} requests        completed requests
 * @property {number} seconds         measured duration
 * @property {number} requestsPerSecond mean over the run
 * @property {number} bytesPerSecond  mean over the run
 * @property {number} bytesPerAnswer  mean bytes on the wire per answer (headers and body)
 * @property {number} p50             latency, milliseconds
 * @property {number} p99             latency, milliseconds
 * @property {number} max             latency, milliseconds
 * @property {number} ok              2xx and 3xx answers
 * @property {number} bad             answers neither 2xx nor 3xx
 * @property {number} errors          connection errors (refused, reset) other than timeouts
 * @property {number} timeouts        requests with no answer in time
 * @property {Record<string, number>} statusCodes answers by status code
 */

/**
 * Condenses an autocannon result into the figures `pnpm stress` prints and judges.
 * @param {any} result the object autocannon hands its callback
 * @returns {Summary}
 */
export function summarize(result) {
  /** @type {Record<string, number>} */
  const statusCodes = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = /** @type {{ count: number }} */ (stat).count;
  }
  const ok = (result["2xx"] ?? 0) + (result["3xx"] ?? 0);
  const bad = (result["1xx"] ?? 0) + (result["4xx"] ?? 0) + (result["5xx"] ?? 0);
  const timeouts = result.timeouts ?? 0;
  const requests = ok + bad;
  return {
    requests,
    seconds: result.duration,
    requestsPerSecond: result.requests.average,
    bytesPerSecond: result.throughput.average,
    bytesPerAnswer: requests > 0 ? (result.throughput.total ?? 0) / requests : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok,
    bad,
    // autocannon counts a timeout among its errors too; report each once.
    errors: Math.max(0, (result.errors ?? 0) - timeouts),
    timeouts,
    statusCodes,
  };
}

/**
 * @typedef {object} RouteResult
 * @property {string} path
 * @property {Summary} summary
 * @property {number} htmlBytes uncompressed size of the answer (0 when it is not an HTML page)
 */

/**
 * Why a route failed, one line per reason; empty when it passed. A run that answered nothing fails too.
 * Errors always count; the rate, p99 and page-size bars only when `judge` is set.
 * @param {RouteResult} route
 * @param {{ judge: boolean }} options
 * @returns {string[]}
 */
export function failures(route, { judge }) {
  const { summary } = route;
  const reasons = [];
  if (summary.requests === 0) reasons.push("no request was answered");
  if (summary.bad > 0) {
    const codes = Object.entries(summary.statusCodes)
      .filter(([code]) => !/^[23]\d\d$/.test(code))
      .map(([code, count]) => `${count} x ${code}`)
      .join(", ");
    reasons.push(`${summary.bad} answer(s) neither 2xx nor 3xx (${codes})`);
  }
  if (summary.errors > 0) reasons.push(`${summary.errors} connection error(s)`);
  if (summary.timeouts > 0) reasons.push(`${summary.timeouts} request(s) timed out`);
  if (judge) {
    if (summary.requests > 0 && summary.requestsPerSecond < TARGETS.requestsPerSecond) {
      reasons.push(`${fixed(summary.requestsPerSecond, 0)} requests/s, under ${TARGETS.requestsPerSecond}`);
    }
    if (summary.p99 >= TARGETS.p99)
      reasons.push(`p99 ${fixed(summary.p99, 0)} ms, not under ${TARGETS.p99} ms`);
    if (route.htmlBytes > TARGETS.htmlBytes) {
      reasons.push(
        `HTML page of ${fixed(route.htmlBytes / 1024, 1)} KB, over ${TARGETS.htmlBytes / 1024} KB`,
      );
    }
  }
  return reasons.map((reason) => `${route.path}: ${reason}`);
}

/** @param {number} value @param {number} digits */
export const fixed = (value, digits) =>
  value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The table printed at the end of a run: one row per route and one per bare-server run, each route's rate
 * also as a share of the bare server's mean rate.
 * @param {readonly RouteResult[]} routes
 * @param {readonly Summary[]} bare the bare server's runs (before and after the routes)
 * @param {{ duration: number, connections: number }} plan
 * @returns {string}
 */
export function formatReport(routes, bare, plan) {
  const bareRate = bare.length > 0 ? bare.reduce((sum, b) => sum + b.requestsPerSecond, 0) / bare.length : 0;
  const header = ["route", "req/s", "of bare", "p50 ms", "p99 ms", "errors", "wire B", "HTML B"];
  /** @param {string} label @param {Summary} s @param {number} html */
  const row = (label, s, html) => [
    label,
    fixed(s.requestsPerSecond, 0),
    bareRate > 0 ? `${fixed((100 * s.requestsPerSecond) / bareRate, 0)} %` : "-",
    fixed(s.p50, 0),
    fixed(s.p99, 0),
    String(s.bad + s.errors + s.timeouts),
    fixed(s.bytesPerAnswer, 0),
    html > 0 ? fixed(html, 0) : "-",
  ];
  const rows = [
    ...bare.map((s, i) => row(`bare server (${i === 0 ? "before" : "after"})`, s, 0)),
    ...routes.map((r) => row(r.path, r.summary, r.htmlBytes)),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  return [
    `Each route alone: ${plan.connections} connections for ${plan.duration} s, gzip accepted. Bare server: the Ally page's HTML gzipped once, same conditions, same run (mean ${fixed(bareRate, 0)} req/s).`,
    line(header),
    ...rows.map(line),
  ].join("\n");
}
