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
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import type { TestProject } from "vitest/node";
import {
  CONSUMER_FIXTURE,
  JEST_FIXTURE,
  PUBLISHED,
  type Tarball,
  TOOLS,
  VITE_FIXTURE,
  type ViteConsumer,
  ZODS,
} from "./paths.js";

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

/** Links `name` in `nodeModules` to the real folder of `target` (a package from the lockfile, or an install). */
function link(nodeModules: string, name: string, target: string): void {
  const path = join(nodeModules, name);
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(realpathSync(target), path, "dir");
}

/**
 * A Vite + React app with its own node_modules, as npm lays it out: the unpacked core tarball, core's
 * dependencies as the consumer project's install resolved them, one zod, React and its types. Every package
 * comes from the install above or from the package tests' lockfile: nothing is fetched.
 */
function viteConsumer(
  work: string,
  consumerDir: string,
  core: Tarball,
  zod: (typeof ZODS)[number],
): ViteConsumer {
  const dir = join(work, `vite-${zod.alias}`);
  cpSync(VITE_FIXTURE, dir, { recursive: true });
  const nodeModules = join(dir, "node_modules");
  cpSync(core.root, join(nodeModules, "@nato", "core"), { recursive: true });
  for (const dependency of Object.keys((core.manifest.dependencies ?? {}) as Record<string, string>)) {
    link(nodeModules, dependency, join(consumerDir, "node_modules", dependency));
  }
  link(nodeModules, "zod", join(TOOLS, zod.alias));
  for (const name of ["react", "react-dom", "@types/react", "@types/react-dom"]) {
    link(nodeModules, name, join(TOOLS, name));
  }
  const { version } = JSON.parse(readFileSync(join(nodeModules, "zod", "package.json"), "utf8")) as {
    version: string;
  };
  return { alias: zod.alias, zodVersion: version, dir };
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

    const jestDir = join(consumerDir, "jest");
    cpSync(JEST_FIXTURE, jestDir, { recursive: true });
    const core = tarballs.find((t) => t.name === "@nato/core");
    if (!core) throw new Error("@nato/core was not packed.");
    const viteConsumers = ZODS.map((zod) => viteConsumer(work, consumerDir, core, zod));

    project.provide("tarballs", tarballs);
    project.provide("jestDir", jestDir);
    project.provide("viteConsumers", viteConsumers);
    project.provide("consumerDir", consumerDir);
  } catch (error) {
    cleanUp();
    throw error;
  }
  return cleanUp;
}
