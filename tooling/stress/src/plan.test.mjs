import { describe, expect, it } from "vitest";
import { DEFAULTS, failures, formatReport, PATHS, parseFlags, summarize } from "./plan.mjs";

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
    duration: 30.02,
    statusCodeStats: { 200: { count: 2990 }, 307: { count: 10 } },
    requests: { average: 99.9 },
    throughput: { average: 2_097_152 },
    latency: { p50: 480, p99: 1210, max: 1530 },
    ...overrides,
  };
}

describe("parseFlags", () => {
  it("defaults to 30 s at 100 connections on port 3450 over every path of the mix", () => {
    expect(parseFlags([])).toEqual({
      duration: 30,
      connections: 100,
      port: 3450,
      timeout: 10,
      paths: [...PATHS],
      json: false,
      help: false,
    });
    expect(DEFAULTS.host).toBe("127.0.0.1");
  });

  it("reads every flag, long or short, and repeated paths", () => {
    const flags = parseFlags([
      "-d",
      "5",
      "--connections",
      "10",
      "-p",
      "3460",
      "--path",
      "/",
      "--path",
      "/allies",
      "--json",
    ]);
    expect(flags).toMatchObject({
      duration: 5,
      connections: 10,
      port: 3460,
      paths: ["/", "/allies"],
      json: true,
    });
  });

  it.each([
    [["--duration", "0"], /--duration "0": expected a whole number from 1 to 3600/],
    [["--duration", "1.5"], /--duration "1.5"/],
    [["--connections", "NaN"], /--connections "NaN"/],
    [["--port", "80"], /--port "80": expected a whole number from 1024 to 65535/],
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
  it("counts 2xx and 3xx as answered and passes a clean run", () => {
    const summary = summarize(result());
    expect(summary).toMatchObject({
      requests: 3000,
      ok: 3000,
      bad: 0,
      errors: 0,
      timeouts: 0,
      p50: 480,
      p99: 1210,
    });
    expect(failures(summary)).toEqual([]);
  });

  it("fails on any 4xx or 5xx and names the codes", () => {
    const summary = summarize(
      result({
        "2xx": 2980,
        "4xx": 3,
        "5xx": 7,
        statusCodeStats: { 200: { count: 2980 }, 404: { count: 3 }, 500: { count: 7 } },
      }),
    );
    expect(summary.bad).toBe(10);
    expect(failures(summary)).toEqual(["10 answer(s) neither 2xx nor 3xx (3 x 404, 7 x 500)"]);
  });

  it("counts a timeout once, not also as a connection error", () => {
    const summary = summarize(result({ errors: 5, timeouts: 2 }));
    expect(summary).toMatchObject({ errors: 3, timeouts: 2 });
    expect(failures(summary)).toEqual(["3 connection error(s)", "2 request(s) timed out"]);
  });

  it("fails a run that answered nothing", () => {
    const summary = summarize(result({ "2xx": 0, "3xx": 0, statusCodeStats: {} }));
    expect(failures(summary)).toContain("no request was answered");
  });

  it("prints requests per second, p50, p99 and the failure counts", () => {
    const report = formatReport(summarize(result()), { duration: 30, connections: 100, paths: PATHS });
    expect(report).toContain("Requests/s:       99.9");
    expect(report).toContain("Latency p50:      480 ms");
    expect(report).toContain("Latency p99:      1,210 ms (max 1,530 ms)");
    expect(report).toContain("Not 2xx/3xx:      0");
    expect(report).toContain("Requests:         3,000 (200: 2990, 307: 10)");
  });
});
