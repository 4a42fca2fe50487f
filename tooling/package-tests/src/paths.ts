import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo's root, found from this file (tooling/package-tests/src). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** The throw-away consumer project copied into a temporary directory before the install. */
export const CONSUMER_FIXTURE = join(ROOT, "tooling", "package-tests", "fixtures", "consumer");

/** A project on Jest's default setup, copied inside the consumer project (it uses the same install). */
export const JEST_FIXTURE = join(ROOT, "tooling", "package-tests", "fixtures", "jest");

/** A Vite + React app, copied once for each zod it is tried with, each with its own node_modules. */
export const VITE_FIXTURE = join(ROOT, "tooling", "package-tests", "fixtures", "vite-react");

/** The package tests' own node_modules, where the consumers' tools and libraries come from (the lockfile). */
export const TOOLS = join(ROOT, "tooling", "package-tests", "node_modules");

/** The zods a Vite app is tried with: the package tests' aliases of zod, each pinned in the lockfile. */
export const ZODS = [
  { alias: "zod-3", major: 3 },
  { alias: "zod-4-1", major: 4 },
] as const;

/** The published packages: what is packed, linted, installed and used. */
export const PUBLISHED = [
  { name: "@nato/core", dir: join(ROOT, "packages", "core") },
  { name: "@nato/cli", dir: join(ROOT, "apps", "cli") },
] as const;

export type PublishedName = (typeof PUBLISHED)[number]["name"];

/** One packed tarball, as the setup hands it to the tests. */
export interface Tarball {
  readonly name: PublishedName;
  readonly version: string;
  /** Absolute path of the `.tgz`. */
  readonly path: string;
  /** Absolute path of its unpacked contents (the `package/` folder inside the tarball). */
  readonly root: string;
  /** Its size on disk, in bytes (what a user downloads). */
  readonly bytes: number;
  /** The files it holds, relative to the package root (without tar's `package/` prefix), sorted. */
  readonly files: readonly string[];
  /** The sum of its files' sizes, in bytes (what a user's node_modules receives). */
  readonly unpackedBytes: number;
  /** The package.json inside the tarball, as published (workspace: ranges already replaced). */
  readonly manifest: Record<string, unknown>;
}

/** A Vite app installed with one zod. */
export interface ViteConsumer {
  /** The package alias its zod comes from (`zod-3`). */
  readonly alias: string;
  /** That zod's version, from its package.json. */
  readonly zodVersion: string;
  /** The app's folder, with @nato/core, zod and React in its node_modules. */
  readonly dir: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The Jest project, inside the consumer project. */
    jestDir: string;
    /** The Vite + React apps, one for each zod. */
    viteConsumers: ViteConsumer[];
    /** Every published package's tarball. */
    tarballs: Tarball[];
    /** The throw-away project, outside the workspace, with the tarballs installed. */
    consumerDir: string;
  }
}
