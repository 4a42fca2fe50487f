import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built binary, as `npm i -g` would run it. */
export const BIN = fileURLToPath(new URL("../bin/nato.cjs", import.meta.url));

if (!existsSync(fileURLToPath(new URL("../dist/main.cjs", import.meta.url)))) {
  throw new Error("The CLI is not built: run `pnpm --filter @nato/cli build` (turbo does it before `test`).");
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `nato <args>` as a process, with a clean colour environment unless `env` says otherwise. */
export function nato(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Run {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== "NO_COLOR" && key !== "FORCE_COLOR") env[key] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...env, ...options.env },
    input: options.input ?? "",
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs and parses standard output as JSON, failing loudly when the command failed. */
export function natoJson<T = Record<string, unknown>>(args: readonly string[]): T {
  const run = nato([...args, "--format", "json"]);
  if (run.code !== 0) throw new Error(`nato ${args.join(" ")} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** Parses CSV text written by the CLI (quoted cells allowed) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** CSV rows as records keyed by the header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}

/** Columns a terminal shows: code points after removing colour codes. */
export function width(line: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing escape codes.
  return [...line.replace(/\u001b\[[0-9;]*m/g, "").normalize("NFC")].length;
}

export const SOURCE_2026 =
  "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate.";
export const SOURCE_2025 =
  "Source: NATO, Defence Expenditure of NATO Countries (2014-2025), August 2025 edition (share of GDP as transcribed by third parties and news reports). e = estimate.";
