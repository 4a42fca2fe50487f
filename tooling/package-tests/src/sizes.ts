// What each public export of @nato/core costs a browser bundle on its own: a one-line file that imports
// it from the installed tarball, bundled and minified by esbuild (as Vite does for production), then
// gzipped. Used by sizes.test.ts, which prints the table and holds every export to its budget.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface ExportSize {
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly budget: number;
  /** Which budget applies, for the table. */
  readonly kind: string;
}

const KB = 1024;

/**
 * Constants and type guards: what an app imports for a `<select>` or to check a string. Each alone must stay
 * under 1 KB gzipped.
 */
export const LIGHT_BUDGET = 1 * KB;

/** A function that reads no edition's figures (rules, formatters, parsers of arguments, titles). */
export const DEFAULT_BUDGET = 7 * KB;

// Exports with a budget of their own, each set from a measurement (esbuild 0.28.2, December 2026) with
// room for small changes but not for a module that should have been left out. Everything not named here is
// a constant or guard (LIGHT_BUDGET) or a function (DEFAULT_BUDGET).
const OWN_BUDGETS: Readonly<Record<string, { readonly max: number; readonly why: string }>> = {
  // The light path to the latest edition: its figures only (14.5 KB measured).
  getLatestDataset: { max: 17 * KB, why: "latest edition's figures" },
  dataset2026_07: { max: 17 * KB, why: "2026-07 edition's figures" },
  dataset2026: { max: 17 * KB, why: "2026-07 edition's figures" },
  dataset2025_08: { max: 5 * KB, why: "2025-08 edition's figures" },
  dataset2025: { max: 5 * KB, why: "2025-08 edition's figures" },
  dataset2024_06: { max: 55 * KB, why: "2024-06 edition's figures" },
  dataset2023_03: { max: 41 * KB, why: "2023-03 edition's figures" },
  dataset2019_06: { max: 28 * KB, why: "2019-06 edition's figures" },
  // Any edition by name, synchronously: all five editions' figures (123.6 KB measured).
  getDataset: { max: 130 * KB, why: "all editions' figures" },
  allDatasets: { max: 130 * KB, why: "all editions' figures" },
  // Revisions compare editions: by default all of them (129.9 KB measured).
  asFirstPublished: { max: 136 * KB, why: "all editions' figures" },
  revisionsByAllies: { max: 136 * KB, why: "all editions' figures" },
  revisionsByEdition: { max: 136 * KB, why: "all editions' figures" },
  revisionsByAlly: { max: 136 * KB, why: "all editions' figures" },
  largestRevisions: { max: 136 * KB, why: "all editions' figures" },
  mostPublishedYear: { max: 136 * KB, why: "all editions' figures" },
  figureRevisions: { max: 136 * KB, why: "all editions' figures" },
  revisionHistory: { max: 136 * KB, why: "all editions' figures" },
  verdictsAsFirstPublished: { max: 136 * KB, why: "all editions' figures" },
  // Readers of users' files: papaparse and a streaming JSON reader.
  checkDatasetStream: { max: 25 * KB, why: "CSV and streaming JSON readers" },
  datasetFromText: { max: 17 * KB, why: "CSV reader and checks" },
  safeDatasetFromText: { max: 17 * KB, why: "CSV reader and checks" },
  parseDataset: { max: 16 * KB, why: "dataset checks" },
  safeParseDataset: { max: 16 * KB, why: "dataset checks" },
  // Records and tables of data, not lists of names.
  EDITIONS: { max: 3.5 * KB, why: "every edition's record" },
  EDITION_2026_07: { max: 2 * KB, why: "an edition's record and notes" },
  EDITION_2026: { max: 2 * KB, why: "an edition's record and notes" },
  EDITION_2025_08: { max: 2 * KB, why: "an edition's record and notes" },
  EDITION_2025: { max: 2 * KB, why: "an edition's record and notes" },
  EDITION_2024_06: { max: 2 * KB, why: "an edition's record and notes" },
  EDITION_2023_03: { max: 2 * KB, why: "an edition's record and notes" },
  EDITION_2019_06: { max: 2 * KB, why: "an edition's record and notes" },
  EDITION_NOTES: { max: 1.5 * KB, why: "every edition's notes as data" },
  TIMELINE: { max: 3.5 * KB, why: "dated events with their text" },
  YARDSTICKS: { max: 2 * KB, why: "yardsticks with their text" },
  METRIC_INFO: { max: 1.5 * KB, why: "every metric's labels and units" },
  CSV_COLUMNS: { max: 1.75 * KB, why: "built from METRIC_INFO" },
};

/** Constants (`ALLY_CODES`, `RULE_IDS`) and type guards (`isAllyCode`, `isMemberIn`). */
export function isConstantOrGuard(name: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(name) || /^is[A-Z]/.test(name);
}

export function budgetOf(name: string): { readonly max: number; readonly kind: string } {
  const own = OWN_BUDGETS[name];
  if (own) return { max: own.max, kind: own.why };
  if (isConstantOrGuard(name)) return { max: LIGHT_BUDGET, kind: "constant or guard" };
  return { max: DEFAULT_BUDGET, kind: "function" };
}

/** The names with a budget of their own that are no longer exported (a stale entry). */
export function staleBudgets(names: readonly string[]): string[] {
  return Object.keys(OWN_BUDGETS).filter((name) => !names.includes(name));
}

async function measure(name: string, resolveDir: string): Promise<ExportSize> {
  const result = await build({
    stdin: {
      contents: `import { ${name} } from "@nato/core";\nconsole.log(${name});\n`,
      resolveDir,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const { max, kind } = budgetOf(name);
  return { name, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length, budget: max, kind };
}

/** Every export's size, bundled from `resolveDir` (a project with @nato/core installed), largest first. */
export async function measureExports(names: readonly string[], resolveDir: string): Promise<ExportSize[]> {
  const sizes: ExportSize[] = [];
  // esbuild runs the builds in its own service; a few at a time keeps two cores busy without flooding them.
  for (let i = 0; i < names.length; i += 8) {
    sizes.push(...(await Promise.all(names.slice(i, i + 8).map((name) => measure(name, resolveDir)))));
  }
  return sizes.sort((a, b) => b.gzipBytes - a.gzipBytes || a.name.localeCompare(b.name));
}

const kb = (bytes: number) => (bytes / KB).toFixed(2);

/** The table, as printed: one export a line, largest first. */
export function formatSizeTable(sizes: readonly ExportSize[]): string {
  const width = Math.max(...sizes.map((s) => s.name.length), "export".length);
  const lines = [
    `${"export".padEnd(width)}  ${"min KB".padStart(7)}  ${"gzip KB".padStart(7)}  ${"budget".padStart(7)}  kind`,
    ...sizes.map(
      (s) =>
        `${s.name.padEnd(width)}  ${kb(s.bytes).padStart(7)}  ${kb(s.gzipBytes).padStart(7)}  ${kb(s.budget).padStart(7)}  ${s.gzipBytes > s.budget ? "OVER BUDGET: " : ""}${s.kind}`,
    ),
  ];
  return lines.join("\n");
}
