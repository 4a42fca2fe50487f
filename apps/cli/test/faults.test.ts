// Fault behaviour of the built binary: a reader that closes the pipe early, an output folder that cannot
// be written, an input file that disappears, and Ctrl-C in the middle of writing a file. Each ends with a
// clear message (or, for a closed pipe, quietly) and a conventional exit code, and never leaves a
// half-written output file or a temporary file behind.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, nato } from "./nato.js";

let scratch = "";
let fullJson = "";
let fullCsv = "";

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "nato-faults-"));
  fullJson = nato(["export", "--format", "json"]).stdout;
  fullCsv = nato(["export"]).stdout;
  // The JSON export is several times a pipe's buffer (64 KiB), so a reader that stops early truly cuts it off.
  expect(fullJson.length).toBeGreaterThan(3 * 64 * 1024);
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs `nato <args>` without blocking the test's event loop (spawnSync would, for a long run). */
async function runAsync(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
  });
  child.stderr.setEncoding("utf8").on("data", (c: string) => {
    stderr += c;
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

function folder(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Temporary files a writer left beside its target. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith(".") || f.endsWith(".tmp"));

/** The message of a failed run: exactly one line, naming the command, no stack trace. */
function expectOneLine(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^nato [a-z]+: \S/);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0] as string;
}

describe("a reader that closes the pipe early", () => {
  it("`nato export --format json | head -1` ends quietly with exit 0", () => {
    const shell = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${BIN}" export --format json | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`,
      ],
      { encoding: "utf8" },
    );
    expect(shell.stdout).toBe("{\n");
    // Nothing but the pipeline's own report on standard error: no EPIPE, no stack trace.
    expect(shell.stderr).toBe("exit=0\n");
  });

  it("ends quietly when the reader goes away after the first chunk, for every command that prints much", async () => {
    for (const args of [
      ["export", "--format", "json"],
      ["export", "--edition", "all", "--format", "csv"],
      ["ally", "POL", "--format", "json"],
    ]) {
      const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr += c;
      });
      child.stdout.once("data", () => child.stdout.destroy());
      const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
        child.on("close", (c, s) => resolve([c, s])),
      );
      expect({ args, code, signal, stderr }).toEqual({ args, code: 0, signal: null, stderr: "" });
    }
  });
});

/**
 * A folder this process cannot write: a folder of ours without write permission, or, when running as root
 * (whom permissions do not stop), the kernel's /sys, which nobody can create files in.
 */
function readOnlyFolder(): string {
  const dir = folder("read-only");
  chmodSync(dir, 0o555);
  try {
    writeFileSync(join(dir, "probe"), "");
    rmSync(join(dir, "probe"));
  } catch {
    return dir;
  }
  for (const candidate of ["/sys", "/proc/self"]) {
    try {
      writeFileSync(join(candidate, "nato-probe.csv"), "");
      rmSync(join(candidate, "nato-probe.csv"), { force: true });
    } catch {
      return candidate;
    }
  }
  throw new Error("No read-only folder to test with on this machine");
}

describe("export -o to a place that cannot be written", () => {
  it("says which path and why, exits 2 and leaves no file", () => {
    const dir = readOnlyFolder();
    const target = join(dir, "nato.csv");
    const run = nato(["export", "-o", target]);
    expect(run.code).toBe(2);
    const line = expectOneLine(run.stderr);
    expect(line).toContain(`"${target}"`);
    expect(line).toMatch(/EACCES|EROFS|EPERM|permission|read-only/i);
    expect(run.stdout).toBe("");
    expect(existsSync(target)).toBe(false);
    if (dir.startsWith(scratch)) expect(readdirSync(dir)).toEqual([]);
  });

  it("says so for a folder that does not exist, and for a target that is a folder", () => {
    const missing = join(scratch, "no-such-folder", "nato.csv");
    const first = nato(["export", "-o", missing]);
    expect(first.code).toBe(2);
    expect(expectOneLine(first.stderr)).toContain(`"${missing}"`);
    expect(existsSync(join(scratch, "no-such-folder"))).toBe(false);

    const dir = folder("target-is-folder");
    const second = nato(["export", "-o", dir]);
    expect(second.code).toBe(2);
    expect(expectOneLine(second.stderr)).toContain(`"${dir}"`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("keeps an existing file whole when the new one cannot be written", () => {
    const dir = folder("keeps-old");
    const target = join(dir, "nato.csv");
    writeFileSync(target, "the old file\n");
    chmodSync(dir, 0o555);
    const run = nato(["export", "-o", target]);
    chmodSync(dir, 0o755);
    // As root the folder's permissions do not stop the write: then the new file must be whole.
    if (run.code === 0) expect(readFileSync(target, "utf8")).toBe(fullCsv);
    else {
      expect(run.code).toBe(2);
      expectOneLine(run.stderr);
      expect(readFileSync(target, "utf8")).toBe("the old file\n");
    }
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("validate, when the file disappears", () => {
  it("says the file is not there (exit 2) for a path that vanished or a dangling link", () => {
    const dir = folder("vanishing");
    const gone = join(dir, "figures.csv");
    writeFileSync(gone, fullCsv);
    rmSync(gone);
    const first = nato(["validate", gone]);
    expect(first.code).toBe(2);
    expect(expectOneLine(first.stderr)).toBe(
      `nato validate: Cannot read "${gone}": no such file. Expected a CSV or JSON file (or - for standard input).`,
    );

    const link = join(dir, "link.csv");
    symlinkSync(join(dir, "target-removed.csv"), link);
    const second = nato(["validate", link]);
    expect(second.code).toBe(2);
    expect(expectOneLine(second.stderr)).toContain(`Cannot read "${link}": no such file`);
  });

  it("either reads the whole file or says it is gone, whenever it is removed while the command starts", async () => {
    const dir = folder("race");
    const outcomes = { valid: 0, gone: 0 };
    // Remove the file at moments spread over the command's start-up and read.
    for (const delay of [0, 5, 10, 20, 30, 40, 50, 60, 70, 80, 100, 120, 150, 200]) {
      const path = join(dir, `figures-${delay}.csv`);
      writeFileSync(path, fullCsv);
      const child = spawn(process.execPath, [BIN, "validate", path], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (c: string) => {
        stdout += c;
      });
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr += c;
      });
      const timer = setTimeout(() => rmSync(path, { force: true }), delay);
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      clearTimeout(timer);
      rmSync(path, { force: true });
      if (code === 0) {
        // NATO 2026 edition: 32 Allies and 2 aggregates over 2014-2026, 442 rows.
        expect(stdout).toContain("is valid: 442 rows");
        outcomes.valid++;
      } else {
        expect(code).toBe(2);
        expect(expectOneLine(stderr)).toContain("no such file");
        outcomes.gone++;
      }
    }
    expect(outcomes.valid + outcomes.gone).toBe(14);
  });

  it("says it is a folder when the file was replaced by one", () => {
    const dir = folder("replaced");
    const run = nato(["validate", dir]);
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toContain(`Cannot read "${dir}": it is a folder`);
  });
});

describe("validate, given a 50 MB file", () => {
  it("reads every row and says so, or names the problems; never a crash", async () => {
    // NATO's 2026 export (442 rows), each row with a 115 kB note: a valid file of about 50 MB.
    const [header = "", ...rows] = fullCsv.trimEnd().split("\n");
    const note = "n".repeat(115_000);
    const padded = rows.map((r) => `${r.replace(/,$/, `,${note}`)}\n`);
    const path = join(folder("large"), "figures.csv");
    writeFileSync(path, `${header}\n${padded.join("")}`);

    const valid = await runAsync(["validate", path, "--format", "json"]);
    expect(valid.stderr).toBe("");
    expect(valid.code).toBe(0);
    const report = JSON.parse(valid.stdout);
    expect(report).toMatchObject({ valid: true, rows: 442, years: { from: 2014, to: 2026 } });

    // The same file with one bad cell in the last row: exit 1, the row and column named, one line of error.
    writeFileSync(path, `${header}\n${padded.slice(0, -1).join("")}POL,Poland,2025,2026,maybe,4.25\n`);
    const broken = await runAsync(["validate", path]);
    expect(broken.code).toBe(1);
    expectOneLine(broken.stderr);
    expect(broken.stdout).toContain(`Row 442, column "estimate"`);
  }, 240_000);
});

// A slow disk, injected into the child process: every rename waits 3 s first, so the moment between
// "the temporary file is written" and "it replaces the target" lasts long enough to press Ctrl-C in.
const SLOW_RENAME = `
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const { renameSync, rename } = fs;
const promisesRename = fs.promises.rename;
fs.renameSync = (...args) => { pause(3000); return renameSync(...args); };
fs.rename = (from, to, cb) => setTimeout(() => rename(from, to, cb), 3000);
fs.promises.rename = (from, to) => new Promise((r) => setTimeout(r, 3000)).then(() => promisesRename(from, to));
syncBuiltinESMExports();
`;

describe("Ctrl-C during export -o", () => {
  it("exits 130, removes its temporary file and leaves the target as it was or whole, never half", async () => {
    const dir = folder("interrupted");
    const preload = join(scratch, "slow-rename.mjs");
    writeFileSync(preload, SLOW_RENAME);
    for (const before of [undefined, "the old file\n"]) {
      const target = join(dir, "nato.json");
      rmSync(target, { force: true });
      if (before !== undefined) writeFileSync(target, before);
      const child = spawn(process.execPath, [BIN, "export", "--format", "json", "-o", target], {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` },
      });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr += c;
      });
      const closed = new Promise<[number | null, string | null]>((resolve) =>
        child.on("close", (c, s) => resolve([c, s])),
      );
      // Wait for the temporary file to appear beside the target, then interrupt.
      const deadline = Date.now() + 10_000;
      while (leftovers(dir).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      expect(leftovers(dir), "the export never started writing").not.toEqual([]);
      child.kill("SIGINT");
      const [code, signal] = await closed;

      // 130 = 128 + SIGINT, what a shell reports for a command stopped by Ctrl-C.
      expect(code === 130 || signal === "SIGINT", `exit ${code}, signal ${signal}, stderr ${stderr}`).toBe(
        true,
      );
      if (code === 130 && stderr !== "") expectOneLine(stderr);
      expect(leftovers(dir), "a temporary file was left behind").toEqual([]);
      const after = existsSync(target) ? readFileSync(target, "utf8") : undefined;
      expect([before, fullJson]).toContain(after);
    }
  });

  it("at any moment of a real run: exit 0 with the whole file, or 130 with no trace of it", async () => {
    const dir = folder("interrupted-anytime");
    const outcomes = { finished: 0, interrupted: 0 };
    for (const delay of [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 140, 160, 200]) {
      const target = join(dir, `nato-${delay}.json`);
      const child = spawn(process.execPath, [BIN, "export", "--format", "json", "-o", target], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      const closed = new Promise<[number | null, string | null]>((resolve) =>
        child.on("close", (c, s) => resolve([c, s])),
      );
      setTimeout(() => child.kill("SIGINT"), delay);
      const [code, signal] = await closed;
      if (code === 0) {
        expect(readFileSync(target, "utf8")).toBe(fullJson);
        outcomes.finished++;
      } else {
        expect(code === 130 || signal === "SIGINT", `exit ${code}, signal ${signal}`).toBe(true);
        if (existsSync(target)) expect(readFileSync(target, "utf8")).toBe(fullJson);
        outcomes.interrupted++;
      }
      expect(leftovers(dir)).toEqual([]);
    }
    expect(outcomes.finished + outcomes.interrupted).toBe(16);
  });
});
