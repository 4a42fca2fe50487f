// The bundle-size table: every public export of the installed @nato/core, alone in a browser bundle,
// minified and gzipped, each within its budget (see sizes.ts). `pnpm --filter @nato/package-tests sizes`
// prints it.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  DEFAULT_BUDGET,
  type ExportSize,
  formatSizeTable,
  isConstantOrGuard,
  LIGHT_BUDGET,
  measureExports,
  staleBudgets,
} from "./sizes.js";

const consumerDir = inject("consumerDir");

describe("the size of each public export in a browser bundle", () => {
  let names: string[];
  let sizes: ExportSize[];
  const size = (name: string) => sizes.find((s) => s.name === name);

  beforeAll(async () => {
    const entry = join(consumerDir, "node_modules", "@nato", "core", "dist", "index.js");
    names = Object.keys(await import(pathToFileURL(entry).href)).sort();
    sizes = await measureExports(names, consumerDir);
    console.log(`\n${formatSizeTable(sizes)}\n`);
  }, 120_000);

  it("measures every export", () => {
    expect(names.length).toBeGreaterThan(150);
    expect(sizes.map((s) => s.name).sort()).toEqual(names);
    expect(staleBudgets(names)).toEqual([]);
  });

  it("keeps each export within its budget", () => {
    const over = sizes
      .filter((s) => s.gzipBytes > s.budget)
      .map((s) => `${s.name}: ${s.gzipBytes} > ${s.budget}`);
    expect(
      over,
      "over budget: leave out what the export does not need, or, if its size is its purpose (an edition's figures), give it a budget of its own in src/sizes.ts",
    ).toEqual([]);
  });

  it("keeps each constant and type guard under 1 KB gzipped, zod-free", () => {
    // The ones a <select> or a check of user input imports alone.
    for (const name of [
      "ALLY_CODES",
      "AGGREGATE_CODES",
      "RULE_IDS",
      "EDITION_IDS",
      "EDITION_NAMES",
      "METRICS",
    ]) {
      expect(size(name)?.gzipBytes, name).toBeLessThan(LIGHT_BUDGET);
    }
    for (const name of [
      "isAllyCode",
      "isAggregateCode",
      "isEntityCode",
      "isMemberIn",
      "isMetric",
      "isNatoError",
    ]) {
      expect(size(name)?.gzipBytes, name).toBeLessThan(LIGHT_BUDGET);
    }
    expect(sizes.filter((s) => isConstantOrGuard(s.name)).length).toBeGreaterThan(30);
  });

  it("lets a bundle carry the latest edition alone: getLatestDataset against getDataset", () => {
    const light = size("getLatestDataset")?.gzipBytes ?? Number.POSITIVE_INFINITY;
    const all = size("getDataset")?.gzipBytes ?? 0;
    // Measured: 14.5 KB against 123.6 KB. The latest edition is the second largest of the five.
    expect(light).toBeLessThan(all / 5);
    expect(light).toBeLessThan(DEFAULT_BUDGET * 3);
  });
});
