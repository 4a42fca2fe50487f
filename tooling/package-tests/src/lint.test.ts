// publint and "Are the types wrong?" on the tarballs themselves (the files `pnpm publish` would upload,
// with workspace ranges replaced), not on the source folders.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "./paths.js";

const run = promisify(execFile);
const tarballs = inject("tarballs");
const cliSkipped = inject("cliSkipped");
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

describe.each(["@nato/core", "@nato/cli"] as const)("%s", (name) => {
  const skip = name === "@nato/cli" && cliSkipped !== null;
  const path = () => tarballs.find((t) => t.name === name)?.path ?? "";

  it.skipIf(skip)("passes publint --strict", async () => {
    const { code, output } = await exec("publint", ["run", path(), "--strict", "--pack", "false"]);
    expect(output, output).not.toMatch(/Errors?:|Warnings?:|Suggestions?:/);
    expect(code, output).toBe(0);
  });

  it.skipIf(skip)("passes attw with the ESM-only profile", async () => {
    const { code, output } = await exec("attw", [
      path(),
      "--profile",
      "esm-only",
      "--format",
      "table-flipped",
    ]);
    expect(code, output).toBe(0);
  });
});
