// publint and "Are the types wrong?" on the tarballs themselves (the files `pnpm publish` would upload,
// with workspace ranges replaced), not on the source folders.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "./paths.js";

const run = promisify(execFile);
const tarballs = inject("tarballs");
const BIN = join(ROOT, "tooling", "package-tests", "node_modules", ".bin");

async function exec(command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(join(BIN, command), args, {
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

const path = (name: string) => tarballs.find((t) => t.name === name)?.path ?? `${name} was not packed`;

describe.each(["@nato/core", "@nato/cli"])("%s", (name) => {
  it("passes publint --strict", async () => {
    const { code, output } = await exec("publint", ["run", path(name), "--strict", "--pack", "false"]);
    expect(output, output).not.toMatch(/Errors?:|Warnings?:|Suggestions?:/);
    expect(code, output).toBe(0);
  });
});

describe("@nato/core", () => {
  it("passes attw from CommonJS and ES modules (node16) and bundlers, for the main entry and /schemas", async () => {
    // node10 (no `exports` support) cannot reach a subpath; the package needs Node 20.19 anyway.
    const { code, output } = await exec("attw", [
      path("@nato/core"),
      "--profile",
      "node16",
      "--format",
      "table-flipped",
    ]);
    expect(code, output).toBe(0);
  });
});

describe("@nato/cli", () => {
  it("passes attw, which finds a binary with no types to check", async () => {
    // attw checks the types of a package's entry points; the CLI has none, only `bin`. The day it grows an
    // `exports` map with types, this test fails and the CLI joins the ESM-only check above.
    const { code, output } = await exec("attw", [path("@nato/cli"), "--profile", "esm-only"]);
    expect(output).toMatch(/does not contain types/);
    expect(code, output).toBe(0);
  });
});
