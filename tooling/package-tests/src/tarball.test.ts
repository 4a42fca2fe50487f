import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, inject, it } from "vitest";
import type { PublishedName, Tarball } from "./paths.js";

const tarballs = inject("tarballs");

// What a user needs, and nothing else: the build, the declarations, the package's own documents.
const DOCUMENTS = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md)?)$/;
const ALLOWED: Record<PublishedName, RegExp[]> = {
  "@nato/core": [
    DOCUMENTS,
    // ES modules, one per source module; a CommonJS file per entry point; their declarations.
    /^dist\/([\w-]+\/)*[\w-]+\.js(\.map)?$/,
    /^dist\/(schemas\/)?index\.cjs(\.map)?$/,
    /^dist\/(schemas\/)?[\w-]+\.d\.c?ts$/,
    // The editions as plain JSON, for users of other languages.
    /^data\/[\w-]+\.json$/,
  ],
  "@nato/cli": [
    DOCUMENTS,
    /^bin\/[\w-]+\.c?js$/,
    /^dist\/[\w-]+\.c?js(\.map)?$/,
    // The JSON Schema of each command's output, printed by `nato schema <command>`.
    /^dist\/schemas\/[\w-]+\.json$/,
    // Each edition's figures, read when a command first asks for that edition.
    /^dist\/editions\/nato-\d{4}-\d{2}\.json$/,
  ],
};
const REQUIRED: Record<PublishedName, string[]> = {
  "@nato/core": [
    "package.json",
    "README.md",
    "dist/index.js",
    "dist/index.d.ts",
    "dist/index.cjs",
    "dist/index.d.cts",
    "dist/schemas/index.js",
    "dist/schemas/index.d.ts",
    "dist/schemas/index.cjs",
    "dist/schemas/index.d.cts",
  ],
  "@nato/cli": ["package.json", "README.md", "bin/nato.cjs", "dist/main.cjs"],
};
// Named so that a failure says what leaked, even if a pattern above is loosened one day.
const FORBIDDEN = [
  /\.test\.|\.test-d\.|\.spec\./,
  /(^|\/)(src|test|tests|__tests__|fixtures|data-sources|scripts|bench|coverage|node_modules)\//,
  /\.(ts|tsx|csv|tsbuildinfo|tgz|log)$/,
];

function tarball(name: PublishedName): Tarball {
  const found = tarballs.find((t) => t.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found;
}

describe.each(["@nato/core", "@nato/cli"] as const)("the %s tarball", (name) => {
  it("holds only what users need", () => {
    const { files } = tarball(name);
    const unexpected = files.filter((file) => !ALLOWED[name].some((pattern) => pattern.test(file)));
    expect(unexpected, `files a user does not need in ${name}`).toEqual([]);
    const forbidden = files.filter(
      (file) => !/\.d\.c?ts$/.test(file) && FORBIDDEN.some((pattern) => pattern.test(file)),
    );
    expect(forbidden, `tests, sources or fixtures in ${name}`).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(REQUIRED[name]));
  });

  it("ships a self-contained source map beside every module", () => {
    const { files, root } = tarball(name);
    const modules = files.filter((file) => file.startsWith("dist/") && /\.c?js$/.test(file));
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((file) => !files.includes(`${file}.map`))).toEqual([]);
    // The sources the maps name are not shipped: each map must carry their text, or a debugger shows nothing.
    for (const file of modules) {
      const map = JSON.parse(readFileSync(join(root, `${file}.map`), "utf8")) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      expect(map.sourcesContent?.length, `${file}.map`).toBe(map.sources.length);
      expect(
        map.sourcesContent?.filter((text) => typeof text !== "string"),
        `${file}.map`,
      ).toEqual([]);
    }
  });

  it("publishes a manifest without workspace or catalog ranges", () => {
    const { manifest } = tarball(name);
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"] as const) {
      const ranges = Object.values((manifest[field] ?? {}) as Record<string, string>);
      expect(ranges.filter((range) => /^(workspace|catalog):/.test(range))).toEqual([]);
    }
    expect(manifest.private).not.toBe(true);
    expect(manifest.engines).toEqual({ node: ">=20.19" });
  });

  it("declares every package its modules import", async () => {
    // esbuild follows the shipped modules from their entry points and records what stays outside them.
    const { root, files, manifest } = tarball(name);
    const entries =
      name === "@nato/core"
        ? ["dist/index.js", "dist/schemas/index.js", "dist/index.cjs", "dist/schemas/index.cjs"]
        : files.filter((f) => /^(bin|dist)\/[\w-]+\.js$/.test(f));
    // One build per entry: the ES module and the CommonJS file of an entry would write the same output.
    const imported = new Set<string>();
    for (const entry of entries) {
      const result = await build({
        entryPoints: [join(root, entry)],
        bundle: true,
        write: false,
        outdir: "out",
        platform: "node",
        format: "esm",
        packages: "external",
        metafile: true,
        logLevel: "silent",
      });
      for (const input of Object.values(result.metafile.inputs))
        for (const i of input.imports) if (i.external) imported.add(i.path);
    }
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const packages = [...imported]
      .filter((path) => !builtins.has(path))
      .map((path) =>
        path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : (path.split("/")[0] ?? path),
      );
    const declared = ["dependencies", "peerDependencies"].flatMap((field) =>
      Object.keys((manifest[field] ?? {}) as Record<string, string>),
    );
    expect(
      [...new Set(packages)].filter((p) => !declared.includes(p)),
      `undeclared imports of ${name}`,
    ).toEqual([]);
  });

  it("prints its size and file count", () => {
    const t = tarball(name);
    console.log(
      `${t.name}@${t.version}: ${t.bytes} bytes packed (${(t.bytes / 1024).toFixed(1)} kB), ${t.unpackedBytes} bytes unpacked, ${t.files.length} files`,
    );
    // A floor, so that an empty or half-built package cannot pass as small.
    expect(t.files.length).toBeGreaterThanOrEqual(REQUIRED[name].length);
    expect(t.bytes).toBeGreaterThan(1024);
  });
});

describe("the CLI's tarball", () => {
  it("declares the nato binary", () => {
    expect(tarball("@nato/cli").manifest.bin).toEqual({ nato: "./bin/nato.cjs" });
  });

  it("carries its own copy of @nato/core's figures and rules, not a dependency on it", () => {
    // The CLI bundles core (tree-shaken), so each release of core needs a release of the CLI: the two are
    // versioned together (.changeset/config.json, "fixed").
    const dependencies = (tarball("@nato/cli").manifest.dependencies ?? {}) as Record<string, string>;
    expect(dependencies).not.toHaveProperty("@nato/core");
    expect(tarball("@nato/cli").version).toBe(tarball("@nato/core").version);
  });
});
