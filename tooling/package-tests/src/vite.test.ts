// A Vite + React app on its own zod (zod 3, and a zod 4 older than core's own), with the installed tarball:
// it type-checks against the app's zod, its production bundle holds one zod (the app's), and the same code,
// built for a server and run, parses with the package's schemas nested in the app's own.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import react from "@vitejs/plugin-react";
import { build, type Rolldown } from "vite";
import { describe, expect, inject, it } from "vitest";
import { TOOLS } from "./paths.js";

const run = promisify(execFile);
const consumers = inject("viteConsumers");
const TSC = join(TOOLS, "typescript", "bin", "tsc");

type Output = Rolldown.RolldownOutput;

/** The version of every zod whose modules are in the output, from each module's package.json. */
function zodVersions(outputs: readonly Output[]): Set<string> {
  const versions = new Set<string>();
  for (const output of outputs) {
    for (const chunk of output.output) {
      if (chunk.type !== "chunk") continue;
      for (const id of Object.keys(chunk.modules)) {
        const match = /^(.*\/node_modules\/zod)\//.exec(id.replace(/\\/g, "/"));
        if (!match?.[1]) continue;
        versions.add(
          (JSON.parse(readFileSync(join(match[1], "package.json"), "utf8")) as { version: string }).version,
        );
      }
    }
  }
  return versions;
}

const asOutputs = (result: Awaited<ReturnType<typeof build>>): Output[] =>
  (Array.isArray(result) ? result : [result]) as Output[];

describe.each(consumers)("a Vite + React app on $alias ($zodVersion)", (consumer) => {
  it("type-checks against its own zod (strict, skipLibCheck off)", async () => {
    const result = await run(process.execPath, [TSC, "-p", "tsconfig.json", "--pretty", "false"], {
      cwd: consumer.dir,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(result.stdout + result.stderr).toBe("");
  });

  it("builds for the browser with one zod, the app's", async () => {
    const result = await build({
      root: consumer.dir,
      configFile: false,
      logLevel: "silent",
      plugins: [react()],
      build: { outDir: "dist", emptyOutDir: true },
    });
    const outputs = asOutputs(result);
    expect([...zodVersions(outputs)]).toEqual([consumer.zodVersion]);
    const js = outputs.flatMap((o) => o.output).filter((c) => c.type === "chunk");
    expect(js.length).toBeGreaterThan(0);
    const modules = js.flatMap((c) => (c.type === "chunk" ? Object.keys(c.modules) : []));
    // Only the latest edition's figures: the other editions' modules stay out.
    expect(
      modules
        .filter((id) => /\/editions\/nato-\d{4}-\d{2}\.js$/.test(id))
        .map((id) => id.slice(id.lastIndexOf("/") + 1)),
    ).toEqual(["nato-2026-07.js"]);
  });

  it("runs: renders the picker and parses with the package's schemas inside the app's", async () => {
    await build({
      root: consumer.dir,
      configFile: false,
      logLevel: "silent",
      plugins: [react()],
      // Everything bundled, zod included, so the run uses exactly what the bundle holds.
      ssr: { noExternal: true },
      build: { ssr: "src/server.tsx", outDir: "dist-server", emptyOutDir: true },
    });
    const { stdout } = await run(process.execPath, [join(consumer.dir, "dist-server", "server.js")]);
    const out = JSON.parse(stdout) as {
      html: string;
      unknown: string | null;
      checks: Record<string, unknown>;
    };
    expect(out.html).toContain('<option value="POL" selected="">Poland</option>');
    expect(out.html.match(/<option /g)).toHaveLength(32);
    // NATO 2026 edition, Table 3: Poland 2025e at 4.25 % of GDP; the estimate mark after a no-break space.
    // React separates the text's parts with empty comments in its HTML.
    expect(out.html.replaceAll("<!-- -->", "")).toContain("<p>Poland, 2025: 4.25%\u00a0e</p>");
    expect(out.unknown).toBeNull();
    expect(out.checks).toEqual({
      polShare2025: 4.25,
      validUpload: true,
      invalidPath: ["rows", 0, "shareOfGdpPct"],
      write: "TypeError",
      threshold: 3.5,
      percentIssue: "out_of_range",
      natoError: true,
    });
  });
});
