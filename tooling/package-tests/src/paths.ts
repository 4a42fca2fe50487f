import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo's root, found from this file (tooling/package-tests/src). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** The throw-away consumer project copied into a temporary directory before the install. */
export const CONSUMER_FIXTURE = join(ROOT, "tooling", "package-tests", "fixtures", "consumer");

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

declare module "vitest" {
  export interface ProvidedContext {
    /** Every published package's tarball. */
    tarballs: Tarball[];
    /** The throw-away project, outside the workspace, with the tarballs installed. */
    consumerDir: string;
  }
}
