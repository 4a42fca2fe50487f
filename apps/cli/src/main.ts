import { editionLabel, editionSpan, getEdition, isNatoError } from "@nato/core";
import { Command, CommanderError } from "commander";
import { version } from "../package.json";
import { registerAllies } from "./commands/allies.js";
import { registerAlly } from "./commands/ally.js";
import { registerBurden } from "./commands/burden.js";
import { registerCheck } from "./commands/check.js";
import { registerCompletion } from "./commands/completion.js";
import { registerExport } from "./commands/export.js";
import { registerGap } from "./commands/gap.js";
import { registerProject } from "./commands/project.js";
import { registerRevisions } from "./commands/revisions.js";
import { registerScenario } from "./commands/scenario.js";
import { registerSchema } from "./commands/schema.js";
import { registerValidate } from "./commands/validate.js";
import { nameCommand } from "./context.js";
import { exampleLines } from "./options.js";
import { escapeControls } from "./output/escape.js";
import { EXIT_FAILED, EXIT_USAGE, ioReason, RunFailure } from "./output/failure.js";
import { cleanUpAndExit, guardSignals } from "./output/signals.js";
import { onStdoutFailure, stderrStream, terminalSize, writeStdout } from "./output/stdout.js";
import { closestTo } from "./output/suggest.js";
import { terminalWidth, wrap } from "./output/table.js";

/** The command line, kept for naming the command in a message from a stream's error handler. */
let commandLabel = "nato";
const debug = process.argv.includes("--debug");

/** One line on standard error; if even standard error fails there is nowhere left to say anything. */
function fail(message: string, code: number, error?: unknown): void {
  try {
    stderrStream().write(`${commandLabel}: ${escapeControls(message)}\n`);
    if (debug && error instanceof Error && error.stack) stderrStream().write(`${error.stack}\n`);
  } catch {
    // Standard error itself is gone.
  }
  process.exitCode = code;
}

// A reader that closes the pipe early (`nato export | head -1`) is not an error: stop quietly. Any other
// failure to write the answer (a full disk, `> /dev/full`, an I/O error) is one line and exit 1.
onStdoutFailure((error) => {
  if (error.code === "EPIPE") cleanUpAndExit(0);
  fail(`cannot write to standard output: ${ioReason(error)}.`, EXIT_FAILED, error);
  cleanUpAndExit(EXIT_FAILED);
});

// Ctrl-C, a closed terminal or a kill: end quietly with 128 + the signal's number, leaving no temporary file.
guardSignals();

/** The figures this build carries, for --version. */
function versionText(): string {
  const edition = getEdition();
  return `nato ${version}; figures: NATO, ${edition.title}, ${editionLabel(edition)} edition (${edition.id}, published ${edition.publishedOn})`;
}

/** Every command, by the name it registers. */
const COMMANDS = {
  allies: registerAllies,
  ally: registerAlly,
  check: registerCheck,
  gap: registerGap,
  project: registerProject,
  scenario: registerScenario,
  burden: registerBurden,
  revisions: registerRevisions,
  export: registerExport,
  validate: registerValidate,
  schema: registerSchema,
  completion: registerCompletion,
} as const;

/** Options that may come before a command without needing the whole program (help and version do). */
const PLAIN_GLOBALS = new Set(["--no-color", "--no-pager", "--debug"]);

/**
 * The command to build alone, when the command line names one and needs nothing else: building the eleven
 * others would be a good part of a short command's start-up. Help, version, completion (which lists every
 * command) and anything unknown build them all.
 */
function loneCommand(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((arg) => Object.hasOwn(COMMANDS, arg));
  if (at < 0) return undefined;
  const name = argv[at] as string;
  if (name === "completion") return undefined;
  return argv.slice(0, at).every((arg) => PLAIN_GLOBALS.has(arg)) ? name : undefined;
}

function buildProgram(only?: string): Command {
  const program = new Command("nato");
  program
    .description("NATO's defence-spending figures and the Alliance's spending rules, as tables, JSON or CSV.")
    .version(versionText(), "-V, --version", "print the version and the edition of the figures")
    .option(
      "--no-color",
      "no colours (also NO_COLOR=1 or TERM=dumb; off anyway when output is not a terminal)",
    )
    .option("--no-pager", "never page long tables (also when PAGER is empty)")
    .option("--debug", "print the stack trace of an error")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    // Descriptions wrap in their column down to 16 characters wide (commander's default stops at 40, which
    // leaves a 60-column terminal to break the lines anywhere).
    .configureHelp({ showGlobalOptions: true, minWidthToWrap: 16 })
    .exitOverride()
    .configureOutput({
      outputError: () => {},
      // Help and --version go out as answers do (output/stdout.ts), without loading Node's stream
      // machinery unless standard output is a terminal. The help carries no colours to strip.
      writeOut: (text) => writeStdout(text),
      getOutHelpWidth: () => terminalSize().columns ?? 80,
      getOutHasColors: () => false,
    })
    // Wrapped to the terminal when the help is shown (commander's columns wrap themselves).
    .addHelpText("after", () =>
      [
        "",
        ...wrap(
          `Common options of the commands: --year, --edition, --format table|json|csv (figures ${editionSpan(getEdition())}).`,
        ),
        ...wrap(
          `Figures: NATO, ${getEdition().title}; earlier editions with --edition. e\u00a0=\u00a0estimate.`,
        ),
        "",
        "Examples:",
        ...[
          "nato allies --sort share",
          "nato ally Poland --year 2025 --format json",
          "nato check two-percent --year 2014",
          "nato gap 3.5 --format csv > gap.csv",
          "nato project DEU --target 3.5 --deadline 2035",
        ].flatMap((e) => exampleLines(e, terminalWidth())),
        "",
      ].join("\n"),
    );
  for (const [name, register] of Object.entries(COMMANDS)) {
    if (only === undefined || name === only) register(program);
  }
  return program;
}

/** Options of the commands that a user may put before the command name; the value-taking ones first. */
const VALUED_OPTIONS = new Set(["-f", "--format", "-e", "--edition", "-y", "--year"]);

/**
 * `nato --format json allies` means `nato allies --format json`: the options of the commands written
 * before the command move after it, so that the command's own checks see them.
 */
export function hoistOptions(argv: readonly string[], commands: ReadonlySet<string>): string[] {
  const moved: string[] = [];
  const before: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (commands.has(arg) || arg === "help" || arg === "--") break;
    const name = arg.split("=")[0] as string;
    if (VALUED_OPTIONS.has(name)) {
      moved.push(arg);
      if (!arg.includes("=") && i + 1 < argv.length) moved.push(argv[++i] as string);
    } else if (/^-[fey]./.test(arg)) {
      moved.push(arg);
    } else before.push(arg);
  }
  if (i >= argv.length) return [...argv];
  return [...before, argv[i] as string, ...moved, ...argv.slice(i + 1)];
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

/** `nato help <topic>`: a command's help, or a usage error naming the unknown topic. */
function helpTopic(program: Command, argv: readonly string[]): boolean {
  if (argv[0] !== "help" || argv.length < 2) return false;
  const topic = argv[1] as string;
  const names = program.commands.map((c) => c.name());
  if (names.includes(topic)) return false;
  const near = closestTo(topic, names);
  throw new CommanderError(
    EXIT_USAGE,
    "nato.unknownHelpTopic",
    `Unknown help topic "${topic}".${near ? ` Did you mean "${near}"?` : ""} Expected one of ${names.join(", ")}`,
  );
}

async function main(rawArgv: readonly string[]): Promise<void> {
  const names = new Set(Object.keys(COMMANDS));
  const argv = hoistOptions(rawArgv, names);
  const program = buildProgram(loneCommand(argv));
  const command = commandNamed(program, argv);
  commandLabel = command ? `nato ${command}` : "nato";
  nameCommand(commandLabel);
  try {
    helpTopic(program, argv);
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      if (error.exitCode === 0) return;
      // `nato` alone: commander has printed the help on standard error; that is the whole answer.
      if (error.code === "commander.help") {
        process.exitCode = EXIT_USAGE;
        return;
      }
      const hint =
        error.code === "commander.unknownCommand" || error.code === "nato.unknownHelpTopic"
          ? error.code === "commander.unknownCommand"
            ? ` Expected one of ${program.commands.map((c) => c.name()).join(", ")}.`
            : "."
          : command
            ? ` See "nato ${command} --help".`
            : ` See "nato --help".`;
      fail(`${oneLine(error.message).replace(/\.$/, "")}.${hint}`.replace(/\.\.$/, "."), EXIT_USAGE, error);
    } else if (error instanceof RunFailure) {
      fail(oneLine(error.message), error.exitCode, error);
    } else if (isNatoError(error)) {
      fail(oneLine(error.message), error.code === "INVALID_DATASET" ? EXIT_FAILED : EXIT_USAGE, error);
    } else if (error instanceof RangeError && /call stack/i.test(error.message)) {
      fail(
        `the input is nested too deeply to handle (${error.message}).${debug ? "" : " Run with --debug for details."}`,
        EXIT_FAILED,
        error,
      );
    } else {
      const message = error instanceof Error ? error.message : String(error);
      fail(
        `unexpected error: ${oneLine(message)}${debug ? "" : " (run with --debug for details)"}`,
        EXIT_FAILED,
        error,
      );
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // main answers every error itself; this is only for a failure in that answer.
  fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, EXIT_FAILED, error);
});
