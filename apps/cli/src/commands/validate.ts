import { createReadStream, type Stats, statSync } from "node:fs";
import { type DatasetReport, formatCsv, getDataset, getEdition, NatoError } from "@nato/core";
import type { Command } from "commander";
import { blocks, type CommonOptions, print } from "../context.js";
import { formatOption, withExamples } from "../options.js";
import { loadBeside } from "../output/bundle.js";
import { escapeControls } from "../output/escape.js";
import { ioReason, isRunFailure, RunFailure } from "../output/failure.js";
import { toJson } from "../output/json.js";
import { stderrStream } from "../output/stdout.js";
import { terminalWidth, wrap } from "../output/table.js";
import { plural } from "../output/words.js";
import type * as Check from "./validate-check.js";

function unreadable(path: string, why: string, expected: string, cause?: unknown): NatoError {
  return new NatoError(
    "INVALID_ARGUMENT",
    `Cannot read "${escapeControls(path)}": ${why}. Expected ${expected}.`,
    {
      received: path,
      expected,
      cause,
    },
  );
}

const FILE = "a CSV or JSON file (or - for standard input)";

/**
 * The text of the input, read in pieces: standard input, or a regular file. A folder, a named pipe, a
 * device or a socket is refused before it is opened, so that a pipe without a writer cannot block and
 * /dev/zero cannot fill the memory.
 */
async function* chunksOf(path: string): AsyncGenerator<string> {
  if (path === "-") {
    process.stdin.setEncoding("utf8");
    yield* process.stdin as AsyncIterable<string>;
    return;
  }
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (isRunFailure(error))
      throw new RunFailure(`Cannot read "${escapeControls(path)}": ${ioReason(error)}.`, { cause: error });
    throw unreadable(path, code === "ENOENT" ? "no such file" : ioReason(error), FILE, error);
  }
  if (stat.isDirectory()) throw unreadable(path, "it is a folder", FILE);
  if (stat.isFIFO())
    throw unreadable(
      path,
      "it is a named pipe",
      `a regular file; to read a pipe, send it to standard input: nato validate - < "${escapeControls(path)}"`,
    );
  if (stat.isCharacterDevice() || stat.isBlockDevice())
    throw unreadable(path, "it is a device", `a regular file, or - for standard input`);
  if (!stat.isFile()) throw unreadable(path, "it is not a regular file", FILE);
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    yield* stream as AsyncIterable<string>;
  } catch (error) {
    if (error instanceof NatoError) throw error;
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    if (isRunFailure(error))
      throw new RunFailure(`Cannot read "${escapeControls(path)}": ${ioReason(error)}.`, { cause: error });
    throw unreadable(path, ioReason(error), FILE, error);
  } finally {
    stream.destroy();
  }
}

/** Every report text that comes from the file or the command line, escaped for the terminal. */
const safe = escapeControls;

function summary(name: string, report: DatasetReport): string[] {
  const years =
    report.years.from === report.years.to
      ? `${report.years.from}`
      : `${report.years.from}-${report.years.to}`;
  const codes = report.codes.length;
  return wrap(
    `${name} is valid: ${plural(report.rows, "row")}, ${plural(codes, "Ally or aggregate", "Allies and aggregates")}, ${years === "null" ? "no years" : `${report.years.from === report.years.to ? "year" : "years"} ${years}`}, ${report.editions.length === 1 ? "edition" : "editions"} ${report.editions.join(", ")}.`,
  );
}

function accessionNotes(report: DatasetReport): string[] {
  if (report.beforeAccession.length === 0) return [];
  return [
    ...wrap("Rows from before the Ally joined NATO (NATO publishes them; its totals leave them out):"),
    ...report.beforeAccession.map(
      (e) =>
        `- ${e.name} (${e.code}): ${e.from === e.to ? e.from : `${e.from}-${e.to}`}, ${plural(e.rows, "row")}; joined in ${e.accessionYear}`,
    ),
  ];
}

async function run(path: string, options: CommonOptions): Promise<void> {
  // An edition that does not exist is the user's mistake, not the file's.
  if (options.edition !== undefined) getDataset(options.edition);
  const name = path === "-" ? "standard input" : safe(path);
  if (path === "-" && process.stdin.isTTY) {
    stderrStream().write("nato validate: reading standard input; end it with Ctrl-D.\n");
  }
  // zod, the CSV parser and the JSON tokenizer load here only: no other command pays for them at start-up.
  // A path made at run time, so that the bundler leaves it alone and the check stays in its own bundle.
  const { checkDatasetStream } = loadBeside<typeof Check>("validate-check.cjs");
  const format = /\.json$/i.test(path) ? "json" : /\.csv$/i.test(path) ? "csv" : undefined;
  const report = await checkDatasetStream(chunksOf(path), {
    maxIssues: 100,
    ...(format ? { format } : {}),
    ...(options.edition ? { edition: options.edition } : {}),
  });
  if (options.format === "json") {
    print(toJson({ file: path === "-" ? "-" : path, ...report }));
  } else if (options.format === "csv") {
    // The problems as rows, for a spreadsheet; a valid file gives the header alone.
    print(
      formatCsv(
        ["row", "column", "expected", "received", "message"],
        report.issues.map((i) => [
          i.row,
          i.column === null ? null : safe(i.column),
          safe(i.expected),
          safe(i.received),
          safe(i.message),
        ]),
      ),
    );
  } else if (report.valid) {
    print(blocks(summary(name, report), accessionNotes(report)));
  } else {
    print(
      blocks(
        `${name}: ${plural(report.issues.length, "problem")}${report.truncated ? ` (the first ${report.issues.length}; reading stopped at row ${report.rows})` : ""}`,
        report.issues.flatMap((i) =>
          wrap(safe(i.message), terminalWidth() - 2).map((l, n) => (n === 0 ? `- ${l}` : `  ${l}`)),
        ),
      ),
    );
  }
  if (!report.valid) {
    stderrStream().write(
      `nato validate: ${name} does not validate: ${plural(report.issues.length, "problem")}${report.truncated ? " or more" : ""}, listed on standard output.\n`,
    );
    process.exitCode = 1;
  }
}

export function registerValidate(program: Command): void {
  const command = program
    .command("validate")
    .description(
      "check a CSV or JSON file against the dataset schema and NATO's editions; every problem with its row and column",
    )
    .argument("<file>", "a CSV (the columns of nato export) or JSON file; - reads standard input")
    .option("-e, --edition <id>", "edition for rows that name none")
    .addOption(formatOption(["table", "json", "csv"]))
    .action((path: string, _options, cmd: Command) => run(path, cmd.optsWithGlobals<CommonOptions>()));
  withExamples(command, [
    "nato validate my-figures.csv",
    `nato validate my-figures.csv --edition ${getEdition().id}`,
    "nato export --format csv > f.csv && nato validate f.csv",
    "cat figures.json | nato validate - --format json",
  ]);
}
