#!/usr/bin/env node
// `pnpm bench`: builds what is measured, then runs every package's benchmark scripts in turn
// (packages/*/bench/*.mjs, apps/*/bench/*.mjs). Each prints figures; none pass or fail.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };
const only = process.argv.slice(2);

execFileSync("pnpm", ["turbo", "run", "build", "--output-logs=errors-only"], {
  cwd: root,
  stdio: "inherit",
  env,
});

for (const group of ["packages", "apps"]) {
  for (const pkg of readdirSync(join(root, group)).sort()) {
    const dir = join(root, group, pkg, "bench");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".mjs"))
      .sort()) {
      if (only.length > 0 && !only.some((o) => `${group}/${pkg}`.includes(o))) continue;
      console.log(`\n## ${group}/${pkg}/bench/${file}\n`);
      execFileSync(process.execPath, [join(dir, file)], {
        cwd: join(root, group, pkg),
        stdio: "inherit",
        env,
      });
    }
  }
}
