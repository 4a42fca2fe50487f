import { ALLIES, EDITION_IDS, METRIC_INFO, METRICS, RULES } from "@nato/core";
import type { Command } from "commander";
import { print, usageError } from "../context.js";
import { withExamples } from "../options.js";
import { closestTo } from "../output/suggest.js";
import { SORT_KEYS } from "./allies.js";

const SHELLS = ["bash", "zsh", "fish"] as const;

interface Spec {
  readonly commands: readonly string[];
  /** Each command's long options and what its first argument completes to. */
  readonly byCommand: Readonly<Record<string, { options: string[]; words: string[] }>>;
  readonly values: Readonly<Record<string, readonly string[]>>;
}

/** What to complete, read from the program itself, so the completions never drift from the commands. */
function specOf(program: Command): Spec {
  const allyCodes = ALLIES.map((a) => a.code);
  const commands = program.commands.map((c) => c.name()).filter((n) => n !== "help");
  const words: Record<string, string[]> = {
    ally: allyCodes,
    project: allyCodes,
    revisions: allyCodes,
    check: Object.keys(RULES),
    schema: commands.filter((n) => n !== "schema" && n !== "completion"),
    completion: [...SHELLS],
  };
  const byCommand: Record<string, { options: string[]; words: string[] }> = {};
  for (const c of program.commands) {
    if (c.name() === "help") continue;
    const options = c.options.map((o) => o.long).filter((l): l is string => typeof l === "string");
    byCommand[c.name()] = { options: [...options, "--help"], words: words[c.name()] ?? [] };
  }
  return {
    commands,
    byCommand,
    values: {
      "--format": ["table", "json", "csv"],
      "--edition": [...EDITION_IDS, "all"],
      "--sort": [...SORT_KEYS],
      "--prices": ["current", "constant-2021"],
      "--metric": METRICS.map((m) => METRIC_INFO[m].slug),
    },
  };
}

function bash(spec: Spec): string {
  const cases = Object.entries(spec.byCommand)
    .map(([name, { options, words }]) => `    ${name}) words="${[...options, ...words].join(" ")}" ;;`)
    .join("\n");
  const values = Object.entries(spec.values)
    .map(
      ([option, list]) => `    ${option}) COMPREPLY=($(compgen -W "${list.join(" ")}" -- "$cur")); return ;;`,
    )
    .join("\n");
  return `# nato completion for bash: eval "$(nato completion bash)", or save it in
# ~/.local/share/bash-completion/completions/nato
_nato() {
  local cur prev cmd words
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${spec.commands.join(" ")} help --help --version --no-color --no-pager --debug" -- "$cur"))
    return
  fi
  case "$prev" in
${values}
  esac
  cmd="\${COMP_WORDS[1]}"
  case "$cmd" in
${cases}
    help) words="${spec.commands.join(" ")}" ;;
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _nato nato
`;
}

function zsh(spec: Spec): string {
  return `#compdef nato
# nato completion for zsh: eval "$(nato completion zsh)", or save it as _nato in a folder of $fpath
autoload -U +X bashcompinit && bashcompinit
${bash(spec).split("\n").slice(2).join("\n")}`;
}

function fish(spec: Spec): string {
  const lines = [
    "# nato completion for fish: nato completion fish > ~/.config/fish/completions/nato.fish",
    "complete -c nato -f",
    `complete -c nato -n __fish_use_subcommand -a "${spec.commands.join(" ")} help"`,
    "complete -c nato -l no-color -d 'no colours'",
    "complete -c nato -l no-pager -d 'never page long tables'",
    "complete -c nato -l debug -d 'stack trace with an error'",
  ];
  for (const [name, { options, words }] of Object.entries(spec.byCommand)) {
    const when = `-n "__fish_seen_subcommand_from ${name}"`;
    if (words.length > 0) lines.push(`complete -c nato ${when} -a "${words.join(" ")}"`);
    for (const option of options) {
      const long = option.replace(/^--/, "");
      const values = spec.values[option];
      lines.push(`complete -c nato ${when} -l ${long}${values ? ` -x -a "${values.join(" ")}"` : ""}`);
    }
  }
  lines.push(`complete -c nato -n "__fish_seen_subcommand_from validate" -F`);
  return `${lines.join("\n")}\n`;
}

export function registerCompletion(program: Command): void {
  const command = program
    .command("completion")
    .description("a shell completion script for commands, options, rules and Ally codes: bash, zsh or fish")
    .argument("<shell>", SHELLS.join(", "))
    .action((shell: string) => {
      if (!(SHELLS as readonly string[]).includes(shell)) {
        const near = closestTo(shell, SHELLS);
        throw usageError(
          `No completion for the shell "${shell}".${near ? ` Did you mean "${near}"?` : ""} Expected one of ${SHELLS.join(", ")}.`,
          SHELLS.join(" | "),
          shell,
        );
      }
      const spec = specOf(program);
      print(shell === "bash" ? bash(spec) : shell === "zsh" ? zsh(spec) : fish(spec));
    });
  withExamples(command, [
    'eval "$(nato completion bash)"',
    "nato completion fish > ~/.config/fish/completions/nato.fish",
  ]);
}
