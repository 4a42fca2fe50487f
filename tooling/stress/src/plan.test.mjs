import { describe, expect, it } from "vitest";
import { DEFAULTS, failures, formatReport, PATHS, parseFlags, summarize, TARGETS } from "./plan.mjs";

/** An autocannon result as its callback hands it over (the fields `summarize` reads). */
function result(overrides = {}) {
  return {
    "1xx": 0,
    "2xx": 2990,
    "3xx": 10,
    "4xx": 0,
    "5xx": 0,
    errors: 0,
    timeouts: 0,
    duration: 5.02,
    statusCodeStats: { 200: { count: 2990 }, 307: { count: 10 } },
    requests: { average: 1200.4 },
    throughput: { average: 2_097_152, total: 30_000_000 },
    latency: { p50: 48, p99: 121, max: 153 },
    ...overrides,
  };
}

/** @param {object} [overrides] @param {number} [htmlBytes] */
const route = (overrides = {}, htmlBytes = 50_000) => ({
  path: "/allies/POL",
  summary: summarize(result(overrides)),
  htmlBytes,
});

describe("parseFlags", () => {
  it("defaults to 5 s a route at 100 connections on ports 3450 and 3451 over every route", () => {
    expect(parseFlags([])).toEqual({
      duration: 5,
      connections: 100,
      port: 3450,
      barePort: 3451,
      timeout: 10,
      paths: [...PATHS],
      json: false,
      judge: true,
      help: false,
    });
    expect(DEFAULTS.host).toBe("127.0.0.1");
  });

  it("covers every page type, the parameterised ones with their common values, and the downloads", () => {
    for (const path of [
      "/",
      "/allies",
      "/allies/POL",
      "/compare?allies=POL,DEU,FRA",
      "/scenarios",
      "/context",
    ]) {
      expect(PATHS).toContain(path);
    }
    expect(PATHS.some((p) => p.startsWith("/data/"))).toBe(true);
    expect(PATHS.some((p) => p.startsWith("/scenarios?"))).toBe(true);
  });

  it("reads every flag, long or short, and repeated paths", () => {
    const flags = parseFlags([
      "-d",
      "2",
      "--connections",
      "10",
      "-p",
      "4015",
      "--bare-port",
      "4017",
      "--path",
      "/",
      "--path",
      "/allies",
      "--json",
      "--no-judge",
    ]);
    expect(flags).toMatchObject({
      duration: 2,
      connections: 10,
      port: 4015,
      barePort: 4017,
      paths: ["/", "/allies"],
      json: true,
      judge: false,
    });
    expect(parseFlags(["-p", "4015"]).barePort).toBe(4016);
  });

  it.each([
    [["--duration", "0"], /--duration "0": expected a whole number from 1 to 600/],
    [["--duration", "1.5"], /--duration "1.5"/],
    [["--connections", "NaN"], /--connections "NaN"/],
    [["--port", "80"], /--port "80": expected a whole number from 1024 to 65535/],
    [["--port", "4015", "--bare-port", "4015"], /--bare-port 4015: expected a port other than --port/],
    [["--path", "http://example.org/"], /expected a path on this site/],
    [["--path", "//evil/x"], /expected a path on this site/],
  ])("refuses %j with one line naming the flag", (argv, message) => {
    expect(() => parseFlags(argv)).toThrow(message);
  });

  it("refuses flags it does not know", () => {
    expect(() => parseFlags(["--host", "0.0.0.0"])).toThrow(/--host/);
  });
});

describe("summarize and failures", () => {
  it("counts 2xx and 3xx as answered, the bytes per answer, and passes a clean run", () => {
    const summary = summarize(result());
    expect(summary).toMatchObject({
      requests: 3000,
      ok: 3000,
      bad: 0,
      errors: 0,
      timeouts: 0,
      p50: 48,
      p99: 121,
    });
    expect(summary.bytesPerAnswer).toBe(10_000);
    expect(failures(route(), { judge: true })).toEqual([]);
  });

  it("fails on any 4xx or 5xx and names the codes", () => {
    const bad = route({
      "2xx": 2980,
      "4xx": 3,
      "5xx": 7,
      statusCodeStats: { 200: { count: 2980 }, 404: { count: 3 }, 500: { count: 7 } },
    });
    expect(bad.summary.bad).toBe(10);
    expect(failures(bad, { judge: false })).toEqual([
      "/allies/POL: 10 answer(s) neither 2xx nor 3xx (3 x 404, 7 x 500)",
    ]);
  });

  it("counts a timeout once, not also as a connection error", () => {
    const timedOut = route({ errors: 5, timeouts: 2 });
    expect(timedOut.summary).toMatchObject({ errors: 3, timeouts: 2 });
    expect(failures(timedOut, { judge: false })).toEqual([
      "/allies/POL: 3 connection error(s)",
      "/allies/POL: 2 request(s) timed out",
    ]);
  });

  it("fails a run that answered nothing", () => {
    expect(failures(route({ "2xx": 0, "3xx": 0, statusCodeStats: {} }), { judge: false })).toContain(
      "/allies/POL: no request was answered",
    );
  });

  it("judges the rate, the p99 and the page size against the bar, unless told not to", () => {
    expect(TARGETS).toEqual({ requestsPerSecond: 1000, p99: 300, htmlBytes: 102_400 });
    const slow = route({ requests: { average: 999.4 }, latency: { p50: 90, p99: 300, max: 400 } }, 120_000);
    expect(failures(slow, { judge: true })).toEqual([
      "/allies/POL: 999 requests/s, under 1000",
      "/allies/POL: p99 300 ms, not under 300 ms",
      "/allies/POL: HTML page of 117.2 KB, over 100 KB",
    ]);
    expect(failures(slow, { judge: false })).toEqual([]);
  });
});

describe("formatReport", () => {
  it("prints each route beside the bare server's mean rate, with its share of it", () => {
    const bare = [
      summarize(result({ requests: { average: 4000 } })),
      summarize(result({ requests: { average: 2000 } })),
    ];
    const report = formatReport([route(), { ...route(), path: "/data/x.csv", htmlBytes: 0 }], bare, {
      duration: 5,
      connections: 100,
    });
    const lines = report.split("\n");
    expect(lines[0]).toContain("100 connections for 5 s, gzip accepted");
    expect(lines[0]).toContain("mean 3,000 req/s");
    expect(lines[1]).toMatch(/^route\s+req\/s\s+of bare\s+p50 ms\s+p99 ms\s+errors\s+wire B\s+HTML B$/);
    expect(lines[2]).toMatch(/^bare server \(before\)\s+4,000\s+133 %/);
    expect(lines[3]).toMatch(/^bare server \(after\)\s+2,000\s+67 %/);
    expect(lines[4]).toMatch(/^\/allies\/POL\s+1,200\s+40 %\s+48\s+121\s+0\s+10,000\s+50,000$/);
    expect(lines[5]).toMatch(/^\/data\/x\.csv\s+1,200\s+40 %.*\s+-$/);
  });
});
