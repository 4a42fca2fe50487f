#!/usr/bin/env node
// Browser tests of the built site: starts the site's own server (server/index.mjs, what `pnpm start` runs)
// on 127.0.0.1:3100, runs Playwright in Debian's Chromium, stops the server. Builds nothing: turbo runs this package's `build` before `test`.
// Without /usr/bin/chromium it says it skipped the browser tests and exits 0, unless
// REQUIRE_BROWSER_TESTS=1 (CI), when a missing browser is a failure.
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
const host = "127.0.0.1";
const base = `http://${host}:${port}`;
const distDir = process.env.NEXT_DIST_DIR || ".next";
const required = process.env.REQUIRE_BROWSER_TESTS === "1";
/** @type {Record<string, string | undefined>} */
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", BASE_URL: base };

if (!existsSync(chromium)) {
  const message = `${chromium} not found: the browser tests need Debian's Chromium (apt-get install chromium).`;
  if (required) {
    console.error(`FAILED: ${message} REQUIRE_BROWSER_TESTS=1 makes them mandatory.`);
    process.exit(1);
  }
  console.log(`SKIPPED the browser tests (apps/web/e2e): ${message}`);
  console.log("Install it and run `pnpm test` again to run them.");
  process.exit(0);
}

if (!existsSync(join(root, distDir, "BUILD_ID"))) {
  console.error(
    `No build in apps/web/${distDir}: run \`pnpm build\` (or \`pnpm test\` at the root, which builds first).`,
  );
  process.exit(1);
}

// Another server on the port would be tested in our place: refuse instead.
try {
  await fetch(base, { signal: AbortSignal.timeout(1000) });
  console.error(`Something already answers on ${base}: stop it or choose another port with E2E_PORT.`);
  process.exit(1);
} catch {
  // free, as expected
}

const bin = (name) => join(root, "node_modules", ".bin", name);
// WARM=0: no pages rendered ahead in the background while the tests time their requests.
const server = spawn(
  process.execPath,
  [join(root, "server", "index.mjs"), "--hostname", host, "--port", String(port)],
  {
    cwd: root,
    env: { ...env, WARM: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  },
);
// The server's log, also in a file the tests read (client mistakes must leave no stack trace in it).
const logFile = join(tmpdir(), `nato-web-e2e-${port}.log`);
writeFileSync(logFile, "");
env.SERVER_LOG = logFile;
let serverLog = "";
const collect = (d) => {
  serverLog += d;
  appendFileSync(logFile, d);
};
server.stdout.on("data", collect);
server.stderr.on("data", collect);

const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});

async function waitForServer(deadlineMs) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) return false;
    try {
      const response = await fetch(`${base}/robots.txt`);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

if (!(await waitForServer(30_000)) || server.exitCode !== null) {
  stop();
  console.error(`The site did not start on ${base}:\n${serverLog}`);
  process.exit(1);
}

const code = await new Promise((resolve) => {
  const run = spawn(bin("playwright"), ["test", ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  run.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});
stop();
if (code !== 0 && serverLog.includes("Error")) console.error(`Server log:\n${serverLog}`);
process.exit(code);
