// A user's TypeScript against the installed declarations, with both module resolutions users pick.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "./paths.js";

const run = promisify(execFile);
const consumerDir = inject("consumerDir");
// The workspace's TypeScript (5.9.3), run on the consumer project outside the workspace.
const TSC = join(ROOT, "tooling", "package-tests", "node_modules", "typescript", "bin", "tsc");

async function tsc(project: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSC, "-p", project, "--pretty", "false"], {
      cwd: consumerDir,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

// bundler also checks the declarations themselves (skipLibCheck false: zod's and ours); nodenext, which
// resolves to the same file, checks how they are reached, from an ES module and through require().
describe("the public types", () => {
  it.each(["bundler", "nodenext"])(
    "type-check a user's file with moduleResolution %s",
    async (resolution) => {
      const { code, output } = await tsc(`tsconfig.${resolution}.json`);
      expect(output).toBe("");
      expect(code).toBe(0);
    },
  );
});
