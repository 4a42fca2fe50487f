import type { Command } from "commander";
import { print, usageError } from "../context.js";
import type * as Contract from "../contract.js";
import { withExamples } from "../options.js";
import { loadBeside } from "../output/bundle.js";
import { toJson } from "../output/json.js";
import { closestTo } from "../output/suggest.js";

/** The commands with a JSON answer, in the order of `nato --help`. */
export const SCHEMA_COMMANDS = [
  "allies",
  "ally",
  "check",
  "gap",
  "project",
  "scenario",
  "burden",
  "revisions",
  "export",
  "validate",
] as const;

async function run(command: string): Promise<void> {
  const known = SCHEMA_COMMANDS as readonly string[];
  if (!known.includes(command)) {
    const near = closestTo(command, known);
    throw usageError(
      `No JSON schema for "${command}".${near ? ` Did you mean "${near}"?` : ""} Expected one of ${known.join(", ")}.`,
      known.join(" | "),
      command,
    );
  }
  // zod loads here only, from the contract's own bundle (a path made at run time, so the bundler leaves it apart).
  const { jsonSchemaOf } = loadBeside<typeof Contract>("contract.cjs");
  print(toJson(jsonSchemaOf(command as Contract.ContractCommand)));
}

export function registerSchema(program: Command): void {
  const command = program
    .command("schema")
    .description(
      "the JSON Schema (draft 2020-12) of a command's --format json answer: the CLI's JSON contract",
    )
    .argument("<command>", SCHEMA_COMMANDS.join(", "))
    .action((name: string) => run(name));
  withExamples(command, ["nato schema allies", "nato schema export > nato-export.schema.json"]);
}
