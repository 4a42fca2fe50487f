import { isNatoError } from "@nato/core";
import { Command, CommanderError } from "commander";
import { version } from "../package.json";
import { registerAllies } from "./commands/allies.js";
import { registerAlly } from "./commands/ally.js";
import { registerBurden } from "./commands/burden.js";
import { registerCheck } from "./commands/check.js";
import { registerExport } from "./commands/export.js";
import { registerGap } from "./commands/gap.js";
import { registerProject } from "./commands/project.js";
import { registerRevisions } from "./commands/revisions.js";
import { registerScenario } from "./commands/scenario.js";
import { registerValidate } from "./commands/validate.js";

/** Exit codes: 0 done, 1 a file failed validation (or an unexpected fault), 2 a usage mistake. */
const EXIT_USAGE = 2;
const EXIT_FAILED = 1;

// A reader that closes the pipe early (`nato export | head -1`) is not an error: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function buildProgram(): Command {
  const program = new Command("nato");
  program
    .description("NATO's defence-spending figures and the Alliance's spending rules, as tables, JSON or CSV.")
    .version(version, "-V, --version", "print the version")
    .option("--no-color", "no colours (also NO_COLOR=1; off anyway when output is not a terminal)")
    .option("--debug", "print the stack trace of an error")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText(
      "after",
      [
        "",
        "Common options of the commands: --year, --edition, --format table|json|csv.",
        "Figures: NATO, Defence Investment of NATO Countries (2014-2026). e = estimate.",
        "",
        "Examples:",
        "  $ nato allies --sort share",
        "  $ nato ally Poland --year 2025 --format json",
        "  $ nato check two-percent --year 2014",
        "  $ nato gap 3.5 --format csv > gap.csv",
        "  $ nato project DEU --target 3.5 --deadline 2035",
        "",
      ].join("\n"),
    );
  for (const register of [
    registerAllies,
    registerAlly,
    registerCheck,
    registerGap,
    registerProject,
    registerScenario,
    registerBurden,
    registerRevisions,
    registerExport,
    registerValidate,
  ]) {
    register(program);
  }
  return program;
}

/** The subcommand named on the command line, for pointing at its help. */
function commandNamed(program: Command, argv: readonly string[]): string | undefined {
  const names = new Set(program.commands.map((c) => c.name()));
  return argv.find((arg) => names.has(arg));
}

function oneLine(text: string): string {
  return text
    .replace(/^error:\s*/i, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  const debug = argv.includes("--debug");
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    const command = commandNamed(program, argv);
    const prefix = command ? `nato ${command}` : "nato";
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      if (error.exitCode === 0) return;
      // `nato` alone: commander has printed the help on standard error; that is the whole answer.
      if (error.code === "commander.help") {
        process.exitCode = EXIT_USAGE;
        return;
      }
      const hint =
        error.code === "commander.unknownCommand"
          ? ` Expected one of ${program.commands.map((c) => c.name()).join(", ")}.`
          : command
            ? ` See "nato ${command} --help".`
            : ` See "nato --help".`;
      process.stderr.write(`${prefix}: ${oneLine(error.message).replace(/\.$/, "")}.${hint}\n`);
      process.exitCode = EXIT_USAGE;
    } else if (isNatoError(error)) {
      process.stderr.write(`${prefix}: ${oneLine(error.message)}\n`);
      process.exitCode = error.code === "INVALID_DATASET" ? EXIT_FAILED : EXIT_USAGE;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        `${prefix}: unexpected error: ${oneLine(message)}${debug ? "" : " (run with --debug for details)"}\n`,
      );
      process.exitCode = EXIT_FAILED;
    }
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  }
}

await main(process.argv.slice(2));
