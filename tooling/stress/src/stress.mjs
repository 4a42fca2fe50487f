#!/usr/bin/env node
// @ts-check
// `pnpm stress`: a bounded load test of the built site on loopback. Starts `next start` on 127.0.0.1,
// checks every path of the mix answers 2xx, drives the mix with autocannon, prints the figures, stops the
// server, and exits 1 unless every request was answered 2xx/3xx with no error or timeout.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createConnection } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { DEFAULTS, failures, formatReport, parseFlags, summarize, USAGE } from "./plan.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
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
  for (const dir of ["app", "components", "lib", "public", "proxy.ts", "next.config.ts"]) {
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

/** Starts `next start` in its own process group, so that stopping it stops every process it made. */
function startServer(port) {
  const require = createRequire(join(web, "package.json"));
  const nextBin = join(dirname(require.resolve("next/package.json")), "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "start", "--hostname", host, "--port", String(port)], {
    cwd: web,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
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
    if (child.exitCode !== null) fail(`"next start" exited with code ${child.exitCode}:\n${log()}`);
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

/** Every path must answer 2xx before the load: a missing page would only measure 404s. */
async function checkPaths(base, paths) {
  const problems = [];
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
        const size = String(body.byteLength).padStart(9);
        process.stdout.write(`  ${response.status} ${size} B ${String(ms).padStart(5)} ms  ${path}\n`);
      }
    } catch (error) {
      problems.push(`${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

function runLoad(base, flags) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: flags.connections,
        duration: flags.duration,
        timeout: flags.timeout,
        // What a browser sends: the site compresses, and the load includes that work.
        headers: { "accept-encoding": "gzip", accept: "text/html,application/json,text/csv,*/*" },
        requests: flags.paths.map((path) => ({ method: "GET", path })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // Ctrl-C stops the load early; the figures of what ran are still printed and judged.
    process.once("SIGINT", () => instance.stop());
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
  if (await portInUse(flags.port)) fail(`port ${flags.port} on ${host} is already in use; pass --port.`);

  const base = `http://${host}:${flags.port}`;
  const { child, log } = startServer(flags.port);
  const stopOnSignal = () => {
    stopServer(child).finally(() => process.exit(130));
  };
  process.once("SIGTERM", stopOnSignal);
  let code = 0;
  try {
    await waitUntilUp(base, child, log);
    process.stdout.write(
      `Site up on ${base}. Every path must answer 2xx (size uncompressed; time of one request alone, warm):\n`,
    );
    const problems = await checkPaths(base, flags.paths);
    if (problems.length > 0) {
      throw new Error(`${problems.length} path(s) of the mix do not answer 2xx: ${problems.join("; ")}.`);
    }
    process.stdout.write(`Load: ${flags.connections} connections for ${flags.duration} s...\n`);
    const summary = summarize(await runLoad(base, flags));
    process.stdout.write(`\n${formatReport(summary, flags)}\n`);
    if (flags.json) process.stdout.write(`${JSON.stringify({ ...summary, plan: flags })}\n`);
    const reasons = failures(summary);
    if (reasons.length > 0) {
      process.stderr.write(`stress: FAILED: ${reasons.join("; ")}.\n`);
      code = 1;
    } else {
      process.stdout.write("PASSED: every request answered 2xx/3xx, no error, no timeout.\n");
    }
  } catch (error) {
    process.stderr.write(`stress: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 1;
  } finally {
    await stopServer(child);
  }
  process.exit(code);
}

await main();
