#!/usr/bin/env node
// pnpm import-edition <workbook.xlsx | extraction.csv> --id YYYY-MM [--estimate-years 2018,2019] [--check]
// pnpm import-edition --check-all
//
// Reads one of NATO's editions as NATO lays it out, checks NATO's arithmetic and the accession dates, and,
// only when every check passes, writes into @nato/core: a copy of the file and the edition's source CSV
// (packages/core/data-sources/ and its originals/), the generated module of its figures and its dataset loader
// (packages/core/src/data/), and a line in data-sources/imports.json so that `--check-all` (run by
// `pnpm test`) re-imports it. Then prints what moved against the previous edition, largest first.
// `--check` writes nothing: it re-imports and exits 1, naming each difference, when the committed data
// differ from the file.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { formatMetricValue, METRIC_INFO } from "@nato/core";
import {
  CORE,
  committedIds,
  MANIFEST,
  MODULES,
  metricsOf,
  ORIGINALS,
  readModule,
  renderCsv,
  renderLoader,
  renderModule,
  revisions,
  SOURCES,
} from "./generate.mjs";
import { ImportError, readExtraction, readWorkbook } from "./read.mjs";
import { validate } from "./validate.mjs";

const USAGE = `usage: pnpm import-edition <workbook.xlsx | extraction.csv> --id YYYY-MM [--estimate-years Y,Y] [--check]
       pnpm import-edition --check-all`;

function usage(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { file: null, id: null, estimateYears: null, check: false, checkAll: false, top: 10 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) usage(`${a} needs a value`);
      return v;
    };
    if (a === "--id") options.id = value();
    else if (a.startsWith("--id=")) options.id = a.slice(5);
    else if (a === "--estimate-years") options.estimateYears = value();
    else if (a === "--check") options.check = true;
    else if (a === "--check-all") options.checkAll = true;
    else if (a === "--top") options.top = Number(value());
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else if (options.file === null) options.file = a;
    else usage(`one file at a time (got ${options.file} and ${a})`);
  }
  if (options.checkAll) return options;
  if (!options.file) usage("no workbook given");
  if (!options.id || !/^\d{4}-(0[1-9]|1[0-2])$/.test(options.id))
    usage(`--id must be the month NATO released the edition, YYYY-MM (got ${options.id ?? "nothing"})`);
  if (options.estimateYears !== null) {
    const years = options.estimateYears.split(",").map((y) => y.trim());
    if (!years.every((y) => /^\d{4}$/.test(y)))
      usage(`--estimate-years takes years such as 2018,2019 (got ${options.estimateYears})`);
    options.estimateYears = years.map(Number);
  }
  return options;
}

async function read(file, options) {
  if (!existsSync(file)) throw new ImportError(`no such file: ${file}`);
  if (/\.xlsx$/i.test(file)) return readWorkbook(file);
  if (/\.csv$/i.test(file))
    return readExtraction(file, { estimateYears: options.estimateYears ?? undefined });
  throw new ImportError(
    `${basename(file)}: expected NATO's workbook (.xlsx) or a CSV extraction of it (.csv)`,
  );
}

/** Everything an import writes, by path, built in memory first so that a failure writes nothing. */
async function build(file, options) {
  const data = await read(file, options);
  const checked = validate(data, options.id);
  const id = options.id;
  const source = basename(file);
  const s = id.replace("-", "_");
  const outputs = new Map([
    [join(SOURCES, `nato-${id}-edition.csv`), renderCsv(data)],
    [join(MODULES, `nato-${id}.ts`), renderModule(data, id, source)],
  ]);
  const loader = join(CORE, "src/data", `dataset-${id}.ts`);
  if (!existsSync(loader)) outputs.set(loader, renderLoader(id, data));
  return { data, checked, outputs, source, suffix: s };
}

function manifest() {
  return existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, "utf8")) : [];
}

function describeRevision(r) {
  const unit = METRIC_INFO[r.metric].unit;
  const change = r.points
    ? `${r.change > 0 ? "+" : "−"}${Math.abs(r.change).toFixed(2)} pts`
    : `${r.change > 0 ? "+" : "−"}${Math.abs(r.change).toFixed(1)}%`;
  return `${r.code} ${r.year}: ${formatMetricValue(r.old, unit)} → ${formatMetricValue(r.value, unit)} (${change})`;
}

function printRevisions(id, data, top) {
  const previousId = committedIds().find((other) => other < id);
  if (!previousId) {
    console.log(`No edition before ${id} to compare with.`);
    return;
  }
  const previous = readModule(previousId);
  const next = readModule(id);
  const all = revisions(previous, next);
  const common = metricsOf(data).filter((m) => previous.fields.includes(m));
  console.log(
    `\nWhat moved against the ${previousId} edition (${all.length} figures revised; largest first):`,
  );
  for (const metric of ["shareOfGdpPct", ...common.filter((m) => m !== "shareOfGdpPct")]) {
    if (!common.includes(metric)) continue;
    const moved = all.filter((r) => r.metric === metric);
    if (moved.length === 0) continue;
    console.log(`  ${METRIC_INFO[metric].label} (${moved.length} revised):`);
    for (const r of moved.slice(0, top)) console.log(`    ${describeRevision(r)}`);
  }
}

/** Differences between the committed files and a fresh import, named cell by cell where possible. */
function differences(outputs) {
  const found = [];
  for (const [path, text] of outputs) {
    if (!existsSync(path)) {
      found.push(`${path}: missing (the import would write it)`);
      continue;
    }
    const committed = readFileSync(path, "utf8");
    if (committed === text) continue;
    if (path.endsWith(".csv")) {
      const a = committed.trimEnd().split("\n");
      const b = text.trimEnd().split("\n");
      const header = b[0].split(",");
      const byKey = (lines) =>
        new Map(lines.slice(1).map((l) => [l.split(",").slice(0, 1).concat(l.split(",")[3]).join(" "), l]));
      const ca = byKey(a);
      const cb = byKey(b);
      if (a[0] !== b[0])
        found.push(`${basename(path)}: columns differ (committed ${a[0]}; workbook ${b[0]})`);
      for (const [key, line] of cb) {
        const old = ca.get(key);
        if (old === undefined) {
          found.push(`${basename(path)}: ${key} missing from the committed data`);
          continue;
        }
        if (old === line) continue;
        const x = old.split(",");
        const y = line.split(",");
        y.forEach((v, i) => {
          if (x[i] !== v)
            found.push(
              `${basename(path)}: ${key} ${header[i]}: committed ${x[i] || "(empty)"}, workbook ${v || "(empty)"}`,
            );
        });
      }
      for (const key of ca.keys())
        if (!cb.has(key)) found.push(`${basename(path)}: ${key} is committed but not in the workbook`);
    } else {
      const a = committed.split("\n");
      const b = text.split("\n");
      const line = b.findIndex((l, i) => l !== a[i]);
      found.push(
        `${basename(path)}: differs from a fresh import at line ${line + 1} (committed ${JSON.stringify(a[line] ?? "")}, workbook ${JSON.stringify(b[line] ?? "")})`,
      );
    }
  }
  return found;
}

async function check(file, options) {
  const { outputs } = await build(file, options);
  // The loader is written once and may be edited; only the figures are compared.
  for (const path of outputs.keys()) if (path.includes("/src/data/dataset-")) outputs.delete(path);
  const found = differences(outputs);
  if (found.length > 0) {
    console.error(
      `${options.id}: the committed data differ from ${basename(file)} (${found.length}):\n  ${found.slice(0, 50).join("\n  ")}${found.length > 50 ? `\n  … and ${found.length - 50} more` : ""}`,
    );
    return false;
  }
  console.log(`${options.id}: committed data equal ${basename(file)}`);
  return true;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.checkAll) {
    const entries = manifest();
    if (entries.length === 0) usage(`no imports recorded in ${MANIFEST}`);
    let ok = true;
    for (const entry of entries)
      ok =
        (await check(join(ORIGINALS, entry.file), {
          ...options,
          id: entry.id,
          estimateYears: entry.estimateYears ?? null,
        })) && ok;
    process.exit(ok ? 0 : 1);
  }
  const file = resolve(options.file);
  if (options.check) process.exit((await check(file, options)) ? 0 : 1);

  const { data, checked, outputs } = await build(file, options);
  const kept = join(ORIGINALS, basename(file));
  mkdirSync(ORIGINALS, { recursive: true });
  if (resolve(kept) !== file) {
    copyFileSync(file, kept);
    chmodSync(kept, 0o644);
  }
  for (const [path, text] of outputs) writeFileSync(path, text);
  const entries = manifest().filter((e) => e.id !== options.id);
  entries.push({
    id: options.id,
    file: basename(file),
    ...(options.estimateYears ? { estimateYears: options.estimateYears } : {}),
  });
  entries.sort((a, b) => (a.id < b.id ? 1 : -1));
  writeFileSync(MANIFEST, `${JSON.stringify(entries, null, 2)}\n`);
  const rows = [...data.rows.values()].reduce((n, e) => n + e.values.size, 0);
  console.log(
    `${options.id}: ${data.rows.size} series × ${data.years[0]}-${data.years[data.years.length - 1]} (${rows} rows, estimates ${data.estimateYears.join(", ") || "none"}), prices of ${data.priceBase}, ${metricsOf(data).length} metrics.`,
  );
  console.log(
    `Checked: ${checked.shares} category-share sums, ${checked.ratios} shares of GDP against spend over GDP, ${checked.aggregates} aggregate totals.`,
  );
  for (const path of [kept, ...outputs.keys(), MANIFEST])
    console.log(`  wrote ${path.replace(`${CORE}/`, "packages/core/")}`);
  printRevisions(options.id, data, options.top);
  const registered = readFileSync(join(CORE, "src/models/edition-ids.ts"), "utf8").includes(
    `"${options.id}"`,
  );
  if (!registered)
    console.log(
      `\nNext: register ${options.id} in packages/core (see CONTRIBUTING.md, "Adding NATO's next edition").`,
    );
}

main().catch((error) => {
  if (error instanceof ImportError) {
    console.error(`import-edition: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  throw error;
});
