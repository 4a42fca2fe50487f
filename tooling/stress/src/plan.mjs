// @ts-check
// What `pnpm stress` asks of the site, and how it judges the answers. Pure: no server, no network.
import { parseArgs } from "node:util";

/**
 * The fixed mix: every page type of the site and the data downloads, in the order each connection
 * requests them. Every path must answer 2xx before the load starts; a missing page fails the run.
 */
export const PATHS = Object.freeze([
  "/",
  "/allies",
  "/allies/POL",
  "/allies/DEU",
  "/compare?allies=POL,DEU,FRA",
  "/scenarios?target=3.5&deadline=2035",
  "/context",
  "/methodology",
  "/data",
  "/data/nato-defence-expenditure-2026-07.csv",
  "/data/nato-defence-expenditure-2026-07.json",
  "/data/nato-defence-expenditure-2025-08.csv",
  "/data/nato-defence-expenditure-2025-08.json",
  "/data/nato-defence-expenditure.schema.json",
  "/data/README.txt",
]);

export const DEFAULTS = Object.freeze({
  host: "127.0.0.1",
  port: 3450,
  duration: 30,
  connections: 100,
  timeout: 10,
});

/** @typedef {{ port: number, duration: number, connections: number, timeout: number, paths: string[], json: boolean, help: boolean }} Flags */

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
      timeout: { type: "string", short: "t" },
      path: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
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
  return {
    duration: integerFlag("duration", values.duration, DEFAULTS.duration, 1, 3600),
    connections: integerFlag("connections", values.connections, DEFAULTS.connections, 1, 10_000),
    port: integerFlag("port", values.port, DEFAULTS.port, 1024, 65_535),
    timeout: integerFlag("timeout", values.timeout, DEFAULTS.timeout, 1, 600),
    paths,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}

export const USAGE = `Usage: pnpm stress [--duration 30] [--connections 100] [--port 3450] [--timeout 10] [--path /x ...] [--json]

Starts the built site with "next start" on 127.0.0.1, checks that every path answers 2xx, then requests
the paths in turn over many connections for a bounded time. Prints requests per second, latency p50/p99 and
the count of error answers (not 2xx or 3xx), failed connections and timeouts; exits 1 unless all are zero.`;

/**
 * @typedef {object} Summary
 * @property {number} requests        completed requests
 * @property {number} seconds         measured duration
 * @property {number} requestsPerSecond mean over the run
 * @property {number} bytesPerSecond  mean over the run
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
  return {
    requests: ok + bad,
    seconds: result.duration,
    requestsPerSecond: result.requests.average,
    bytesPerSecond: result.throughput.average,
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
 * Why the run failed, one line per reason; empty when it passed. A run that answered nothing fails too.
 * @param {Summary} summary
 * @returns {string[]}
 */
export function failures(summary) {
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
  return reasons;
}

/** @param {number} value @param {number} digits */
const fixed = (value, digits) =>
  value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The report printed at the end of a run.
 * @param {Summary} summary
 * @param {{ duration: number, connections: number, paths: readonly string[] }} plan
 * @returns {string}
 */
export function formatReport(summary, plan) {
  const codes = Object.entries(summary.statusCodes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => `${code}: ${count}`)
    .join(", ");
  return [
    `Load: ${plan.connections} connections for ${plan.duration} s over ${plan.paths.length} paths (${summary.seconds} s measured).`,
    `Requests:         ${fixed(summary.requests, 0)} (${codes || "none"})`,
    `Requests/s:       ${fixed(summary.requestsPerSecond, 1)}`,
    `Throughput:       ${fixed(summary.bytesPerSecond / 1_048_576, 2)} MiB/s`,
    `Latency p50:      ${fixed(summary.p50, 0)} ms`,
    `Latency p99:      ${fixed(summary.p99, 0)} ms (max ${fixed(summary.max, 0)} ms)`,
    `Not 2xx/3xx:      ${summary.bad}`,
    `Errors:           ${summary.errors}`,
    `Timeouts:         ${summary.timeouts}`,
  ].join("\n");
}
