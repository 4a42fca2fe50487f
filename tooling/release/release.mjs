#!/usr/bin/env node
// `pnpm release [--dry-run]`: builds and checks the published packages, then publishes every one whose
// version is not on the registry yet (`changeset publish`: it runs `pnpm publish`, which replaces
// `workspace:` ranges, and tags each release in git).
//
// --dry-run does everything but the upload: the same build and checks, then each tarball's file list and
// size, and `pnpm publish --dry-run` for both packages.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PUBLISHED = [
  { name: "@nato/core", dir: "packages/core" },
  { name: "@nato/cli", dir: "apps/cli" },
];
const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const unknown = args.filter((arg) => arg !== "--dry-run");
if (unknown.length > 0) {
  console.error(`release: unknown argument ${unknown.join(" ")}; expected nothing or --dry-run.`);
  process.exit(2);
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };
// Each step prints its own output; a failed step ends the release with one line saying which and what it means.
const run = (command, commandArgs, consequence) => {
  try {
    execFileSync(command, commandArgs, { cwd: ROOT, stdio: "inherit", env });
  } catch (error) {
    const what = [command, ...commandArgs].join(" ");
    console.error(`\nrelease: \`${what}\` failed (exit code ${error.status ?? "unknown"}); ${consequence}`);
    process.exit(1);
  }
};

// 1. Build, lint and test what is published, and the package tests (publint, attw, the tarballs installed
//    in a throw-away project, tree-shaking). turbo builds each package before its checks.
run(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "build",
    "lint",
    "test",
    "--filter=@nato/core",
    "--filter=@nato/cli",
    "--filter=@nato/package-tests",
    "--output-logs=errors-only",
  ],
  "nothing was published.",
);

if (!dryRun) {
  // 2. Publish the versions not yet on the registry, with provenance where the CI provides an identity.
  run(
    "pnpm",
    ["exec", "changeset", "publish"],
    "see above which packages were published; run it again to publish the rest.",
  );
  process.exit(0);
}

// 2 (dry run). What each tarball would hold, then what `pnpm publish` would do with it.
const out = mkdtempSync(join(tmpdir(), "nato-release-"));
try {
  for (const { name, dir } of PUBLISHED) {
    const packed = JSON.parse(
      execFileSync("pnpm", ["pack", "--json", "--pack-destination", out], {
        cwd: join(ROOT, dir),
        encoding: "utf8",
        env,
      }),
    );
    const bytes = statSync(join(out, basename(packed.filename))).size;
    console.log(
      `\n${name}@${packed.version}: ${packed.files.length} files, ${(bytes / 1024).toFixed(1)} kB packed`,
    );
    for (const file of packed.files) console.log(`  ${file.path}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log("");
run(
  "pnpm",
  [
    "publish",
    "--recursive",
    "--dry-run",
    "--no-git-checks",
    ...PUBLISHED.flatMap(({ name }) => ["--filter", name]),
  ],
  "nothing was published (dry run).",
);
