// Jest's default setup (CommonJS test files, no configuration) on the installed tarball: Jest picks the
// `require` condition of core's exports, the CommonJS build, and the tests in fixtures/jest pass.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { TOOLS } from "./paths.js";

const run = promisify(execFile);
const jestDir = inject("jestDir");

describe("a project on Jest's default setup", () => {
  it("runs its tests of @nato/core, all passing", async () => {
    const jest = join(TOOLS, "jest", "bin", "jest.js");
    const result = await run(process.execPath, [jest, "--ci", "--json", "--watchman=false"], {
      cwd: jestDir,
      env: { ...process.env, NODE_ENV: "test", FORCE_COLOR: "0" },
    }).catch((error: { stdout: string; stderr: string }) => error);
    const report = JSON.parse(result.stdout) as {
      success: boolean;
      numTotalTests: number;
      numPassedTests: number;
      testResults: { message: string; assertionResults: { title: string; status: string }[] }[];
    };
    const failures = report.testResults.filter((file) => file.message).map((file) => file.message);
    expect(failures).toEqual([]);
    expect(
      report.testResults.flatMap((file) => file.assertionResults.map((a) => `${a.status}: ${a.title}`)),
    ).toEqual([
      "passed: require() reaches the CommonJS build",
      "passed: returns NATO's figures",
      "passed: shared data refuses writes",
      "passed: throws NatoError with a code, and safeParse returns the same error",
      "passed: guards narrow strings to Ally codes",
    ]);
    expect(report.success).toBe(true);
  });
});
