// The API reference builds from the JSDoc without a broken {@link} or a comment TypeDoc cannot read.
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);
const HERE = join(dirname(fileURLToPath(import.meta.url)), "..");

it("TypeDoc reads the public API without a warning (links, tags, comments)", async () => {
  let output: string;
  let code = 0;
  try {
    const { stdout, stderr } = await run(
      join(HERE, "node_modules", ".bin", "typedoc"),
      [
        "--emit",
        "none",
        // Undocumented exports are counted by examples.test.ts; here every other warning is an error.
        "--validation.notDocumented",
        "false",
        "--validation.notExported",
        "false",
        "--treatWarningsAsErrors",
      ],
      { cwd: HERE, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
    );
    output = stdout + stderr;
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    output = failed.stdout + failed.stderr;
    code = failed.code;
  }
  expect(output, output).not.toMatch(/\[(warning|error)\]/);
  expect(code, output).toBe(0);
});
