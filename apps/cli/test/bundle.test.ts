// What the start-up path loads: the commands' bundle must not carry zod or the CSV parser; only the
// bundle `validate` imports on demand does.
import { readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { describe, expect, it } from "vitest";

const read = (name: string) => readFileSync(new URL(`../dist/${name}`, import.meta.url), "utf8");

describe("the built bundles", () => {
  it("keep zod and the CSV parser out of dist/main.cjs", () => {
    const main = read("main.cjs");
    expect(main).not.toMatch(/node_modules\/\.pnpm\/zod@/);
    expect(main).not.toContain("$ZodType");
    expect(main).not.toMatch(/node_modules\/\.pnpm\/papaparse@/);
    // The CLI needs no @nato/core at run time: its code is bundled, and each edition's figures sit beside
    // the bundle as JSON, read when a command first asks for that edition (not compiled in at every start).
    expect(main).not.toMatch(/from ["']@nato\/core["']/);
    expect(main).not.toMatch(/\["POL",\s*2025,\s*1,\s*4\.25/);
    // Poland 2025e, 4.25% of GDP: NATO's July 2026 edition, Table 3.
    expect(read("editions/nato-2026-07.json")).toMatch(/\["POL",2025,1,4\.25,/);
    for (const id of ["2026-07", "2025-08", "2024-06", "2023-03", "2019-06"]) {
      expect(main).toContain(`"nato-${id}.json"`);
      expect(Array.isArray(JSON.parse(read(`editions/nato-${id}.json`)))).toBe(true);
    }
  });

  it("load the schema check from its own bundle", () => {
    expect(read("main.cjs")).toMatch(/[\w$]+\("validate-check\.cjs"\)/);
    const check = read("validate-check.cjs");
    // The bundle is minified: the packages are known by their own messages. papaparse's:
    expect(check).toContain("Unable to serialize unrecognized input");
    // @streamparser/json's, the streaming JSON tokenizer:
    expect(check).toContain("Tokenizer ended in the middle of a token");
  });

  it("import nothing but Node built-ins: the published package has no run-time dependencies", () => {
    for (const name of ["main.cjs", "validate-check.cjs", "contract.cjs"]) {
      const source = read(name);
      const imports = [
        ...source.matchAll(/(?:^|[;\n])import\s*(?:[^"';]*?from\s*)?["']([^"']+)["']/g),
        ...source.matchAll(/\bimport\(["']([^"']+)["']\)/g),
      ].map((m) => m[1]);
      const requires = [...source.matchAll(/\b(?:__)?require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      for (const specifier of [...imports, ...requires]) {
        expect(isBuiltin(specifier ?? ""), `${name}: ${specifier}`).toBe(true);
      }
    }
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("load commander's child_process only when it is used, not at start-up", () => {
    const main = read("main.cjs");
    // Two mentions only: the proxy that stands in for it in commander, and the pager's own import.
    const mentions = [...main.matchAll(/.{0,60}["']node:child_process["'].{0,2}/g)].map((m) => m[0]);
    expect(mentions).toHaveLength(2);
    expect(
      mentions.some((m) =>
        /new Proxy\(\{\},\{get:\([\w$]+,[\w$]+\)=>\([\w$]+\?\?=[\w$]+\(["']node:child_process["']\)\)/.test(
          m,
        ),
      ),
    ).toBe(true);
    expect(mentions.some((m) => /getBuiltinModule\(["']node:child_process["']\)/.test(m))).toBe(true);
  });

  it("carry the licences of the packages they include", () => {
    const main = read("main.cjs");
    for (const name of ["commander", "zod", "papaparse", "fastest-levenshtein", "@streamparser/json"]) {
      expect(main).toMatch(new RegExp(`\\n${name} \\d+\\.\\d+\\.\\d+ \\((MIT|ISC)\\)\\n`));
    }
    expect(main).toContain("Permission is hereby granted");
  });
});
