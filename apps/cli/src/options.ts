import { EDITION_IDS, EDITIONS, getEdition } from "@nato/core";
import { type Command, Option } from "commander";
import type { Format } from "./context.js";

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

/** Adds the examples block every command's help ends with. */
export function withExamples(command: Command, examples: readonly string[]): Command {
  return command.addHelpText("after", `\nExamples:\n${examples.map((e) => `  $ ${e}`).join("\n")}\n`);
}
