// The launcher's code cache (bin/nato.cjs): kept per user, the same answers with it as without, and a
// cache it cannot use (another build's, a damaged file, a folder it cannot write) only means compiling.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { nato } from "./nato.js";

const folders: string[] = [];
function cacheHome(): string {
  const folder = mkdtempSync(join(tmpdir(), "nato-cache-"));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// Node 22 and later keep the cache themselves (module.enableCompileCache), and handle damaged files there.
const native =
  typeof ((await import("node:module")).default as { enableCompileCache?: unknown }).enableCompileCache ===
  "function";

describe("the code cache", () => {
  it("is written on the first run and read on the next, with the same answers as without it", () => {
    const home = cacheHome();
    const env = { XDG_CACHE_HOME: home, NO_COLOR: "1" };
    const first = nato(["ally", "POL", "--format", "json"], { env });
    const files = readdirSync(join(home, "nato-cli"));
    expect(files.length).toBeGreaterThan(0);
    const second = nato(["ally", "POL", "--format", "json"], { env });
    const without = nato(["ally", "POL", "--format", "json"], {
      env: { ...env, NODE_DISABLE_COMPILE_CACHE: "1" },
    });
    expect(first.code).toBe(0);
    expect(second).toEqual(first);
    expect(without).toEqual(first);
    // Poland 2025e, 4.25% of GDP: NATO's July 2026 edition, Table 3.
    expect(second.stdout).toContain('"shareOfGdpPct": 4.25');
  });

  it("works for the commands that load a bundle of their own (schema, validate) from the cache", () => {
    const env = { XDG_CACHE_HOME: cacheHome(), NO_COLOR: "1" };
    for (let run = 0; run < 2; run++) {
      const schema = nato(["schema", "ally"], { env });
      expect(schema.code, schema.stderr).toBe(0);
      expect(JSON.parse(schema.stdout).type).toBe("object");
      const validate = nato(["validate", "-"], { env, input: "iso3,year,share_gdp_pct\n" });
      expect(validate.stderr).toContain("does not validate");
      expect(validate.code).toBe(1);
    }
  });

  it.skipIf(native)("replaces a damaged cache file and answers as usual", () => {
    const home = cacheHome();
    const env = { XDG_CACHE_HOME: home, NO_COLOR: "1" };
    const clean = nato(["allies", "--format", "csv"], { env });
    const [file] = readdirSync(join(home, "nato-cli"));
    writeFileSync(join(home, "nato-cli", file as string), "not V8's code cache");
    expect(nato(["allies", "--format", "csv"], { env })).toEqual(clean);
    expect(nato(["allies", "--format", "csv"], { env })).toEqual(clean);
  });

  it("answers as usual when the cache folder cannot be made", () => {
    // A file where the folder should be: no one, root included, can make a folder inside it.
    const file = join(cacheHome(), "a-file");
    writeFileSync(file, "");
    const run = nato(["--version"], { env: { XDG_CACHE_HOME: file } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^nato \d+\.\d+\.\d+/);
  });

  it("is not used with NODE_DISABLE_COMPILE_CACHE", () => {
    const home = cacheHome();
    nato(["--version"], { env: { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: "1" } });
    expect(readdirSync(home)).toEqual([]);
  });
});
