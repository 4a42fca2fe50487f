// Bundles a user's file with esbuild from the installed tarball and checks that what it does not use is
// left out: one rule function must not carry the editions' figures or zod, one edition not the other.
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, inject, it } from "vitest";

const consumerDir = inject("consumerDir");

interface Bundle {
  readonly code: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** The installed files with code in the bundle, relative to node_modules. */
  readonly inputs: string[];
}

async function bundle(entry: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [`bundles/${entry}`],
    absWorkingDir: consumerDir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const metafile = result.metafile as Metafile;
  const bytes = Buffer.byteLength(code);
  const gzipBytes = gzipSync(code).length;
  console.log(`${entry}: ${bytes} bytes minified, ${gzipBytes} bytes gzipped`);
  return {
    code,
    bytes,
    gzipBytes,
    // esbuild reads every module it resolves; only those with bytes in the output were kept.
    inputs: Object.values(metafile.outputs)
      .flatMap((output) => Object.entries(output.inputs))
      .filter(([input, { bytesInOutput }]) => bytesInOutput > 0 && input.includes("node_modules/"))
      .map(([input]) => input)
      .map((input) => input.slice(input.lastIndexOf("node_modules/") + "node_modules/".length)),
  };
}

// Figures that exist only in one edition's module (packages/core/src/data/editions/nato-*.ts).
// NATO 2026 edition, Albania 2014: 178 (Table 2, current prices), 197 (constant 2021 prices), 14.705 (Table 5).
const EDITION_2026_ROW = /\["ALB",2014,0,1\.34,[^\]]*\b178,197,14\.705\b/;
// NATO 2025 edition, Table 3: Albania 2014 at 1.33 % of GDP (the 2026 edition revised it to 1.34).
const EDITION_2025_ROW = /\["ALB",2014,0,1\.33\]/;
const ZOD = /\$?Zod(Type|Object|Error|String)\b/;

// Ceilings set from measurements with esbuild 0.28.2 (one rule: 5,993 bytes; the 2026 edition:
// 34,618 bytes), leaving room for small changes but not for a module that should have been shaken out.
// One rule now brings the Ally register with it (10,354 bytes), to tell "not a member" and "not
// applicable" from "below" on its own.
// METRIC_INFO, which every rule reads, grew by the eight metrics of the 2015-price editions (national
// currency, NATO's real change, current GDP, 2015-price money): about 2.3 KB minified. Each metric's
// short header for narrow tables (METRIC_INFO's shortLabel) and the article that "the United States"
// takes in a rule's reasons (proseName) added about 0.4 KB more: 14,914 bytes measured.
const ONE_RULE_MAX_BYTES = 15_500;
const ONE_EDITION_MAX_BYTES = 42_500;

describe("a bundle that imports one rule function (checkTwoPercent)", () => {
  let result: Bundle;
  beforeAll(async () => {
    result = await bundle("one-rule.js");
  });

  it(`stays below ${ONE_RULE_MAX_BYTES} bytes minified`, () => {
    expect(result.bytes).toBeLessThan(ONE_RULE_MAX_BYTES);
  });

  it("carries no edition's figures", () => {
    // The Ally register (accession years, armed forces) is what a rule needs to say "not a member" or
    // "not applicable"; no edition's figures may come with it.
    expect(
      result.inputs.filter((input) => input.includes("/dist/data/") && !input.endsWith("/data/allies.js")),
    ).toEqual([]);
    expect(EDITION_2026_ROW.test(result.code), `${EDITION_2026_ROW} found in the bundle`).toBe(false);
    expect(EDITION_2025_ROW.test(result.code), `${EDITION_2025_ROW} found in the bundle`).toBe(false);
    expect(result.code.includes("14.705"), "14.705 found in the bundle").toBe(false);
  });

  it("carries no zod", () => {
    expect(result.inputs.filter((input) => input.startsWith("zod/"))).toEqual([]);
    expect(ZOD.test(result.code), `${ZOD} found in the bundle`).toBe(false);
  });

  it("still holds the rule it was asked for", () => {
    expect(result.code.includes("two-percent"), "two-percent missing from the bundle").toBe(true);
  });
});

describe("a bundle that reads the 2026 edition only (dataset2026_07, observationOf)", () => {
  let result: Bundle;
  beforeAll(async () => {
    result = await bundle("one-edition.js");
  });

  it(`stays below ${ONE_EDITION_MAX_BYTES} bytes minified`, () => {
    expect(result.bytes).toBeLessThan(ONE_EDITION_MAX_BYTES);
  });

  it("carries the 2026 edition's figures and not the 2025 edition's", () => {
    expect(EDITION_2026_ROW.test(result.code), `${EDITION_2026_ROW} missing from the bundle`).toBe(true);
    expect(result.inputs.filter((input) => input.endsWith("/editions/nato-2025-08.js"))).toEqual([]);
    expect(EDITION_2025_ROW.test(result.code), `${EDITION_2025_ROW} found in the bundle`).toBe(false);
  });

  it("carries no zod", () => {
    expect(result.inputs.filter((input) => input.startsWith("zod/"))).toEqual([]);
    expect(ZOD.test(result.code), `${ZOD} found in the bundle`).toBe(false);
  });
});

describe("a bundle that reads the latest edition through getLatestDataset", () => {
  let result: Bundle;
  beforeAll(async () => {
    result = await bundle("latest-edition.js");
  });

  it(`stays below ${ONE_EDITION_MAX_BYTES} bytes minified`, () => {
    expect(result.bytes).toBeLessThan(ONE_EDITION_MAX_BYTES);
  });

  it("carries the latest edition's figures and no other edition's module", () => {
    expect(EDITION_2026_ROW.test(result.code), `${EDITION_2026_ROW} missing from the bundle`).toBe(true);
    expect(EDITION_2025_ROW.test(result.code), `${EDITION_2025_ROW} found in the bundle`).toBe(false);
    expect(
      result.inputs.filter((input) => /\/editions\/nato-/.test(input) && !input.endsWith("/nato-2026-07.js")),
    ).toEqual([]);
  });
});

describe("a browser bundle of the whole public API", () => {
  it("builds without any Node-only module and holds both editions", async () => {
    const result = await bundle("everything.js");
    expect(result.inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
    expect(EDITION_2026_ROW.test(result.code), `${EDITION_2026_ROW} missing from the bundle`).toBe(true);
    expect(EDITION_2025_ROW.test(result.code), `${EDITION_2025_ROW} missing from the bundle`).toBe(true);
  });
});
