// Vitest global setup: packs every published package with `pnpm pack` (as `pnpm publish` would), and
// installs the tarballs with npm into a throw-away project outside the workspace, so that the tests see
// exactly what a user gets: no workspace links, no source files, only what the tarballs hold.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import type { TestProject } from "vitest/node";
import { CONSUMER_FIXTURE, PUBLISHED, type Tarball } from "./paths.js";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

function pack(name: string, dir: string, work: string): Tarball {
  const out = join(work, "tarballs");
  mkdirSync(out, { recursive: true });
  const packed = JSON.parse(
    execFileSync("pnpm", ["pack", "--json", "--pack-destination", out], { cwd: dir, encoding: "utf8" }),
  ) as { filename: string; version: string };
  // pnpm reports the tarball's absolute path; keep only its name, in the folder it was asked to use.
  const path = join(out, basename(packed.filename));
  // Unpack a copy to read what the tarball really holds (tar's own listing, not pnpm's report of it).
  const unpacked = join(work, "unpacked", basename(path, ".tgz"));
  mkdirSync(unpacked, { recursive: true });
  execFileSync("tar", ["-xzf", path, "-C", unpacked]);
  const root = join(unpacked, "package");
  const files = listFiles(root);
  return {
    name: name as Tarball["name"],
    version: packed.version,
    path,
    root,
    bytes: statSync(path).size,
    files,
    unpackedBytes: files.reduce((sum, file) => sum + statSync(join(root, file)).size, 0),
    manifest: JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>,
  };
}

export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), "nato-package-tests-"));
  const cleanUp = () => {
    if (process.env.NATO_KEEP_PACKAGE_TESTS === "1") console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  };
  try {
    const tarballs: Tarball[] = [];
    for (const { name, dir } of PUBLISHED) {
      if (!existsSync(join(dir, "dist"))) {
        throw new Error(
          `${name} is not built: ${join(dir, "dist")} does not exist. Run \`pnpm build\` first.`,
        );
      }
      tarballs.push(pack(name, dir, work));
    }

    const consumerDir = join(work, "consumer");
    cpSync(CONSUMER_FIXTURE, consumerDir, { recursive: true });
    // npm, not pnpm: a plain project outside the workspace, the way most users install. Core's dependencies
    // (zod, papaparse, fastest-levenshtein) come from the registry or, when already there, npm's cache.
    execFileSync(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        "--loglevel=error",
        ...tarballs.map((t) => t.path),
      ],
      { cwd: consumerDir, stdio: ["ignore", "ignore", "inherit"] },
    );

    for (const t of tarballs) {
      console.log(
        `${t.name}@${t.version}: ${(t.bytes / 1024).toFixed(1)} kB packed, ${(t.unpackedBytes / 1024).toFixed(1)} kB unpacked, ${t.files.length} files`,
      );
    }

    project.provide("tarballs", tarballs);
    project.provide("consumerDir", consumerDir);
  } catch (error) {
    cleanUp();
    throw error;
  }
  return cleanUp;
}
