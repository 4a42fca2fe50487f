import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NatoError } from "@nato/core";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./write.js";

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), "nato-write-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes the file and leaves no temporary file beside it", async () => {
    const dir = scratch();
    await writeFileAtomic(join(dir, "out.csv"), "a,b\n1,2\n");
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("a,b\n1,2\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("replaces an existing file whole", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "out.csv"), "old");
    await writeFileAtomic(join(dir, "out.csv"), "new");
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("new");
  });

  it("throws a NatoError naming the path when the folder does not exist, and leaves nothing", async () => {
    const dir = scratch();
    const target = join(dir, "missing", "out.csv");
    await expect(writeFileAtomic(target, "x")).rejects.toThrow(NatoError);
    await expect(writeFileAtomic(target, "x")).rejects.toThrow(/Cannot write .*missing\/out\.csv.*ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("leaves a folder in the target's place alone", async () => {
    const dir = scratch();
    await expect(writeFileAtomic(dir, "x")).rejects.toThrow(NatoError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
