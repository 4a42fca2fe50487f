import { describe, expect, inject, it } from "vitest";
import type { PublishedName, Tarball } from "./paths.js";

const tarballs = inject("tarballs");
const cliSkipped = inject("cliSkipped");

// What a user needs, and nothing else: the build, the declarations, the package's own documents.
const DOCUMENTS = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md)?)$/;
const ALLOWED: Record<PublishedName, RegExp[]> = {
  "@nato/core": [DOCUMENTS, /^dist\/([\w-]+\/)*[\w-]+\.js(\.map)?$/, /^dist\/index\.d\.ts$/],
  "@nato/cli": [DOCUMENTS, /^bin\/[\w-]+\.js$/, /^dist\/([\w-]+\/)*[\w-]+\.js(\.map)?$/],
};
const REQUIRED: Record<PublishedName, string[]> = {
  "@nato/core": ["package.json", "dist/index.js", "dist/index.d.ts"],
  "@nato/cli": ["package.json", "bin/nato.js"],
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
  const skip = name === "@nato/cli" && cliSkipped !== null;

  it.skipIf(skip)("holds only what users need", () => {
    const { files } = tarball(name);
    const unexpected = files.filter((file) => !ALLOWED[name].some((pattern) => pattern.test(file)));
    expect(unexpected, `files a user does not need in ${name}`).toEqual([]);
    const forbidden = files.filter(
      (file) => !file.endsWith(".d.ts") && FORBIDDEN.some((pattern) => pattern.test(file)),
    );
    expect(forbidden, `tests, sources or fixtures in ${name}`).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(REQUIRED[name]));
  });

  it.skipIf(skip)("ships a source map beside every module", () => {
    const { files } = tarball(name);
    const modules = files.filter((file) => file.startsWith("dist/") && file.endsWith(".js"));
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((file) => !files.includes(`${file}.map`))).toEqual([]);
  });

  it.skipIf(skip)("publishes a manifest without workspace ranges", () => {
    const { manifest } = tarball(name);
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"] as const) {
      const ranges = Object.values((manifest[field] ?? {}) as Record<string, string>);
      expect(
        ranges.filter((range) => range.startsWith("workspace:") || range.startsWith("catalog:")),
      ).toEqual([]);
    }
    expect(manifest.private).not.toBe(true);
  });

  it.skipIf(skip)("prints its size and file count", () => {
    const t = tarball(name);
    console.log(
      `${t.name}@${t.version}: ${t.bytes} bytes packed (${(t.bytes / 1024).toFixed(1)} kB), ${t.unpackedBytes} bytes unpacked, ${t.files.length} files`,
    );
    // A floor, so that an empty or half-built package cannot pass as small.
    expect(t.files.length).toBeGreaterThanOrEqual(REQUIRED[name].length);
    expect(t.bytes).toBeGreaterThan(1024);
  });
});

describe.skipIf(cliSkipped !== null)("the CLI's tarball", () => {
  it("depends on exactly the @nato/core version packed beside it", () => {
    const dependencies = tarball("@nato/cli").manifest.dependencies as Record<string, string>;
    expect(dependencies["@nato/core"]).toBe(tarball("@nato/core").version);
  });

  it("declares the nato binary", () => {
    expect(tarball("@nato/cli").manifest.bin).toEqual({ nato: "./bin/nato.js" });
  });
});
