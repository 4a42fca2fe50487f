import { EDITION_IDS, EDITIONS, getEdition } from "@nato/core";
import { type Command, Option } from "commander";
import type { Format } from "./context.js";
import { terminalWidth } from "./output/table.js";

/** `--format`, restricted to what the command can print. */
export function formatOption(
  formats: readonly Format[] = ["table", "json", "csv"],
  fallback: Format = "table",
): Option {
  return new Option("-f, --format <format>", `output format (default: ${fallback})`).choices(formats);
}

/** The editions `--edition` accepts, as core's registry lists them: ids, aliases and `latest`. */
export function editionChoices(): string {
  const aliases = EDITION_IDS.flatMap((id) => EDITIONS[id].aliases.map((a) => `${a} = ${id}`));
  return `${EDITION_IDS.join(", ")}${aliases.length ? ` (aliases ${aliases.join(", ")})` : ""} or latest`;
}

/** `--edition <id>`: one of the editions shipped, by id, alias or `latest` (checked by core). */
export function editionOption(): Option {
  return new Option(
    "-e, --edition <id>",
    `NATO edition to read: ${editionChoices()} (default: latest, ${getEdition().id})`,
  );
}

/** An earlier edition's id, for help examples (the one before the latest). */
export function earlierEditionId(): string {
  return EDITION_IDS[1] ?? EDITION_IDS[0] ?? "latest";
}

/** `--year <year>`: checked against the edition's years. */
export function yearOption(description = "year to show (default: the latest year of the edition)"): Option {
  return new Option("-y, --year <year>", description);
}

/**
 * An example command line for help, fitted to `width`: one too long continues on the next line after a
 * shell's backslash, so that it can still be copied and run.
 */
export function exampleLines(example: string, width: number): string[] {
  const lines: string[] = [];
  let prefix = "  $ ";
  let rest = example;
  while (prefix.length + rest.length > width) {
    const room = width - prefix.length - 2;
    const cut = rest.lastIndexOf(" ", room);
    if (cut <= 0) break;
    lines.push(`${prefix}${rest.slice(0, cut)} \\`);
    rest = rest.slice(cut + 1);
    prefix = "      ";
  }
  lines.push(`${prefix}${rest}`);
  return lines;
}

/** Adds the examples block every command's help ends with, fitted to the terminal when it is shown. */
export function withExamples(command: Command, examples: readonly string[]): Command {
  return command.addHelpText(
    "after",
    () => `\nExamples:\n${examples.flatMap((e) => exampleLines(e, terminalWidth())).join("\n")}\n`,
  );
}
