// The downloads of /data: one CSV and one JSON file per edition, the JSON Schema of the JSON files and a
// plain-text note on the columns. Every body is written by @nato/core, byte for byte what `nato export`
// prints, and generated once at build time.
import {
  CSV_COLUMNS,
  datasetExportJsonSchema,
  EDITION_IDS,
  EDITIONS,
  getDataset,
  LATEST_EDITION_ID,
  METRIC_INFO,
  METRICS,
  sourceLine,
  toCsv,
  toJsonExport,
} from "@nato/core";

export interface DataFile {
  /** The file name, which is also its path under /data/. */
  readonly name: string;
  readonly contentType: string;
  /** What it holds, for the page. */
  readonly description: string;
  readonly edition: string | null;
  readonly body: () => string;
}

export const SCHEMA_FILE = "nato-defence-expenditure.schema.json";
export const README_FILE = "README.txt";

/** The file name of an edition's download. */
export function editionFileName(edition: string, format: "csv" | "json"): string {
  return `nato-defence-expenditure-${edition}.${format}`;
}

/** The plain-text note that travels with the CSV files: source, editions, columns, conventions. */
export function readmeText(): string {
  const lines: string[] = [
    "NATO defence expenditure: downloads",
    "",
    "One CSV and one JSON file per edition of NATO's annual defence tables, each credited with its own title.",
    `The latest edition is ${LATEST_EDITION_ID}; earlier editions are kept to show how NATO revised its figures.`,
    "",
    "Credit (include it wherever you show these figures):",
    ...EDITION_IDS.map((id) => `  ${sourceLine(EDITIONS[id])}`),
    "",
    "Files:",
    ...EDITION_IDS.flatMap((id) => [
      `  ${editionFileName(id, "csv")}  ${EDITIONS[id].title}, ${id} edition, CSV`,
      `  ${editionFileName(id, "json")}  the same, JSON, with the credit line and the edition's notes`,
    ]),
    `  ${SCHEMA_FILE}  JSON Schema (draft 2020-12) of the JSON files`,
    "",
    "CSV conventions: UTF-8, comma-separated, one header row, one row per Ally or aggregate and year.",
    "An empty cell means NATO published no figure (Iceland, which has no armed forces, has none).",
    'estimate is true where NATO marks the figure as an estimate ("2025e").',
    "Numbers are as NATO publishes them (real GDP in billions, i.e. NATO's millions divided by 1,000).",
    "",
    "Columns:",
    `  iso3  ISO 3166-1 alpha-3 code of the Ally, or NATO / NATO_EU_CA for NATO's aggregates`,
    "  name  the name as NATO writes it",
    "  year  the year (the fiscal year holding most of its months: 2025 is 2025/2026 for Canada and the UK)",
    "  edition  the edition the figure comes from",
    "  estimate  true or false",
    ...METRICS.map((m) => `  ${METRIC_INFO[m].csvColumn}  ${METRIC_INFO[m].definition}`),
    "  note  where a figure's source differs from the edition's main source, it is named here",
    "",
    `Header: ${CSV_COLUMNS.join(",")}`,
    "",
    "Editions:",
    ...EDITION_IDS.flatMap((id) => {
      const e = EDITIONS[id];
      return [
        `  ${id}: ${e.title}. Published ${e.publishedOn}, ${e.dataCutOff ? `data as of ${e.dataCutOff}` : "cut-off not stated"}. NATO's file: ${e.url}`,
        `    ${e.source}`,
        ...e.notes.map((n) => `    - ${n}`),
      ];
    }),
    "",
  ];
  return lines.join("\n");
}

/** Every download, in the order the page lists them. */
export const DATA_FILES: readonly DataFile[] = [
  ...EDITION_IDS.flatMap((id): DataFile[] => [
    {
      name: editionFileName(id, "csv"),
      contentType: "text/csv; charset=utf-8",
      description: `${EDITIONS[id].title}, ${id} edition, as CSV: one row per Ally or aggregate and year.`,
      edition: id,
      body: () => toCsv(getDataset(id).observations),
    },
    {
      name: editionFileName(id, "json"),
      contentType: "application/json; charset=utf-8",
      description: `The same as JSON, with the credit line and the edition's notes.`,
      edition: id,
      body: () => toJsonExport(getDataset(id)),
    },
  ]),
  {
    name: SCHEMA_FILE,
    contentType: "application/schema+json; charset=utf-8",
    description: "JSON Schema (draft 2020-12) of the JSON files, generated from the library's zod schemas.",
    edition: null,
    body: () => `${JSON.stringify(datasetExportJsonSchema(), null, 2)}\n`,
  },
  {
    name: README_FILE,
    contentType: "text/plain; charset=utf-8",
    description: "A plain-text note for the CSV files: credit line, columns, units and conventions.",
    edition: null,
    body: readmeText,
  },
];

/** A download by its file name, or undefined. */
export function dataFile(name: string): DataFile | undefined {
  return DATA_FILES.find((f) => f.name === name);
}
