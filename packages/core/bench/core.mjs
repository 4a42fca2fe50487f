// Prints the size of consumer bundles and the speed of the rule engine. Figures, not pass/fail.
//   node bench/core.mjs   (after `pnpm --filter @nato/core build`; `pnpm bench` at the root does both)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const dist = new URL("../dist/index.js", import.meta.url).pathname;
const core = await import(dist);

async function bundleSize(name, source) {
  const dir = mkdtempSync(join(tmpdir(), "nato-bench-"));
  try {
    const entry = join(dir, "entry.mjs");
    writeFileSync(entry, source.replaceAll("@nato/core", dist));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0].contents;
    return { name, minified: code.length, gzipped: gzipSync(code).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const bundles = [
  await bundleSize(
    "one rule (checkTwoPercent)",
    'import { checkTwoPercent } from "@nato/core"; console.log(checkTwoPercent);',
  ),
  await bundleSize(
    "2026 edition + verdicts",
    'import { dataset2026, yearVerdicts, TWO_PERCENT } from "@nato/core"; console.log(yearVerdicts(dataset2026(), TWO_PERCENT, 2026));',
  ),
  await bundleSize("whole API", 'import * as nato from "@nato/core"; console.log(nato);'),
];
const whole = bundles[bundles.length - 1];
console.log("Consumer bundles (esbuild, minified, browser):");
for (const b of bundles) {
  console.log(
    `  ${b.name.padEnd(30)} ${kb(b.minified).padStart(10)} min  ${kb(b.gzipped).padStart(10)} gzip  (${((b.gzipped / whole.gzipped) * 100).toFixed(1)} % of the whole API)`,
  );
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs = 15) {
  fn(); // warm up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const ds = core.getDataset();
const years = core.datasetYears(ds);
const rules = Object.values(core.RULES);
let verdicts = 0;
const evaluateAll = () => {
  verdicts = 0;
  for (const rule of rules) {
    for (const year of years) {
      for (const ally of core.ALLIES) {
        core.allyVerdict(ds, rule, ally, year, { relatedSpendingPct: 1.5 });
        verdicts++;
      }
    }
  }
};
const readAll = () => {
  for (const _rule of rules)
    for (const year of years) for (const ally of core.ALLIES) core.observationOf(ds, ally.code, year);
};
const scenario = () => core.allianceScenario(ds, { targetPct: 3.5, deadline: 2035 });

const tRead = time(readAll);
const tRules = time(evaluateAll);
const tScenario = time(scenario);
console.log("\nRule engine (median of 15 runs):");
console.log(`  baseline: look up the same ${verdicts} observations   ${tRead.toFixed(2)} ms`);
console.log(
  `  every rule x Ally x year (${verdicts} verdicts)        ${tRules.toFixed(2)} ms  (${(tRules / tRead).toFixed(1)}x the look-ups, ${((tRules * 1000) / verdicts).toFixed(2)} µs a verdict)`,
);
console.log(`  one alliance scenario (3.5 % by 2035, 32 Allies)  ${tScenario.toFixed(2)} ms`);
