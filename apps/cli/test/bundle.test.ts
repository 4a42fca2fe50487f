// What the start-up path loads: the commands' bundle must not carry zod or the CSV parser; only the
// bundle `validate` imports on demand does.
import { readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { describe, expect, it } from "vitest";

const read = (name: string) => readFileSync(new URL(`../dist/${name}`, import.meta.url), "utf8");

describe("the built bundles", () => {
  it("keep zod and the CSV parser out of dist/main.js", () => {
    const main = read("main.js");
    expect(main).not.toMatch(/node_modules\/\.pnpm\/zod@/);
    expect(main).not.toContain("$ZodType");
    expect(main).not.toMatch(/node_modules\/\.pnpm\/papaparse@/);
    // The figures themselves are bundled: the CLI needs no @nato/core at run time.
    expect(main).not.toMatch(/from ["']@nato\/core["']/);
    expect(main).toContain('"POL", 2025, 1, 4.25');
  });

  it("load the schema check from its own bundle", () => {
    expect(read("main.js")).toContain('new URL("./validate-check.js", import.meta.url)');
    const check = read("validate-check.js");
    expect(check).toMatch(/node_modules\/\.pnpm\/papaparse@/);
    expect(check).toMatch(/node_modules\/\.pnpm\/@streamparser\+json@/);
  });

  it("import nothing but Node built-ins: the published package has no run-time dependencies", () => {
    for (const name of ["main.js", "validate-check.js"]) {
      const source = read(name);
      const imports = [...source.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
      const requires = [...source.matchAll(/\b__require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
      expect(imports.length).toBeGreaterThan(0);
      for (const specifier of [...imports, ...requires]) {
        expect(isBuiltin(specifier ?? ""), `${name}: ${specifier}`).toBe(true);
      }
    }
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("carry the licences of the packages they include", () => {
    const main = read("main.js");
    for (const name of ["commander", "zod", "papaparse", "fastest-levenshtein", "@streamparser/json"]) {
      expect(main).toMatch(new RegExp(`\\n${name} \\d+\\.\\d+\\.\\d+ \\((MIT|ISC)\\)\\n`));
    }
    expect(main).toContain("Permission is hereby granted");
  });
});
