// Reads one of NATO's editions as NATO lays it out: the workbook's tables (Table 1 to Table 8b, each a
// grid of country rows under a row of years, split into blocks such as "Current prices" and "Constant 2015
// prices"), or a machine extraction of an older workbook as long CSV (one row per country, year and
// metric). Layouts move from year to year (blocks with or without a label row, names in column C or D,
// millions or billions, hidden check columns), so rows and blocks are found by their text, never by their
// position, and anything that cannot be read stops the import with the sheet, row and cell.
import { readFileSync } from "node:fs";
import { ALLIES, isMetric } from "@nato/core";
import ExcelJS from "exceljs";
import Papa from "papaparse";

/** An import failure that names where in the file it happened. */
export class ImportError extends Error {
  constructor(message, where = {}) {
    const at = [
      where.sheet && `sheet "${where.sheet}"`,
      where.row && `row ${where.row}`,
      where.cell && `cell ${where.cell}`,
    ]
      .filter(Boolean)
      .join(", ");
    super(at ? `${at}: ${message}` : message);
    this.name = "ImportError";
    this.where = where;
  }
}

const AGGREGATE_NAMES = new Map([
  ["nato europe and canada", "NATO_EU_CA"],
  ["nato total", "NATO"],
]);

/** NATO's name of a row ("Czechia*   (Koruny)") without footnote marks and currency, and the currency. */
export function splitName(text) {
  const currency = /\(([^)]+)\)\s*$/.exec(text)?.[1]?.trim() ?? null;
  const name = text
    .replace(/\([^)]*\)\s*$/, "")
    .replace(/\*+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return { name, currency };
}

/** The code of a country or aggregate as NATO names it in its tables, or undefined. */
export function codeOfName(name) {
  const key = name.toLowerCase();
  if (AGGREGATE_NAMES.has(key)) return AGGREGATE_NAMES.get(key);
  return ALLIES.find((a) => a.name.toLowerCase() === key || a.aliases.some((x) => x.toLowerCase() === key))
    ?.code;
}

/** Moves the decimal point of a number's shortest decimal form: exact, where multiplying is not. */
export function shiftDecimal(value, places) {
  if (places === 0) return value;
  const [mantissa, exp = "0"] = String(value).toLowerCase().split("e");
  return Number(`${mantissa}e${Number(exp) + places}`);
}

// What each table holds. A block is found by its label row; a table without label rows (NATO's Table 5 and
// 7 in some years) is one block, found by the unit line under the title. `metric` names the model's field;
// `{base}` is the table's price base, read from the label; `shift` moves the decimal point to the model's
// unit (NATO's millions of GDP to billions, thousands of US dollars per capita to dollars).
const TABLES = [
  {
    sheet: "TABLE1",
    title: /^Table 1\s*:\s*Defence expenditure$/i,
    countriesOnly: true,
    blocks: [
      { label: /^Current prices$/i, metric: () => "expenditureNcCurrentM" },
      { label: /^Constant (\d{4}) prices$/i, metric: (b) => `expenditureNcConstant${b}M` },
    ],
  },
  {
    sheet: "TABLE2",
    title: /^Table 2\s*:\s*Defence expenditure$/i,
    unit: /^Million US dollars$/i,
    blocks: [
      { label: /^Current prices and exchange rates$/i, metric: () => "expenditureUsdCurrentM" },
      {
        label: /^Constant (\d{4}) prices and exchange rates$/i,
        metric: (b) => `expenditureUsdConstant${b}M`,
      },
    ],
  },
  {
    sheet: "TABLE3",
    title: /^Table 3\s*:\s*Defence expenditure as a share of GDP and annual real change$/i,
    unit: /^Based on (\d{4}) prices$/i,
    blocks: [
      { label: /^Share of real GDP \(%\)$/i, metric: () => "shareOfGdpPct" },
      { label: /^Annual real change \(%\)$/i, metric: () => "annualRealChangePct" },
    ],
  },
  {
    sheet: "TABLE5",
    title: /^Table 5\s*:\s*(Real )?GDP$/i,
    blocks: [
      {
        label: /^Current prices and exchange rates$/i,
        metric: () => "gdpUsdCurrentBn",
        shiftByUnit: true,
      },
      {
        label: /^Constant (\d{4}) prices and exchange rates$/i,
        metric: (b) => `realGdpUsdConstant${b}Bn`,
        shiftByUnit: true,
      },
      {
        unitOnly: /^Billion US dollars \((\d{4}) prices and exchange rates\)$/i,
        metric: (b) => `realGdpUsdConstant${b}Bn`,
      },
    ],
    units: [
      [/^Million US dollars/i, -3],
      [/^Billion US dollars/i, 0],
    ],
  },
  {
    sheet: "TABLE6",
    title: /^Table 6\s*:\s*GDP per capita and defence expenditure per capita$/i,
    unit: /^(\d{4}) prices and exchange rates$/i,
    blocks: [
      { label: /^GDP per capita \(thousand US dollars\)$/i, metric: (b) => `gdpPerCapitaUsd${b}`, shift: 3 },
      {
        label: /^Defence expenditure per capita \(US dollars\)$/i,
        metric: (b) => `expenditurePerCapitaUsd${b}`,
      },
    ],
  },
  {
    sheet: "TABLE7",
    title: /^Table 7\s*:\s*Military personnel$/i,
    blocks: [{ unitOnly: /^Thousands$/i, metric: () => "militaryPersonnelThousands" }],
  },
  {
    sheet: "TABLE8A",
    title: /^Table 8a\s*:\s*Distribution of defence expenditure by main category$/i,
    unit: /^Percentage of total defence expenditure$/i,
    blocks: [
      { label: /^Equipment \(a\)$/i, metric: () => "equipmentSharePct" },
      { label: /^Personnel \(b\)$/i, metric: () => "personnelSharePct" },
    ],
  },
  {
    sheet: "TABLE8B",
    title: /^Table 8b\s*:\s*Distribution of defence expenditure by main category$/i,
    unit: /^Percentage of total defence expenditure$/i,
    blocks: [
      { label: /^Infrastructure \(c\)$/i, metric: () => "infrastructureSharePct" },
      { label: /^Other \(d\)$/i, metric: () => "otherSharePct" },
    ],
  },
];

const YEAR = /^(\d{4})(e?)$/;
const isNote = (text) => /^(notes?\s*:|\*|\(\w\)\s|-\d+-$|these allies|ces alliés)/i.test(text);

function text(cell) {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "object" && Array.isArray(v.richText))
    return v.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if (typeof v === "number") return String(v);
  return "";
}

/**
 * The figures of a NATO workbook: `{ kind, priceBase, years, estimateYears, rows: Map<code, {name,
 * currency, values: Map<year, Record<metric, number>>, cells: Map<"year:metric", where>}> }`.
 */
export async function readWorkbook(path) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new ImportError(`not a readable Excel workbook (${error.message})`);
  }
  const sheets = new Map(workbook.worksheets.map((ws) => [ws.name.trim().toUpperCase(), ws]));
  const missing = TABLES.filter((t) => !sheets.has(t.sheet)).map((t) => t.sheet);
  if (missing.length === TABLES.length)
    throw new ImportError(
      `not one of NATO's defence-expenditure workbooks: none of the sheets ${TABLES.map((t) => t.sheet).join(", ")} (found ${workbook.worksheets.map((w) => `"${w.name}"`).join(", ")})`,
    );
  if (missing.length > 0)
    throw new ImportError(
      `sheet ${missing.map((m) => `"${m}"`).join(", ")} missing: expected NATO's ${TABLES.map((t) => t.sheet).join(", ")} (found ${workbook.worksheets.map((w) => `"${w.name}"`).join(", ")})`,
    );

  const out = { kind: "workbook", priceBase: null, years: null, estimateYears: null, rows: new Map() };
  for (const table of TABLES) readTable(sheets.get(table.sheet), table, out);
  return out;
}

function readTable(ws, table, out) {
  const sheet = ws.name;
  let title = null;
  let header = null; // { row, columns: [{ col, year, estimate, address }] }
  let unitShift = 0;
  let block = null;
  let base = null;
  const texts = [];
  const lastRow = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    const cells = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (ws.getColumn(col).hidden) return; // NATO's hidden check-sum columns
      cells.push({ cell, col });
    });
    if (cells.length === 0) continue;
    if (!header) {
      const years = cells.filter(({ cell }) => YEAR.test(text(cell)));
      if (years.length >= 3) {
        header = {
          row: r,
          columns: years.map(({ cell, col }) => {
            const [, y, e] = YEAR.exec(text(cell));
            return { col, year: Number(y), estimate: e === "e", address: cell.address };
          }),
        };
        checkYears(sheet, header, out);
        if (!title)
          throw new ImportError(`no title "${table.title.source}" above the row of years`, { sheet, row: r });
        continue;
      }
      for (const { cell } of cells) {
        const t = text(cell);
        if (!t) continue;
        texts.push(t);
        if (table.title.test(t)) title = t;
        for (const b of table.blocks)
          if (b.unitOnly?.test(t)) {
            block = b;
            base = b.unitOnly.exec(t)[1] ?? null;
          }
        for (const [pattern, shift] of table.units ?? []) if (pattern.test(t)) unitShift = shift;
        const baseMatch = table.unit?.exec(t);
        if (baseMatch?.[1]) base = baseMatch[1];
      }
      continue;
    }
    const first = header.columns[0].col;
    const labels = cells.filter(({ col, cell }) => col < first && text(cell) !== "");
    const data = cells.filter(({ col }) => header.columns.some((h) => h.col === col));
    const label = labels.map(({ cell }) => text(cell)).join(" ");
    if (label === "") continue; // NATO's unlabelled check rows (#REF!, zeros) under a block
    if (isNote(label)) {
      if (data.some(({ cell }) => typeof cell.value === "number")) continue;
      continue;
    }
    const labelled = table.blocks.find((b) => b.label?.test(label));
    if (labelled) {
      block = labelled;
      base = labelled.label.exec(label)[1] ?? base;
      continue;
    }
    if (!block)
      throw new ImportError(
        `row "${label}" comes before any block NATO labels (${table.blocks.map((b) => (b.label ?? b.unitOnly).source).join(" or ")})`,
        { sheet, row: r, cell: labels[0].cell.address },
      );
    const { name, currency } = splitName(label);
    const code = codeOfName(name);
    if (!code)
      throw new ImportError(
        `unknown country or aggregate "${name}": expected one of NATO's names (${ALLIES.map((a) => a.name).join(", ")}, NATO Europe and Canada, NATO Total)`,
        { sheet, row: r, cell: labels[0].cell.address },
      );
    if (table.countriesOnly && !ALLIES.some((a) => a.code === code)) continue;
    if (base && out.priceBase === null) out.priceBase = Number(base);
    if (base && Number(base) !== out.priceBase)
      throw new ImportError(
        `prices of ${base} where the workbook's other tables are in ${out.priceBase} prices`,
        {
          sheet,
          row: r,
          cell: labels[0].cell.address,
        },
      );
    const metric = block.metric(base ?? out.priceBase);
    if (!isMetric(metric))
      throw new ImportError(
        `the figures of block "${(block.label ?? block.unitOnly).source}" would be "${metric}", which the model does not have: add the metric to @nato/core first`,
        { sheet, row: r },
      );
    const shift = block.shift ?? (block.shiftByUnit || block.unitOnly ? unitShift : 0);
    const entry = out.rows.get(code) ?? { name, currency: null, values: new Map(), cells: new Map() };
    out.rows.set(code, entry);
    if (currency && table.sheet === "TABLE1") entry.currency = currency;
    for (const h of header.columns) {
      const cell = row.getCell(h.col);
      const v = cell.value;
      let value;
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
      if (typeof v === "number" && Number.isFinite(v)) value = shiftDecimal(v, shift);
      else
        throw new ImportError(
          `"${name}" ${h.year}: expected a number or an empty cell, found ${JSON.stringify(v)}`,
          { sheet, row: r, cell: cell.address },
        );
      const values = entry.values.get(h.year) ?? {};
      if (values[metric] !== undefined)
        throw new ImportError(`"${name}" ${h.year} ${metric} appears twice`, {
          sheet,
          row: r,
          cell: cell.address,
        });
      values[metric] = value;
      entry.values.set(h.year, values);
      entry.cells.set(`${h.year}:${metric}`, { sheet, row: r, cell: cell.address });
    }
  }
  if (!title)
    throw new ImportError(
      `no title matching "${table.title.source}" (found ${texts.slice(0, 3).join(" / ")})`,
      {
        sheet,
      },
    );
  if (!header) throw new ImportError("no row of years (2014, 2015, ..., 2024e)", { sheet });
}

function checkYears(sheet, header, out) {
  const years = header.columns.map((c) => c.year);
  years.forEach((y, i) => {
    if (i > 0 && y !== years[i - 1] + 1)
      throw new ImportError(`year ${y} does not follow ${years[i - 1]}: expected consecutive years`, {
        sheet,
        row: header.row,
        cell: header.columns[i].address,
      });
  });
  const estimates = header.columns.filter((c) => c.estimate).map((c) => c.year);
  if (out.years === null) {
    out.years = years;
    out.estimateYears = estimates;
    return;
  }
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(years, out.years) || !same(estimates, out.estimateYears))
    throw new ImportError(
      `years ${header.columns.map((c) => `${c.year}${c.estimate ? "e" : ""}`).join(", ")} differ from the other tables' ${out.years.map((y) => `${y}${out.estimateYears.includes(y) ? "e" : ""}`).join(", ")}`,
      { sheet, row: header.row, cell: header.columns[0].address },
    );
}

// The long CSV of a machine extraction (the 2019 edition): its metric names and units, mapped to the
// model's fields and NATO's units. Rows name their table and block, so a wrong mapping is refused.
const CSV_METRICS = {
  share_gdp_pct: { metric: () => "shareOfGdpPct", unit: /^% of GDP \(based on (\d{4}) prices\)$/ },
  real_change_pct: { metric: () => "annualRealChangePct", unit: /^% annual real change \((\d{4}) prices\)$/ },
  equipment_share_pct: { metric: () => "equipmentSharePct", unit: /^% of defence expenditure$/ },
  personnel_share_pct: { metric: () => "personnelSharePct", unit: /^% of defence expenditure$/ },
  infrastructure_share_pct: { metric: () => "infrastructureSharePct", unit: /^% of defence expenditure$/ },
  other_share_pct: { metric: () => "otherSharePct", unit: /^% of defence expenditure$/ },
  expenditure_usd_current_m: { metric: () => "expenditureUsdCurrentM", unit: /^million US dollars$/ },
  expenditure_usd_constant_m: {
    metric: (b) => `expenditureUsdConstant${b}M`,
    unit: /^million US dollars$/,
    base: true,
  },
  gdp_usd_constant_bn: {
    metric: (b) => `realGdpUsdConstant${b}Bn`,
    unit: /^billion US dollars \((\d{4}) prices and exchange rates\)$/,
  },
  gdp_per_capita_usd_thousand: {
    metric: (b) => `gdpPerCapitaUsd${b}`,
    unit: /^thousand US dollars \((\d{4}) prices\)$/,
    shift: 3,
  },
  expenditure_per_capita_usd: {
    metric: (b) => `expenditurePerCapitaUsd${b}`,
    unit: /^US dollars \((\d{4}) prices\)$/,
  },
  military_personnel_thousands: { metric: () => "militaryPersonnelThousands", unit: /^thousands/ },
};
const CSV_COLUMNS = [
  "edition",
  "source_table",
  "block",
  "iso3",
  "ally",
  "year",
  "estimate",
  "metric",
  "unit",
  "price_base",
  "value",
];

/** The figures of a long CSV extraction, in the same shape as `readWorkbook`'s. */
export function readExtraction(path, { estimateYears } = {}) {
  const sheet = path.split("/").pop();
  const parsed = Papa.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  const columns = parsed.meta.fields ?? [];
  const absent = CSV_COLUMNS.filter((c) => !columns.includes(c));
  if (absent.length > 0)
    throw new ImportError(
      `not an extraction of NATO's tables: columns ${absent.join(", ")} missing (expected ${CSV_COLUMNS.join(", ")})`,
      { sheet, row: 1 },
    );
  const out = { kind: "extraction", priceBase: null, years: null, estimateYears: null, rows: new Map() };
  const years = new Set();
  const flagged = new Set();
  parsed.data.forEach((rec, i) => {
    const row = i + 2;
    const at = (column) => ({ sheet, row, cell: `${column} (column ${columns.indexOf(column) + 1})` });
    const spec = CSV_METRICS[rec.metric];
    if (!spec)
      throw new ImportError(
        `unknown metric "${rec.metric}": expected one of ${Object.keys(CSV_METRICS).join(", ")}`,
        at("metric"),
      );
    const unit = spec.unit.exec(rec.unit);
    if (!unit)
      throw new ImportError(
        `unit "${rec.unit}" is not the unit of ${rec.metric} (${spec.unit.source})`,
        at("unit"),
      );
    let base = unit[1] ?? (spec.base ? rec.price_base : null);
    if (spec.base && !/^\d{4}$/.test(rec.price_base))
      throw new ImportError(`price base "${rec.price_base}": expected a year`, at("price_base"));
    if (base) {
      out.priceBase ??= Number(base);
      if (Number(base) !== out.priceBase)
        throw new ImportError(
          `prices of ${base} where the other rows are in ${out.priceBase} prices`,
          at("unit"),
        );
    }
    base ??= out.priceBase;
    const metric = spec.metric(base);
    if (!isMetric(metric)) throw new ImportError(`"${metric}" is not a metric of the model`, at("metric"));
    const code = rec.iso3;
    const named = codeOfName(splitName(rec.ally).name);
    if (!named || named !== code)
      throw new ImportError(`"${rec.ally}" (${code}) is not one of NATO's names with its code`, at("ally"));
    if (!/^\d{4}$/.test(rec.year))
      throw new ImportError(`year "${rec.year}": expected four digits`, at("year"));
    const year = Number(rec.year);
    if (!["unknown", "true", "false"].includes(rec.estimate))
      throw new ImportError(`estimate "${rec.estimate}": expected true, false or unknown`, at("estimate"));
    if (rec.estimate === "unknown" && !estimateYears)
      throw new ImportError(
        "the extraction does not say which years are estimates: give the years NATO's release names with --estimate-years (e.g. 2018,2019)",
        at("estimate"),
      );
    if (rec.estimate === "true") flagged.add(year);
    const value = Number(rec.value);
    if (rec.value.trim() === "" || !Number.isFinite(value))
      throw new ImportError(
        `value "${rec.value}": expected a number (empty cells are left out)`,
        at("value"),
      );
    years.add(year);
    const entry = out.rows.get(code) ?? {
      name: rec.ally,
      currency: null,
      values: new Map(),
      cells: new Map(),
    };
    out.rows.set(code, entry);
    const values = entry.values.get(year) ?? {};
    if (values[metric] !== undefined)
      throw new ImportError(`${code} ${year} ${metric} appears twice`, at("value"));
    values[metric] = shiftDecimal(value, spec.shift ?? 0);
    entry.values.set(year, values);
    entry.cells.set(`${year}:${metric}`, at("value"));
  });
  out.years = [...years].sort((a, b) => a - b);
  out.estimateYears = estimateYears ?? [...flagged].sort((a, b) => a - b);
  return out;
}
