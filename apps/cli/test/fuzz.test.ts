// Fuzzing of the built binary's argument vector and of the files `nato validate` reads. The commands and
// flags come from the binary's own help, so a new command or option is fuzzed as soon as it exists; to
// them are added invented flags and hostile values: NaN, Infinity, negatives, huge numbers, strings that
// look like numbers, empty strings, unicode. The property, for every argument vector: either exit 0 with
// output that parses (JSON under --format json, rectangular CSV under --format csv) and holds no "NaN",
// "undefined" or "Infinity", or exit 1 or 2 with exactly one line on standard error naming the problem,
// and never a stack trace, an "unexpected error", a hang or a crash.
//
// How much: 220 argument vectors and 60 mutated files by default, what CI runs (about a minute on two
// cores, two processes at a time). FUZZ_RUNS=n runs n vectors and n * 60 / 220 files instead, for a
// longer run before a release (`FUZZ_RUNS=5000 pnpm --filter @nato/cli exec vitest run test/fuzz.test.ts`);
// a failure prints fast-check's seed and path, and FUZZ_SEED=<seed> FUZZ_PATH=<path> replays it.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, nato, parseCsv } from "./nato.js";

interface Outcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

const HANG_MS = 15_000;

/** Argument vectors to try: FUZZ_RUNS, or 220. */
const ARGV_RUNS = positiveInteger("FUZZ_RUNS") ?? 220;
/** Mutated files to validate, in the default proportion of 60 to 220 vectors. */
const FILE_RUNS = Math.max(1, Math.round((ARGV_RUNS * 60) / 220));
/** Processes run at once: the machine's cores are busy while a test waits for one process. */
const AT_ONCE = 2;
/** Replaying a reported failure: FUZZ_SEED and FUZZ_PATH, as fast-check printed them. */
const REPLAY: { seed?: number; path?: string; endOnFailure?: boolean } =
  process.env.FUZZ_SEED === undefined
    ? {}
    : {
        seed: Number(process.env.FUZZ_SEED),
        ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH, endOnFailure: true } : {}),
      };

function positiveInteger(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === "") return undefined;
  if (!/^[1-9]\d*$/.test(text))
    throw new Error(`${name}=${text}: expected a whole number of runs, 1 or more`);
  return Number(text);
}

/**
 * Time for `runs` property runs of AT_ONCE processes each. A bound for the whole run, not the hang check
 * (HANG_MS per process): on an idle two-core machine a run takes about a third of a second, on a machine
 * shared with other work several seconds.
 */
function timeFor(runs: number): number {
  return Math.max(300_000, runs * 5_000);
}

/** Runs `nato <args>` like `nato()` in ./nato.ts, but asynchronously and killed after HANG_MS. */
function run(args: readonly string[]): Promise<Outcome> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== "NO_COLOR" && key !== "FORCE_COLOR") env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.end();
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, HANG_MS);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// What the binary says it accepts, read from its help.

interface OptionSpec {
  readonly short?: string;
  readonly long: string;
  readonly takesValue: boolean;
  readonly choices: readonly string[];
}

function commandsOf(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? "";
  return [...section.matchAll(/^ {2}([a-z][\w-]*)\b/gm)]
    .map((m) => m[1] as string)
    .filter((c) => c !== "help");
}

// `schema` and `completion` print fixed texts about the other commands; the fuzz drives the ten
// commands that answer questions about the figures.
const UTILITY_COMMANDS = ["schema", "completion"];

function optionsOf(help: string): OptionSpec[] {
  const section = (help.split(/^Options:$/m)[1] ?? "").split(/\n\n/)[0] ?? "";
  // One entry per option, its description joined across wrapped lines.
  const entries = section.split(/\n(?= {2}-)/).map((e) => e.replace(/\s+/g, " ").trim());
  return entries.flatMap((entry) => {
    const m = /^(?:(-\w), )?(--[\w-]+)(?: <[\w-]+>)?/.exec(entry);
    if (!m) return [];
    const choices = /\(choices: ([^)]*)\)/.exec(entry)?.[1] ?? "";
    return [
      {
        ...(m[1] ? { short: m[1] } : {}),
        long: m[2] as string,
        takesValue: /^(?:-\w, )?--[\w-]+ </.test(entry),
        choices: [...choices.matchAll(/"([^"]*)"/g)].map((c) => c[1] as string),
      },
    ];
  });
}

let COMMANDS: string[] = [];
let ALL_COMMANDS: string[] = [];
let OPTIONS: Record<string, OptionSpec[]> = {};
let scratch = "";
let FILES: string[] = [];
let exportCsv = "";
let exportJson = "";

// Thirteen runs of the binary, AT_ONCE at a time: on a busy machine they take longer than a hook's default 10 s.
beforeAll(async () => {
  const help = nato(["--help"]);
  ALL_COMMANDS = commandsOf(help.stdout);
  COMMANDS = ALL_COMMANDS.filter((c) => !UTILITY_COMMANDS.includes(c));
  OPTIONS = { "": optionsOf(help.stdout) };
  const runs = [
    ...COMMANDS.map((command) => [command, "--help"]),
    ["export", "--format", "csv"],
    ["export", "--format", "json"],
  ];
  const outs: string[] = [];
  for (let i = 0; i < runs.length; i += AT_ONCE) {
    const slice = runs.slice(i, i + AT_ONCE);
    outs.push(
      ...(await Promise.all(slice.map((args) => run(args)))).map((out, j) => {
        if (out.code !== 0)
          throw new Error(`nato ${(slice[j] as string[]).join(" ")} exited ${out.code}: ${out.stderr}`);
        return out.stdout;
      }),
    );
  }
  COMMANDS.forEach((command, i) => {
    OPTIONS[command] = optionsOf(outs[i] as string);
  });

  scratch = mkdtempSync(join(tmpdir(), "nato-fuzz-"));
  exportCsv = outs[COMMANDS.length] as string;
  exportJson = outs[COMMANDS.length + 1] as string;
  const file = (name: string, text: string | Buffer) => {
    writeFileSync(join(scratch, name), text);
    return join(scratch, name);
  };
  mkdirSync(join(scratch, "folder"));
  FILES = [
    file("export.csv", exportCsv),
    file("export.json", exportJson),
    file("empty.csv", ""),
    file("bom-crlf.csv", `\uFEFF${exportCsv.replace(/\n/g, "\r\n")}`),
    file("binary.dat", Buffer.from([0, 255, 1, 254, 10, 13, 0x1b, 0x5b])),
    file("header-only.csv", `${exportCsv.split("\n")[0]}\n`),
    file("not-json.json", "{ observations: [ "),
    join(scratch, "folder"),
    join(scratch, "does-not-exist.csv"),
    "-",
  ];
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

it("reads ten commands and their options from the binary's help", () => {
  // The commands of PRODUCT.md, "The CLI", plus `revisions`.
  expect(COMMANDS).toEqual([
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
  ]);
  expect(ALL_COMMANDS).toEqual([...COMMANDS, ...UTILITY_COMMANDS]);
  expect(OPTIONS.export?.map((o) => o.long)).toEqual(["--edition", "--format", "--output", "--help"]);
  expect(OPTIONS.export?.find((o) => o.long === "--format")?.choices).toEqual(["csv", "json", "table"]);
});

// ---------------------------------------------------------------------------------------------------
// Hostile values.

const NUMBER_LIKE = [
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "+Infinity",
  "-0",
  "0",
  "1e308",
  "-1e308",
  "1e-320",
  "9007199254740993",
  "0x10",
  "0b11",
  "0o7",
  "1_000",
  "3,5",
  "3.5%",
  "3.5%",
  " 3.5 ",
  "3.5.1",
  ".5",
  "5.",
  "+2",
  "2e1",
  "2035.0",
  "2035.5",
  "１２",
  "٣٫٥",
  "2\u00a0035",
  "",
  " ",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
];
const DOMAIN_WORDS = [
  "POL",
  "pl",
  "Poland",
  "poland",
  "DEU",
  "de",
  "Türkiye",
  "turkey",
  "ISL",
  "Iceland",
  "USA",
  "NATO",
  "NATO_EU_CA",
  "XXX",
  "all",
  "2026",
  "2025",
  "2024",
  "2014",
  "2013",
  "2035",
  "2100",
  "2101",
  "json",
  "csv",
  "table",
  "JSON",
  "xml",
  "two-percent",
  "equipment-20",
  "hague-core",
  "hague-total",
  "share",
  "per-capita",
  "current",
  "constant-2021",
];

const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_LIKE) },
  { weight: 3, arbitrary: fc.constantFrom(...DOMAIN_WORDS) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.integer({ min: -5000, max: 5000 }).map(String) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 120, noNaN: true }).map((n) => n.toFixed(2)) },
  // Arbitrary text, unicode included; a NUL byte cannot be passed in an argument vector at all.
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }).map((s) => s.replace(/\0/g, "")) },
);

const INVENTED_FLAGS = [
  "--years",
  "--target",
  "--foo",
  "-x",
  "--format-json",
  "--edition-all",
  "--",
  "-",
  "--debugx",
];

interface Flag {
  readonly tokens: string[];
}

/** One flag of `command` as the user might type it: real or invented, `--f v`, `--f=v` or `-f v`. */
function flagOf(command: string): fc.Arbitrary<Flag> {
  const real = (OPTIONS[command] ?? []).filter((o) => o.long !== "--output" && o.long !== "--debug");
  const realFlag = fc.constantFrom(...real).chain((option): fc.Arbitrary<Flag> => {
    if (!option.takesValue) return fc.constant<Flag>({ tokens: [option.long] });
    const values = option.choices.length > 0 ? fc.oneof(fc.constantFrom(...option.choices), value) : value;
    return fc.tuple(values, fc.constantFrom("long", "equals", "short")).map(([v, form]) => {
      if (form === "equals") return { tokens: [`${option.long}=${v}`] };
      if (form === "short" && option.short) return { tokens: [option.short, v] };
      return { tokens: [option.long, v] };
    });
  });
  const invented = fc
    .tuple(fc.constantFrom(...INVENTED_FLAGS), fc.option(value, { nil: undefined }))
    .map(([f, v]): Flag => ({ tokens: v === undefined ? [f] : [f, v] }));
  // `-o` only ever into the scratch folder (or a folder of it that does not exist): the fuzz writes no
  // file anywhere else.
  const output = (OPTIONS[command] ?? []).some((o) => o.long === "--output")
    ? [
        fc
          .tuple(
            fc.constantFrom("out.csv", "out.json", "missing/out.csv", "folder", ""),
            fc.constantFrom("-o", "--output"),
          )
          .map(([name, flag]) => ({ tokens: [flag, name === "" ? "" : join(scratch, name)] })),
      ]
    : [];
  return fc.oneof(
    { weight: 6, arbitrary: real.length > 0 ? realFlag : invented },
    { weight: 1, arbitrary: invented },
    ...output.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
}

/** A whole argument vector: a real command (now and then an invented one or none), positionals, flags. */
function argv(): fc.Arbitrary<string[]> {
  const command = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...COMMANDS) },
    { weight: 1, arbitrary: fc.constantFrom("", "alies", "ALLIES", "help", "--help", "-V", "exprot") },
  );
  return command.chain((name) => {
    const positional =
      name === "validate"
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FILES) }, { weight: 1, arbitrary: value })
        : value;
    return fc
      .tuple(
        fc.array(positional, { minLength: 0, maxLength: 2 }),
        fc.array(flagOf(COMMANDS.includes(name) ? name : ""), { minLength: 0, maxLength: 4 }),
        fc.boolean(),
      )
      .map(([positionals, flags, flagsFirst]) => {
        const flagTokens = flags.flatMap((f) => f.tokens);
        const rest = flagsFirst ? [...flagTokens, ...positionals] : [...positionals, ...flagTokens];
        return name === "" ? rest : [name, ...rest];
      });
  });
}

// ---------------------------------------------------------------------------------------------------
// The property.

/** The format the command line asks for: the last --format/-f given, as commander reads it. */
function formatAsked(args: readonly string[]): string | undefined {
  let format: string | undefined;
  args.forEach((arg, i) => {
    if ((arg === "--format" || arg === "-f") && i + 1 < args.length) format = args[i + 1];
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
  });
  return format;
}

/** The problems with one run, empty when it behaved. */
function problems(args: readonly string[], out: Outcome): string[] {
  const found: string[] = [];
  if (out.timedOut) return [`no answer within ${HANG_MS / 1000} s (a hang)`];
  if (out.code === null) return [`killed by ${out.signal}`];
  // What the user typed may come back in a message; only what the program made up counts.
  let said = `${out.stdout}\n${out.stderr}`;
  const typed = args.flatMap((a) => (/^--[\w-]+=/.test(a) ? [a, a.slice(a.indexOf("=") + 1)] : [a]));
  for (const arg of typed.sort((a, b) => b.length - a.length))
    if (arg.length > 0) said = said.split(arg).join("");
  for (const word of ["NaN", "undefined", "Infinity", "[object Object]"]) {
    if (new RegExp(`(^|[^A-Za-z])${word.replace(/[[\]]/g, "\\$&")}($|[^A-Za-z])`).test(said))
      found.push(`prints "${word}"`);
  }
  const frame = /^\s+at .+:\d+:\d+\)?$/m;
  if (frame.test(out.stderr) || frame.test(out.stdout)) found.push("prints a stack trace");
  if (/\b(Type|Range|Reference|Syntax)Error\b/.test(out.stderr)) found.push("leaks a JavaScript error name");
  if (/unexpected error/i.test(out.stderr)) found.push("fails with an unexpected error");

  const helpOrVersion = args.some((a) => ["-h", "--help", "-V", "--version", "help"].includes(a));
  if (out.code === 0) {
    const format = formatAsked(args);
    if (!helpOrVersion && out.stdout.length > 0 && format === "json") {
      try {
        JSON.parse(out.stdout);
      } catch (error) {
        found.push(`--format json printed text that is not JSON (${(error as Error).message})`);
      }
    }
    if (!helpOrVersion && out.stdout.length > 0 && format === "csv") {
      const rows = parseCsv(out.stdout);
      const widths = new Set(rows.map((r) => r.length));
      if (widths.size !== 1) found.push(`--format csv printed rows of ${[...widths].join(", ")} cells`);
    }
  } else if (
    (out.code === 1 || out.code === 2) &&
    !args.some((a) => COMMANDS.includes(a)) &&
    /^Usage: nato /.test(out.stderr)
  ) {
    // `nato` with no command answers with its usage, as git and npm do: that is the clear message here.
  } else if (out.code === 1 || out.code === 2) {
    const lines = out.stderr.trimEnd().split("\n");
    if (out.stderr.trim() === "") found.push(`exit ${out.code} with nothing on standard error`);
    else if (lines.length !== 1) found.push(`exit ${out.code} with ${lines.length} lines on standard error`);
    else if (!/^nato( [a-z-]+)?: \S/.test(lines[0] as string))
      found.push(`the error line does not start "nato: ...": ${lines[0]}`);
  } else {
    found.push(`exit code ${out.code}: expected 0, 1 or 2`);
  }
  return found;
}

const counts = { argv: 0, files: 0, exit: { 0: 0, 1: 0, 2: 0 } as Record<number, number> };

afterAll(() => {
  // The figures the hardening report quotes.
  const exits = Object.entries(counts.exit)
    .map(([code, n]) => `exit ${code}: ${n}`)
    .join(", ");
  console.log(
    `CLI fuzz: ${counts.argv} argument vectors and ${counts.files} mutated files ran through the built binary (${exits}).`,
  );
});

describe("nato, given arbitrary argument vectors", () => {
  it(
    "exits 0 with clean, parseable output, or 1/2 with one clear line; never a trace, a NaN or a hang",
    async () => {
      const runs = Math.ceil(ARGV_RUNS / AT_ONCE);
      await fc.assert(
        // AT_ONCE vectors per run, run side by side; a failure shrinks to the vector that failed.
        fc.asyncProperty(fc.array(argv(), { minLength: AT_ONCE, maxLength: AT_ONCE }), async (batch) => {
          const outs = await Promise.all(batch.map((args) => run(args)));
          batch.forEach((args, i) => {
            const out = outs[i] as Outcome;
            counts.argv++;
            if (out.code !== null) counts.exit[out.code] = (counts.exit[out.code] ?? 0) + 1;
            const found = problems(args, out);
            if (found.length > 0) {
              throw new Error(
                `nato ${JSON.stringify(args)}: ${found.join("; ")}\nexit ${out.code}\nstderr: ${out.stderr.slice(0, 800)}\nstdout: ${out.stdout.slice(0, 400)}`,
              );
            }
          });
          // -o writes whole files or none: no temporary file is ever left behind.
          const leftovers = readdirSync(scratch).filter((f) => f.endsWith(".tmp"));
          if (leftovers.length > 0)
            throw new Error(
              `${batch.map((args) => `nato ${JSON.stringify(args)}`).join(" and ")} left ${leftovers.join(", ")}`,
            );
        }),
        { numRuns: runs, ...REPLAY },
      );
    },
    timeFor(Math.ceil(ARGV_RUNS / AT_ONCE)),
  );
});

// ---------------------------------------------------------------------------------------------------
// `nato validate` on mutated copies of a real export.

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Replace one cell of one row with a hostile value.
  fc.tuple(fc.nat(), fc.nat(), value).map(
    ([r, c, v]): Mutation =>
      (text) => {
        const lines = text.split("\n");
        const row = 1 + (r % Math.max(1, lines.length - 2));
        const cells = (lines[row] ?? "").split(",");
        cells[c % Math.max(1, cells.length)] =
          v.includes(",") || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v;
        lines[row] = cells.join(",");
        return lines.join("\n");
      },
  ),
  // Duplicate, drop or truncate rows.
  fc.nat().map(
    (r): Mutation =>
      (text) => {
        const lines = text.split("\n");
        const row = 1 + (r % Math.max(1, lines.length - 2));
        return [...lines.slice(0, row + 1), lines[row] ?? "", ...lines.slice(row + 1)].join("\n");
      },
  ),
  fc.nat().map(
    (n): Mutation =>
      (text) =>
        text.slice(0, n % text.length),
  ),
  // Drop or add a column in the header only, or everywhere.
  fc.nat().map(
    (c): Mutation =>
      (text) => {
        const lines = text.split("\n");
        const header = (lines[0] ?? "").split(",");
        header.splice(c % header.length, 1);
        lines[0] = header.join(",");
        return lines.join("\n");
      },
  ),
  fc.constant<Mutation>((text) =>
    text
      .split("\n")
      .map((l, i) => (l === "" ? l : `${l},${i === 0 ? "extra" : "x"}`))
      .join("\n"),
  ),
  // Encodings and line ends.
  fc.constant<Mutation>((text) => `\uFEFF${text}`),
  fc.constant<Mutation>((text) => text.replace(/\n/g, "\r\n")),
  fc.constant<Mutation>((text) => text.replace(/,/g, ";")),
  // Arbitrary bytes spliced in.
  fc.tuple(fc.nat(), fc.string({ unit: "binary", maxLength: 20 })).map(
    ([at, junk]): Mutation =>
      (text) =>
        text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1)),
  ),
);

describe("nato validate, given mutated copies of its own export", () => {
  it(
    "says valid (exit 0) or lists the problems (exit 1, one line on standard error)",
    async () => {
      await fc.assert(
        // AT_ONCE files per run, validated side by side.
        fc.asyncProperty(
          fc.array(
            fc.tuple(
              fc.constantFrom("csv", "json"),
              fc.array(mutation, { minLength: 1, maxLength: 3 }),
              fc.constantFrom("table", "json"),
            ),
            { minLength: AT_ONCE, maxLength: AT_ONCE },
          ),
          async (batch) => {
            await Promise.all(
              batch.map(([kind, mutations, format]) => validateMutated(kind, mutations, format)),
            );
          },
        ),
        { numRuns: Math.ceil(FILE_RUNS / AT_ONCE), ...REPLAY },
      );
    },
    timeFor(Math.ceil(FILE_RUNS / AT_ONCE)),
  );
});

/** Validates one mutated copy of the export and throws with what went wrong. */
let mutatedFiles = 0;

async function validateMutated(kind: string, mutations: Mutation[], format: string): Promise<void> {
  counts.files++;
  const original = kind === "csv" ? exportCsv : exportJson;
  const text = mutations.reduce((t, m) => m(t), original);
  const path = join(scratch, `mutated-${mutatedFiles++}.${kind}`);
  writeFileSync(path, text);
  const args = ["validate", path, "--format", format];
  const out = await run(args);
  if (out.code !== null) counts.exit[out.code] = (counts.exit[out.code] ?? 0) + 1;
  // The file's own text comes back quoted in the problems ("found \"NaN\""): only what the program
  // made up counts, as with typed arguments.
  const quotedBack = (said: string) =>
    said
      .replace(/found\s+"(?:[^"\\]|\\.)*"/g, 'found "…"')
      .replace(/found\s+\\"(?:[^\\]|\\[^"])*\\"/g, 'found \\"…\\"')
      .replace(/"(received|found)":\s*"(?:[^"\\]|\\.)*"/g, '"$1": "…"')
      .replace(/"path":\s*\[[^\]]*\]/g, '"path": […]');
  const found = problems(args, {
    ...out,
    stdout: quotedBack(out.stdout),
    stderr: quotedBack(out.stderr),
  });
  if (out.code === 2) found.push("a file's content is not a usage mistake: expected exit 0 or 1");
  if (out.code === 0 && format === "json" && JSON.parse(out.stdout).valid !== true)
    found.push("exit 0 but not valid");
  if (out.code === 1 && format === "json" && JSON.parse(out.stdout).valid !== false)
    found.push("exit 1 but valid");
  if (out.code === 1 && format === "table" && !/problem/.test(out.stdout))
    found.push("exit 1 without the problems");
  rmSync(path);
  if (found.length > 0) {
    throw new Error(
      `${found.join("; ")}\nexit ${out.code}\nstderr: ${out.stderr}\nstdout: ${out.stdout.slice(0, 600)}`,
    );
  }
}
