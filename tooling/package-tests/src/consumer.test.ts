// Uses the installed tarballs from a throw-away project outside the workspace, as a user would.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

const run = promisify(execFile);
const consumerDir = inject("consumerDir");
const tarballs = inject("tarballs");
const versionOf = (name: string) => tarballs.find((t) => t.name === name)?.version;

async function node(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, args, { cwd: consumerDir });
  return stdout;
}

describe("the installed @nato/core", () => {
  it("is the packed tarball, not a workspace link or a registry copy", () => {
    const installed = realpathSync(join(consumerDir, "node_modules", "@nato", "core"));
    expect(installed.startsWith(realpathSync(consumerDir))).toBe(true);
    const lock = JSON.parse(readFileSync(join(consumerDir, "package-lock.json"), "utf8")) as {
      packages: Record<string, { resolved?: string }>;
    };
    expect(lock.packages["node_modules/@nato/core"]?.resolved).toMatch(/^file:.*nato-core-.*\.tgz$/);
    expect(lock.packages["node_modules/@nato/cli"]?.resolved).toMatch(/^file:.*nato-cli-.*\.tgz$/);
  });

  it("needs no zod for its main entry: zod, an optional peer, is not installed here", () => {
    expect(existsSync(join(consumerDir, "node_modules", "zod"))).toBe(false);
  });

  it("imports as an ES module and returns NATO's figures", async () => {
    const out = JSON.parse(await node("esm.mjs"));
    expect(out).toEqual({
      latestEdition: "2026-07",
      edition: "2026-07",
      // NATO 2026 edition: Table 3 (share of GDP), Table 8a (equipment), Table 2 (current prices); 2025 is an estimate.
      polShare2025: 4.25,
      polEquipment2025: 50.71,
      polUsdCurrentM2025: 44154,
      polEstimate2025: true,
      // NATO 2025 edition, Table 3: the figure the 2026 edition revised.
      polShare2025InEdition2025: 4.48,
      verdict: { status: "met", marginPp: 2.25, edition: "2026-07" },
    });
  });

  it("loads with require() from its CommonJS build", async () => {
    const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
    expect(major > 20 || (major === 20 && minor >= 19), `Node ${process.versions.node} is below 20.19`).toBe(
      true,
    );
    const out = JSON.parse(await node("require.cjs"));
    expect(out).toEqual({
      version: versionOf("@nato/core"),
      resolved: "dist/index.cjs",
      hagueCoreFrozen: true,
      exports: expect.any(Number),
      // NATO 2026 edition, Table 3.
      polShare2025: 4.25,
      verdict: "met",
      unknownEdition: { isNatoError: true, code: "UNKNOWN_EDITION" },
    });
    expect(out.exports).toBeGreaterThan(50);
  });
});

describe("the installed nato binary", () => {
  const nato = (...args: string[]) =>
    run(join(consumerDir, "node_modules", ".bin", "nato"), args, {
      cwd: consumerDir,
      env: { ...process.env, NO_COLOR: "1" },
    });

  it("prints its version", async () => {
    const { stdout } = await nato("--version");
    // The version, then the edition its figures come from.
    const version = versionOf("@nato/cli") ?? "(no version)";
    expect(stdout.trim()).toContain(`nato ${version}; figures: NATO, `);
    expect(stdout.trim()).toMatch(/ edition \(\d{4}-\d{2}, published \d{4}-\d{2}-\d{2}\)$/);
  });

  it("answers a real question as JSON", async () => {
    const { stdout } = await nato("ally", "pl", "--year", "2025", "--format", "json");
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ code: "POL", name: "Poland", edition: "2026-07" });
    // NATO 2026 edition, Table 3: Poland 2025e, 4.25 % of GDP, 2.25 points above the 2 % guideline.
    expect(out.observations).toEqual([
      expect.objectContaining({
        year: 2025,
        estimate: true,
        shareOfGdpPct: 4.25,
        rules: expect.objectContaining({
          "two-percent": expect.objectContaining({ status: "met", marginPp: 2.25 }),
        }),
      }),
    ]);
  });

  it("rejects a mistake with one clear line and exit code 2", async () => {
    const failure = await nato("ally", "xyz").then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/Unknown Ally "xyz"/);
    expect(failure.stderr).not.toMatch(/^\s+at /m);
  });
});
