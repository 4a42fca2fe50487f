// Starts the built site once for the whole run, as `pnpm start` serves it (apps/web/server/index.mjs), on
// loopback, and stops it at the end. Builds nothing: turbo builds the site, the CLI and core first.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const web = fileURLToPath(new URL("../../../apps/web/", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = Number(process.env.CONFORMANCE_PORT ?? 3140);
  const base = `http://127.0.0.1:${port}`;
  if (!existsSync(`${web}.next/BUILD_ID`)) {
    throw new Error(
      "No build of the site in apps/web/.next: run `pnpm build` (or `pnpm test`, which builds first).",
    );
  }
  if (await answers(base)) {
    throw new Error(
      `Something already answers on ${base}: stop it or choose another port with CONFORMANCE_PORT.`,
    );
  }
  let log = "";
  const server: ChildProcess = spawn(
    process.execPath,
    ["server/index.mjs", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      cwd: web,
      // WARM=0: nothing rendered ahead in the background; the questions ask for what they need.
      env: { ...process.env, WARM: "0", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout?.on("data", (d) => {
    log += d;
  });
  server.stderr?.on("data", (d) => {
    log += d;
  });
  const deadline = Date.now() + 120_000;
  while (!(await answers(base))) {
    if (server.exitCode !== null) throw new Error(`The site's server stopped (${server.exitCode}):\n${log}`);
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`The site's server did not answer on ${base} within 120 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide("siteUrl", base);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  };
}
