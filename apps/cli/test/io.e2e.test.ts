// Every failure of input or output is one line on standard error with the right exit code (1 when the run
// failed, 2 for a usage mistake), and a stack trace only with --debug. `export -o` writes where a user
// means: `-` is standard output, the format follows the file name, a link's target is replaced in place,
// a pipe or device is refused, a file keeps its permissions, and a full disk says so.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, nato } from "./nato.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nato-io-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0] ?? "";
}

/** Runs nato through a shell, for redirections a spawn cannot express. */
function shell(command: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync("bash", ["-c", command.replaceAll("NATO", `"${process.execPath}" "${BIN}"`)], {
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("standard output that cannot be written", () => {
  it("> /dev/full is one line naming the full device, exit 1, for every kind of answer", () => {
    for (const args of ["allies --format json", "export", "ally POL", "check two-percent --format csv"]) {
      const run = shell(`NATO ${args} > /dev/full`);
      expect(run.code, `${args}: ${run.stderr}`).toBe(1);
      expect(oneLine(run.stderr)).toMatch(
        /^nato [a-z]+: cannot write to standard output: no space left on the device \(ENOSPC\)\.$/,
      );
    }
  });

  it("adds the stack trace with --debug", () => {
    const run = shell("NATO allies --format json --debug > /dev/full");
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toMatch(/no space left on the device \(ENOSPC\)/);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});

describe("standard output that takes its time", () => {
  // Not a terminal, the answer goes out in plain synchronous writes; a pipe left non-blocking by the program
  // that made it, once full, takes the rest through Node's stream. Either way every byte arrives.
  it("a slow reader gets the whole answer (210 KB of JSON, more than a pipe holds)", () => {
    const whole = nato(["export", "--format", "json"]).stdout;
    expect(whole.length).toBeGreaterThan(200_000);
    const run = shell("NATO export --format json | (sleep 1; wc -c)");
    expect(run.code).toBe(0);
    expect(Number(run.stdout.trim())).toBe(Buffer.byteLength(whole));
  });

  it("a non-blocking pipe that fills up gets the whole answer too", () => {
    const script = [
      "import os, subprocess, sys, time",
      "r, w = os.pipe()",
      "os.set_blocking(w, False)",
      "p = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.PIPE)",
      "os.close(w)",
      "time.sleep(1)",
      "data = b''",
      "while True:",
      "    chunk = os.read(r, 65536)",
      "    if not chunk: break",
      "    data += chunk",
      "p.wait()",
      "print(len(data), p.returncode, len(p.stderr.read()))",
    ].join("\n");
    const run = spawnSync("python3", ["-c", script, process.execPath, BIN, "export", "--format", "json"], {
      encoding: "utf8",
    });
    const whole = nato(["export", "--format", "json"]).stdout;
    expect(run.stdout.trim()).toBe(`${Buffer.byteLength(whole)} 0 0`);
  });
});

describe("export -o", () => {
  it("- is standard output", () => {
    const run = nato(["export", "-o", "-"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(nato(["export"]).stdout);
    expect(readdirSync(".")).not.toContain("-");
  });

  it("takes the format from the file name, and refuses a --format that contradicts it", () => {
    const json = join(dir, "nato.json");
    expect(nato(["export", "-o", json]).code).toBe(0);
    expect(readFileSync(json, "utf8")).toBe(nato(["export", "--format", "json"]).stdout);
    const csv = join(dir, "nato.CSV");
    expect(nato(["export", "-o", csv]).code).toBe(0);
    expect(readFileSync(csv, "utf8").split("\n")[0]).toMatch(/^iso3,name,year,edition,estimate,/);
    const bad = nato(["export", "--format", "csv", "-o", join(dir, "other.json")]);
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr)).toMatch(
      /--format csv contradicts the file name .*other\.json.*expected --format json/,
    );
    expect(readdirSync(dir)).not.toContain("other.json");
  });

  it("is the site's JSON download: one edition per file", () => {
    const run = nato(["export", "--edition", "all", "--format", "json"]);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/one edition.*expected --edition with one edition, or --format csv/);
  });

  it("follows a symbolic link and replaces its target in place, keeping the link and the target's mode", () => {
    const target = join(dir, "real.csv");
    const link = join(dir, "link.csv");
    writeFileSync(target, "old\n");
    chmodSync(target, 0o600);
    symlinkSync(target, link);
    const run = nato(["export", "-o", link]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, "utf8")).toBe(nato(["export"]).stdout);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it("keeps an existing file's mode (640 stays 640)", () => {
    const target = join(dir, "kept.csv");
    writeFileSync(target, "old\n");
    chmodSync(target, 0o640);
    expect(nato(["export", "-o", target]).code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it("refuses a named pipe or a device, and leaves it as it was", () => {
    const fifo = join(dir, "pipe.csv");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const run = nato(["export", "-o", fifo]);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toMatch(
      /Cannot write ".*pipe\.csv": it is a named pipe\. Expected a regular file/,
    );
    expect(statSync(fifo).isFIFO()).toBe(true);
    const device = nato(["export", "-o", "/dev/null"]);
    expect(device.code).toBe(2);
    expect(oneLine(device.stderr)).toMatch(/Cannot write "\/dev\/null": it is a device\./);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("on a full disk says so, exits 1 and leaves the old file as it was", (context) => {
    // A 64 KiB file system: the 2026 export (about 210 KiB of JSON) cannot fit.
    const mount = join(dir, "small");
    mkdirSync(mount);
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount]);
    if (mounted.status !== 0) {
      context.skip(`cannot mount a small tmpfs here (${mounted.stderr.toString().trim()})`);
    }
    try {
      const target = join(mount, "nato.json");
      writeFileSync(target, "the old file\n");
      const run = nato(["export", "-o", target]);
      expect(run.code).toBe(1);
      expect(oneLine(run.stderr)).toMatch(
        /^nato export: Cannot write ".*nato\.json": no space left on the device \(ENOSPC\); the file was left as it was\.$/,
      );
      expect(readFileSync(target, "utf8")).toBe("the old file\n");
      expect(readdirSync(mount)).toEqual(["nato.json"]);
    } finally {
      spawnSync("umount", [mount]);
    }
  });
});

describe("signals", () => {
  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
    ["SIGHUP", 129],
  ] as const) {
    it(`${signal} while waiting for standard input ends quietly with ${code}`, async () => {
      const child = spawn(process.execPath, [BIN, "validate", "-"], { stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr += c;
      });
      const closed = new Promise<[number | null, string | null]>((resolve) =>
        child.on("close", (c, s) => resolve([c, s])),
      );
      child.stdin.write("iso3,year,edition,estimate\n");
      await new Promise((r) => setTimeout(r, 1500));
      child.kill(signal);
      const [exit, killedBy] = await closed;
      // 128 + the signal's number, as a shell reports it; on a machine so busy that the process has not yet
      // installed its handler, the default action ends it by the signal itself, which a shell reports alike.
      expect(exit === code || killedBy === signal, `exit ${exit}, signal ${killedBy}`).toBe(true);
      expect(stderr).toBe("");
    });
  }
});
