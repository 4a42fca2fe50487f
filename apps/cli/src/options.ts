import { EDITION_IDS, LATEST_EDITION_ID } from "@nato/core";
import { type Command, Option } from "commander";
import type { Format } from "./context.js";

/** `--format`, restricted to what the command can print. */
export function formatOption(
  formats: readonly Format[] = ["table", "json", "csv"],
  fallback: Format = "table",
): Option {
  return new Option("-f, --format <format>", `output format (default: ${fallback})`).choices(formats);
}

/** `--edition <id>`: one of the editions shipped. */
export function editionOption(): Option {
  return new Option(
    "-e, --edition <id>",
    `NATO edition to read: ${EDITION_IDS.join(", ")} (default: the latest, ${LATEST_EDITION_ID})`,
  );
}

/** `--year <year>`: checked against the edition's years. */
export function yearOption(description = "year to show (default: the latest year of the edition)"): Option {
  return new Option("-y, --year <year>", description);
}

/** Adds the examples block every command's help ends with. */
export function withExamples(command: Command, examples: readonly string[]): Command {
  return command.addHelpText("after", `\nExamples:\n${examples.map((e) => `  $ ${e}`).join("\n")}\n`);
}
