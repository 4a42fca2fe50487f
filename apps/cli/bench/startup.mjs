#!/usr/bin/env node
// Start-up time of the built `nato` beside a bare `node -e 0`, measured in the same run and interleaved,
// so that a busy machine slows all three alike. Prints figures; passes or fails nothing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/nato.cjs", import.meta.url));
if (!existsSync(fileURLToPath(new URL("../dist/main.cjs", import.meta.url)))) {
  console.error("apps/cli is not built: run `pnpm --filter @nato/cli build` first.");
  process.exit(1);
}
const runs = Number(process.env.BENCH_RUNS ?? 30);
const cases = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "nato --version", args: [bin, "--version"] },
  { name: "nato ally POL", args: [bin, "ally", "POL"] },
];
const env = { ...process.env, NO_COLOR: "1" };

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${result.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

for (const c of cases) once(c.args); // warm the file cache
const times = cases.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [j, c] of cases.entries()) times[j].push(once(c.args));
}

const base = median(times[0]);
console.log(`Start-up, median wall time of ${runs} runs each, interleaved (Node ${process.version}):`);
cases.forEach((c, j) => {
  const m = median(times[j]);
  console.log(`  ${c.name.padEnd(16)} ${m.toFixed(1).padStart(6)} ms  ${(m / base).toFixed(2)}x node -e 0`);
});
const [load] = loadavg();
if (load > availableParallelism()) {
  console.log(
    `  (load average ${load.toFixed(1)} on ${availableParallelism()} cores: the machine is busy; ratios are rough)`,
  );
}
