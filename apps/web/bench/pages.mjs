#!/usr/bin/env node
// `pnpm bench` (after a build): what each page type of the site costs a reader.
// 1. The gzipped JavaScript each page type loads: the sum of its `<script src>` files (module scripts;
//    the `nomodule` polyfills that modern browsers skip are reported apart), beside a bare Next page
//    built in this same run: a throwaway app (one layout, one page with one paragraph, no CSS) in
//    bench/.bare, built with the same installed next, react and react-dom. It measures the framework's
//    own floor honestly, without this site's layout or any of its components.
// 2. The HTML size of /allies/POL.
// 3. With Debian's Chromium and tooling/lighthouse present: Lighthouse (mobile) of /, /allies/POL and
//    /scenarios, the four category scores.
// Prints figures; passes or fails nothing.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;
const repo = join(root, "..", "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const port = Number(process.env.BENCH_PORT ?? 3148);
const base = `http://127.0.0.1:${port}`;
const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const lighthouseBin = join(repo, "tooling", "lighthouse", "node_modules", ".bin", "lighthouse");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = join(root, "node_modules", ".bin", "next");

const PAGES = [
  { type: "overview", path: "/", aim: 1.1 },
  { type: "Ally page", path: "/allies/POL", aim: 1.1 },
  { type: "Allies table", path: "/allies", aim: null },
  { type: "compare", path: "/compare", aim: null },
  { type: "scenarios", path: "/scenarios", aim: 1.1 },
  { type: "context", path: "/context", aim: null },
  { type: "methodology", path: "/methodology", aim: null },
  { type: "data", path: "/data", aim: null },
];

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The scripts a page's HTML loads: [{ src, nomodule }]. */
function scriptsOf(html) {
  return [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: m[2],
    nomodule: /\bnoModule\b|\bnomodule\b/i.test(`${m[1]} ${m[3]}`),
  }));
}

/** Gzipped bytes of the page's module scripts and of its nomodule scripts, read from the build. */
function scriptBytes(html, staticRoot) {
  let modern = 0;
  let legacy = 0;
  const files = [];
  for (const { src, nomodule } of scriptsOf(html)) {
    const url = src.split("?")[0];
    // Next's chunks are in the build; the site's own plain scripts (/chart-tools.js ...) in public/.
    const path = url.startsWith("/_next/") ? url.slice("/_next/".length) : url;
    const body = readFileSync(
      url.startsWith("/_next/") ? join(staticRoot, path) : join(root, "public", path),
    );
    const size = gzipSync(body, { level: 9 }).length;
    if (nomodule) legacy += size;
    else modern += size;
    files.push({ path, size, nomodule });
  }
  return { modern, legacy, files };
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

// The bare page ------------------------------------------------------------------------------------------
// One folder per run (inside the package, so that it resolves the same next, react and react-dom), removed
// at the end: two runs at once do not share it.
const bareDir = join(root, "bench", `.bare-${process.pid}`);
function buildBare() {
  const dir = bareDir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "bare-next-page", private: true }, null, 2),
  );
  // Its own (empty) config, so that Next does not pick up the site's.
  writeFileSync(join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    join(dir, "app", "layout.jsx"),
    'export const metadata = { title: "A bare page", description: "A bare Next page, the benchmark floor." };\n\nexport default function Layout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(
    join(dir, "app", "page.jsx"),
    "export default function Page() {\n  return <p>A bare page.</p>;\n}\n",
  );
  const started = Date.now();
  try {
    execFileSync(nextBin, ["build", dir], { cwd: dir, env: { ...env, NEXT_DIST_DIR: "" }, stdio: "pipe" });
  } catch (error) {
    console.error(`The bare page did not build:\n${error.stdout}\n${error.stderr}`);
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
  const html = readFileSync(join(dir, ".next", "server", "app", "index.html"), "utf8");
  return { ...scriptBytes(html, join(dir, ".next")), seconds: (Date.now() - started) / 1000 };
}

// Main ---------------------------------------------------------------------------------------------------
if (!existsSync(join(root, distDir, "BUILD_ID"))) {
  console.error(
    `No build in apps/web/${distDir}: run \`pnpm build\` first (\`pnpm bench\` at the root does).`,
  );
  process.exit(1);
}

const bare = buildBare();
// The site as `pnpm start` serves it (server/index.mjs): pages with nothing to hydrate go without scripts.
const server = spawn(
  process.execPath,
  [join(root, "server", "index.mjs"), "-H", "127.0.0.1", "-p", String(port)],
  {
    cwd: root,
    env: { ...env, WARM: "0" },
    stdio: "ignore",
    detached: true,
  },
);
// The bare page is served too, so that Lighthouse can score the framework's floor beside our pages.
const bareBase = `http://127.0.0.1:${port + 1}`;
const bareServer = spawn(nextBin, ["start", bareDir, "-H", "127.0.0.1", "-p", String(port + 1)], {
  cwd: bareDir,
  env: { ...env, NEXT_DIST_DIR: "" },
  stdio: "ignore",
  detached: true,
});
const stop = () => {
  for (const child of [server, bareServer]) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  rmSync(bareDir, { recursive: true, force: true });
};
process.on("exit", stop);

if (!(await waitFor(`${base}/robots.txt`, 30_000))) {
  console.error(`The site did not start on ${base}.`);
  process.exit(1);
}

console.log(
  `JavaScript per page type (gzip -9 of each <script src> file; module scripts, then nomodule polyfills)`,
);
console.log(
  `Bare Next page built in this run (bench/.bare-<pid>, ${bare.seconds.toFixed(1)} s): ${kib(bare.modern)} (+ ${kib(bare.legacy)} nomodule)\n`,
);
const rows = [];
for (const page of PAGES) {
  const response = await fetch(base + page.path);
  if (!response.ok) {
    rows.push([page.type, page.path, `HTTP ${response.status}`, "", "", ""]);
    continue;
  }
  const html = await response.text();
  const prerendered = existsSync(
    join(root, distDir, "server", "app", page.path === "/" ? "index.html" : `${page.path.slice(1)}.html`),
  );
  const { modern, legacy } = scriptBytes(html, join(root, distDir));
  const ratio = modern / bare.modern;
  const verdict =
    page.aim === null
      ? ""
      : ratio <= page.aim
        ? `within ${Math.round((page.aim - 1) * 100)} %`
        : `OVER the ${Math.round((page.aim - 1) * 100)} % aim`;
  rows.push([
    page.type,
    page.path + (prerendered ? "" : " (rendered per request)"),
    kib(modern),
    kib(legacy),
    `${ratio.toFixed(3)}x`,
    verdict,
  ]);
}
const heads = ["page type", "path", "JS (gzip)", "nomodule", "vs bare", "aim"];
const widths = heads.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
console.log(line(heads));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));

const polHtml = await (await fetch(`${base}/allies/POL`)).text();
console.log(
  `\nHTML of /allies/POL: ${kib(Buffer.byteLength(polHtml))} (${kib(gzipSync(polHtml, { level: 9 }).length)} gzipped)`,
);

// Lighthouse ---------------------------------------------------------------------------------------------
if (!existsSync(chromium)) {
  console.log(`\nLighthouse: skipped (${chromium} not found; apt-get install chromium).`);
} else if (!existsSync(lighthouseBin)) {
  console.log("\nLighthouse: skipped (tooling/lighthouse not installed; run pnpm install).");
} else {
  console.log("\nLighthouse 12.2.3, mobile (default throttling), Debian's Chromium:");
  const out = mkdtempSync(join(tmpdir(), "lighthouse-"));
  const categories = ["performance", "accessibility", "best-practices", "seo"];
  console.log(line2(["page", ...categories]));
  await waitFor(`${bareBase}/`, 30_000);
  const targets = [
    ["/", base],
    ["/allies/POL", base],
    ["/scenarios", base],
    ["bare page", bareBase],
  ];
  for (const [path, origin] of targets) {
    const file = join(out, `${path.replace(/\W+/g, "_") || "root"}.json`);
    try {
      // Lighthouse on a busy machine now and then loses its browser: one retry before reporting a failure.
      const run = () =>
        execFileSync(
          lighthouseBin,
          [
            path === "bare page" ? `${origin}/` : origin + path,
            "--quiet",
            "--output=json",
            `--output-path=${file}`,
            `--only-categories=${categories.join(",")}`,
            "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync",
          ],
          { env: { ...env, CHROME_PATH: chromium }, stdio: "pipe", timeout: 180_000 },
        );
      try {
        run();
      } catch {
        run();
      }
      const report = JSON.parse(readFileSync(file, "utf8"));
      const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
      console.log(line2([path, ...scores]));
      const failing = Object.values(report.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== "informative" &&
            a.scoreDisplayMode !== "manual" &&
            a.scoreDisplayMode !== "notApplicable",
        )
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      if (failing.length > 0) console.log(`    below full marks: ${failing.slice(0, 12).join(", ")}`);
    } catch (error) {
      const detail =
        String(error.stderr ?? "")
          .trim()
          .split("\n")
          .at(-1) || String(error.message).split("\n")[0];
      console.log(line2([path, `failed: ${detail}`]));
    }
  }
  rmSync(out, { recursive: true, force: true });
}
stop();

function line2(cells) {
  return cells.map((c, i) => String(c).padEnd(i === 0 ? 14 : 16)).join("");
}
