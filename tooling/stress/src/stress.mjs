#!/usr/bin/env node
// @ts-check
// `pnpm stress`: a bounded load test of the built site on loopback. Starts the site's own server
// (apps/web/server/index.mjs, what `pnpm start` runs) on 127.0.0.1 and a bare Node server beside it,
// checks every route answers 2xx, loads each route alone with autocannon and the bare server before and
// after, prints one row per route beside the bare server's rate, stops both servers, and exits 1 when a
// route has an error or misses the bar (see plan.mjs).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createConnection } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { DEFAULTS, failures, formatReport, parseFlags, summarize, USAGE } from "./plan.mjs";

/** @typedef {import("./plan.mjs").Summary} Summary */
/** @typedef {import("./plan.mjs").RouteResult} RouteResult */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const web = join(root, "apps", "web");
const host = DEFAULTS.host;
// Where the site's build is (next.config reads the same variable): `.next` unless NEXT_DIST_DIR says.
const distDir = process.env.NEXT_DIST_DIR || ".next";

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  process.stderr.write(`stress: ${message}\n`);
  process.exit(1);
}

/** The newest modification time under the site's sources, to warn of a build older than its code. */
function newestSource() {
  let newest = 0;
  /** @param {string} dir */
  const walk = (dir) => {
    if (statSync(dir).isFile()) {
      newest = Math.max(newest, statSync(dir).mtimeMs);
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "server", "proxy.ts", "next.config.ts"]) {
    if (existsSync(join(web, dir))) walk(join(web, dir));
  }
  return newest;
}

/** True when something already listens on the port: the run would measure another server. */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the site's server in its own process group, so that stopping it stops every process it made. */
function startServer(port) {
  const child = spawn(
    process.execPath,
    [join(web, "server", "index.mjs"), "--hostname", host, "--port", String(port)],
    {
      cwd: web,
      // WARM=0: the routes are requested twice each before the load, which is all the warming they get.
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", WARM: "0" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let log = "";
  child.stdout?.on("data", (chunk) => {
    log += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  return { child, log: () => log };
}

/** Stops the server's process group: SIGTERM, then SIGKILL after 5 s. */
async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }, 5000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilUp(base, child, log) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`the site's server exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${base}/`, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`the site did not answer on ${base} within 60 s:\n${log()}`);
}

/**
 * Every path must answer 2xx before the load: a missing page would only measure 404s. Returns the
 * problems and, for each path, the size of its HTML (0 for other types).
 */
async function checkPaths(base, paths) {
  const problems = [];
  /** @type {Map<string, number>} */
  const htmlBytes = new Map();
  for (const path of paths) {
    try {
      const get = () => fetch(`${base}${path}`, { redirect: "manual", signal: AbortSignal.timeout(15_000) });
      // The first request of a route loads its code; the second shows what one answer costs.
      await (await get()).arrayBuffer();
      const started = performance.now();
      const response = await get();
      const body = await response.arrayBuffer();
      const ms = Math.round(performance.now() - started);
      if (response.status < 200 || response.status > 299) {
        problems.push(`${path} answered ${response.status}`);
      } else {
        const html = (response.headers.get("content-type") ?? "").startsWith("text/html");
        htmlBytes.set(path, html ? body.byteLength : 0);
        const size = String(body.byteLength).padStart(9);
        process.stdout.write(`  ${response.status} ${size} B ${String(ms).padStart(5)} ms  ${path}\n`);
      }
    } catch (error) {
      problems.push(`${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { problems, htmlBytes };
}

/** @type {{ stop: () => void } | null} */
let running = null;
let interrupted = false;

/**
 * Loads one path with autocannon. @returns {Promise<Summary>}
 * @param {string} base
 * @param {string} path
 * @param {import("./plan.mjs").Flags} flags
 */
function load(base, path, flags) {
  return new Promise((resolve, reject) => {
    running = autocannon(
      {
        url: `${base}${path}`,
        connections: flags.connections,
        duration: flags.duration,
        timeout: flags.timeout,
        // What a browser sends: the site compresses (or has compressed), and the load includes that work.
        headers: { "accept-encoding": "gzip", accept: "text/html,application/json,text/csv,*/*" },
      },
      (error, result) => {
        running = null;
        if (error) reject(error);
        else resolve(summarize(result));
      },
    );
  });
}

/**
 * Requests every path in turn over every connection for 3 s, figures discarded.
 * @param {string} base
 * @param {import("./plan.mjs").Flags} flags
 */
function warmUp(base, flags) {
  return new Promise((resolve, reject) => {
    running = autocannon(
      {
        url: base,
        connections: flags.connections,
        duration: 3,
        timeout: flags.timeout,
        headers: { "accept-encoding": "gzip" },
        requests: flags.paths.map((path) => ({ method: "GET", path })),
      },
      (error) => {
        running = null;
        if (error) reject(error);
        else resolve(undefined);
      },
    );
  });
}

/** Starts the bare server with `html` as its page; resolves once it listens. */
function startBare(port, html) {
  const child = spawn(process.execPath, [join(here, "bare.mjs"), String(port)], {
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  child.stdin.end(html);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("ready")) resolve(child);
    });
    child.stderr.on("data", (chunk) => {
      out += chunk;
    });
    child.once("exit", (code) => reject(new Error(`the bare server exited with code ${code}: ${out}`)));
  });
}

async function main() {
  let flags;
  try {
    // `pnpm stress -- -d 5` hands the separator on; it means nothing here.
    const argv = process.argv.slice(2);
    flags = parseFlags(argv[0] === "--" ? argv.slice(1) : argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    fail(`${message.replace(/\.?$/, ".")} See "pnpm stress --help".`);
  }
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const buildId = join(web, distDir, "BUILD_ID");
  if (!existsSync(buildId)) {
    fail(`no build of the site in apps/web/${distDir}: run "pnpm turbo run build --filter=@nato/web" first.`);
  }
  if (newestSource() > statSync(buildId).mtimeMs) {
    process.stderr.write(
      "stress: warning: the site's sources are newer than its build; measuring the older build.\n",
    );
  }
  for (const port of [flags.port, flags.barePort]) {
    if (await portInUse(port)) fail(`port ${port} on ${host} is already in use; pass --port or --bare-port.`);
  }

  const base = `http://${host}:${flags.port}`;
  const { child, log } = startServer(flags.port);
  /** @type {import("node:child_process").ChildProcess | null} */
  let bare = null;
  const stopAll = () => Promise.all([stopServer(child), bare ? stopServer(bare) : undefined]);
  process.once("SIGTERM", () => {
    stopAll().finally(() => process.exit(130));
  });
  // Ctrl-C ends the route under load and skips the rest; the figures of what ran are still printed.
  process.once("SIGINT", () => {
    interrupted = true;
    running?.stop();
  });
  let code = 0;
  try {
    await waitUntilUp(base, child, log);
    process.stdout.write(
      `Site up on ${base}. Every path must answer 2xx (size uncompressed; time of one request alone, warm):\n`,
    );
    const { problems, htmlBytes } = await checkPaths(base, flags.paths);
    if (problems.length > 0) {
      throw new Error(`${problems.length} path(s) do not answer 2xx: ${problems.join("; ")}.`);
    }
    const page = await (
      await fetch(`${base}/allies/POL`, { signal: AbortSignal.timeout(15_000) })
    ).arrayBuffer();
    bare = await startBare(flags.barePort, Buffer.from(page));
    const bareBase = `http://${host}:${flags.barePort}`;
    const seconds = (flags.paths.length + 2) * flags.duration;
    process.stdout.write(
      `Load: each route alone, ${flags.connections} connections for ${flags.duration} s (about ${seconds} s in all)...\n`,
    );
    // An unmeasured warm-up over every route at once, so that the first route measured is not also the
    // one that pays for the servers' JIT compilation.
    process.stdout.write("Warm-up: every route at once for 3 s (not measured)...\n");
    await warmUp(base, flags);
    /** @type {Summary[]} */
    const bareRuns = [await load(bareBase, "/", flags)];
    /** @type {RouteResult[]} */
    const routes = [];
    for (const path of flags.paths) {
      if (interrupted) break;
      const summary = await load(base, path, flags);
      routes.push({ path, summary, htmlBytes: htmlBytes.get(path) ?? 0 });
      process.stdout.write(
        `  ${path}: ${Math.round(summary.requestsPerSecond)} req/s, p99 ${summary.p99} ms, ${summary.bad + summary.errors + summary.timeouts} errors\n`,
      );
    }
    if (!interrupted) bareRuns.push(await load(bareBase, "/", flags));
    process.stdout.write(`\n${formatReport(routes, bareRuns, flags)}\n`);
    if (flags.json) process.stdout.write(`${JSON.stringify({ routes, bare: bareRuns, plan: flags })}\n`);
    const reasons = routes.flatMap((route) => failures(route, { judge: flags.judge }));
    if (reasons.length > 0) {
      process.stderr.write(`stress: FAILED:\n  ${reasons.join("\n  ")}\n`);
      code = 1;
    } else if (interrupted) {
      process.stderr.write("stress: interrupted; the routes that ran passed.\n");
      code = 130;
    } else {
      process.stdout.write(
        flags.judge
          ? "PASSED: every route answered 2xx/3xx with no error, at or above the bar.\n"
          : "PASSED: every route answered 2xx/3xx with no error or timeout (rates not judged).\n",
      );
    }
  } catch (error) {
    process.stderr.write(`stress: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 1;
  } finally {
    await stopAll();
  }
  process.exit(code);
}

await main();
