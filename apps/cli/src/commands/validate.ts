import { readFileSync } from "node:fs";
import { formatCsv, NatoError } from "@nato/core";
import type { Command } from "commander";
import { blocks, type CommonOptions, print } from "../context.js";
import { formatOption, withExamples } from "../options.js";
import { toJson } from "../output/json.js";
import { wrap } from "../output/table.js";
import type * as Check from "./validate-check.js";

function readInput(path: string): string {
  try {
    return path === "-" ? readFileSync(0, "utf8") : readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? "unreadable");
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Cannot read "${path}": ${why}. Expected a CSV or JSON file (or - for standard input).`,
      {
        received: path,
        expected: "a readable CSV or JSON file",
        cause: error,
      },
    );
  }
}

async function run(path: string, options: CommonOptions): Promise<void> {
  const text = readInput(path);
  // zod and the CSV parser load here only: no other command pays for them at start-up.
  // A URL, not a path, so that the bundler leaves the import alone and the check stays in its own bundle.
  const { checkDataset }: typeof Check = await import(new URL("./validate-check.js", import.meta.url).href);
  const format = /\.json$/i.test(path) ? "json" : /\.csv$/i.test(path) ? "csv" : undefined;
  const report = checkDataset(text, { format, edition: options.edition });
  const name = path === "-" ? "standard input" : path;

  if (options.format === "json") {
    print(toJson({ file: name, ...report }));
  } else if (options.format === "csv") {
    // The problems as rows, for a spreadsheet; a valid file gives the header alone.
    print(
      formatCsv(
        ["row", "column", "code", "expected", "found", "message"],
        report.issues.map((i) => [i.row, i.column, i.code, i.expected, i.found, i.message]),
      ),
    );
  } else if (report.valid) {
    print(
      blocks(
        wrap(
          `${name} is valid: ${report.rows} rows, ${report.codes.length} Allies and aggregates, years ${report.years.from}-${report.years.to}, edition(s) ${report.editions.join(", ")}.`,
        ),
      ),
    );
  } else {
    print(
      blocks(
        `${name}: ${report.issues.length} problem(s)${report.truncated ? " (first ones only)" : ""}`,
        report.issues.flatMap((i) => wrap(i.message, 78).map((l, n) => (n === 0 ? `- ${l}` : `  ${l}`))),
      ),
    );
  }
  if (!report.valid) {
    process.stderr.write(
      `nato validate: ${name} does not validate: ${report.issues.length} problem(s), listed on standard output.\n`,
    );
    process.exitCode = 1;
  }
}

export function registerValidate(program: Command): void {
  const command = program
    .command("validate")
    .description("check a CSV or JSON file against the dataset schema; every problem with its row and column")
    .argument("<file>", "a CSV (the columns of nato export) or JSON file; - reads standard input")
    .option("-e, --edition <id>", "edition for rows that name none")
    .addOption(formatOption(["table", "json", "csv"]))
    .action((path: string, _options, cmd: Command) => run(path, cmd.optsWithGlobals<CommonOptions>()));
  withExamples(command, [
    "nato validate my-figures.csv",
    "nato export --format csv > f.csv && nato validate f.csv",
    "cat figures.json | nato validate - --format json",
  ]);
}
