// The release bookkeeping: every pending changeset can be read by `changeset version`, names only packages
// that are published, and each published package has a changelog entry for its version or a changeset that
// will write one. (Biome once turned a changeset's front matter into a heading; nothing else noticed.)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLISHED, ROOT } from "./paths.js";

const CHANGESETS = join(ROOT, ".changeset");
const BUMPS = ["major", "minor", "patch"];
const published: readonly string[] = PUBLISHED.map((p) => p.name);

interface Changeset {
  readonly file: string;
  readonly releases: Record<string, string>;
  readonly summary: string;
}

function readChangeset(file: string): Changeset {
  const text = readFileSync(join(CHANGESETS, file), "utf8");
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: expected front matter between two "---" lines at the top`);
  const releases: Record<string, string> = {};
  for (const line of (match[1] ?? "").split(/\r?\n/).filter((l) => l.trim() !== "")) {
    const release = /^\s*["']?([^"':]+)["']?\s*:\s*(\w+)\s*$/.exec(line);
    if (!release) throw new Error(`${file}: expected "<package>": <bump>, found ${JSON.stringify(line)}`);
    releases[release[1] as string] = release[2] as string;
  }
  return { file, releases, summary: (match[2] ?? "").trim() };
}

const changesets = readdirSync(CHANGESETS)
  .filter((file) => file.endsWith(".md") && file !== "README.md")
  .map(readChangeset);
const config = JSON.parse(readFileSync(join(CHANGESETS, "config.json"), "utf8")) as { fixed: string[][] };

describe("the pending changesets", () => {
  it.each(changesets.map((c) => [c.file, c] as const))(
    "%s names published packages and a bump",
    (_, changeset) => {
      expect(Object.keys(changeset.releases).length).toBeGreaterThan(0);
      for (const [name, bump] of Object.entries(changeset.releases)) {
        expect(published, `${changeset.file}: ${name} is not a published package`).toContain(name);
        expect(BUMPS, `${changeset.file}: ${name}`).toContain(bump);
      }
      expect(changeset.summary.length, `${changeset.file} has no summary for the changelog`).toBeGreaterThan(
        0,
      );
    },
  );
});

describe("the changelogs", () => {
  it("release @nato/core and @nato/cli together", () => {
    expect(config.fixed).toEqual([["@nato/core", "@nato/cli"]]);
  });

  it.each(PUBLISHED.map((p) => [p.name, p.dir] as const))(
    "%s has an entry for its version, or a changeset that will write one",
    (name, dir) => {
      const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
      const changelog = join(dir, "CHANGELOG.md");
      const hasEntry =
        existsSync(changelog) &&
        new RegExp(`^## ${version.replaceAll(".", "\\.")}$`, "m").test(readFileSync(changelog, "utf8"));
      // In a fixed group, a changeset for one package releases all of them.
      const pending = changesets.some((c) => Object.keys(c.releases).some((n) => published.includes(n)));
      expect(
        hasEntry || pending,
        `${name}@${version}: no "## ${version}" in CHANGELOG.md and no pending changeset`,
      ).toBe(true);
    },
  );
});
