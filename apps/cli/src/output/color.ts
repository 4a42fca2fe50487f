import type { RuleStatus } from "@nato/core";

/** How a piece of text is shown: the same meanings as on the site. */
export type Tone = "meets" | "below" | "muted" | "bold" | "plain";

const CODES: Readonly<Record<Exclude<Tone, "plain">, readonly [string, string]>> = {
  meets: ["\u001b[32m", "\u001b[39m"],
  // A warm orange-red where the terminal has 256 colours; plain red is the fallback of terminals without.
  below: ["\u001b[38;5;202m", "\u001b[39m"],
  muted: ["\u001b[90m", "\u001b[39m"],
  bold: ["\u001b[1m", "\u001b[22m"],
};

export interface ColorInputs {
  /** `false` after `--no-color`. */
  readonly flag: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
}

/**
 * Whether to colour: never after `--no-color` or with `NO_COLOR` set (https://no-color.org), always with
 * `FORCE_COLOR` set to anything but 0, otherwise only when standard output is a terminal that is not
 * `TERM=dumb`.
 */
export function colorEnabled({ flag, env, isTTY }: ColorInputs): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0";
  // A terminal that says it understands no escape codes gets none.
  if (env.TERM === "dumb") return false;
  return isTTY;
}

/** Wraps `text` in the escape codes of `tone` when colour is on. */
export function paint(text: string, tone: Tone, enabled: boolean): string {
  if (!enabled || tone === "plain" || text === "") return text;
  const [open, close] = CODES[tone];
  return `${open}${text}${close}`;
}

/** The tone of a rule verdict. */
export function statusTone(status: RuleStatus): Tone {
  return status === "met" ? "meets" : status === "below" ? "below" : "muted";
}

/** Removes colour codes, for measuring and testing. */
export function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape codes is the point.
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}
