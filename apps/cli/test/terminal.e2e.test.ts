// At home in a terminal: tables fit the width (TERM=dumb's colour rule is in color.test.ts), and completions for bash, zsh and
// fish name the commands, options, rules and Ally codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, nato, width } from "./nato.js";

describe("tables fit the terminal", () => {
  for (const columns of ["60", "80", "120"]) {
    it(`at ${columns} columns no line is wider, and no word is split`, () => {
      for (const args of [
        ["allies"],
        ["check", "hague-core"],
        ["ally", "POL"],
        ["scenario"],
        ["gap", "3.5"],
      ]) {
        const run = nato(args, { env: { COLUMNS: columns } });
        expect(run.code).toBe(0);
        for (const line of run.stdout.split("\n")) {
          expect(width(line), `${args.join(" ")} at ${columns}: ${line}`).toBeLessThanOrEqual(
            Number(columns),
          );
        }
        // Names NATO uses stay whole on one line.
        if (args[0] === "allies") expect(run.stdout).toContain("United Kingdom");
      }
    });
  }

  it("help wraps to a 60-column terminal: no line wider, words whole", () => {
    for (const args of ["--help", "check --help", "allies --help", "validate --help"]) {
      const run = spawnSync(
        "script",
        ["-qec", `stty cols 60 rows 80; "${process.execPath}" "${BIN}" ${args}`, "/dev/null"],
        { encoding: "utf8" },
      );
      const lines = run.stdout.replaceAll("\r", "").split("\n");
      expect(lines.length, args).toBeGreaterThan(10);
      for (const line of lines) expect(width(line), `${args}: ${line}`).toBeLessThanOrEqual(60);
      // The edition's credit line stays readable: "e = estimate" is never split.
      if (args === "--help") expect(run.stdout.replace(/\s+/g, " ")).toContain("e = estimate.");
    }
  });

  it("lists ally's notes as bullets, each note's lines kept together", () => {
    const run = nato(["ally", "DEU"], { env: { COLUMNS: "60" } });
    const notes = run.stdout.split("\n").filter((l) => /^[-\s] \S/.test(l) && !/^\s*-{3,}/.test(l));
    expect(notes.some((l) => l.startsWith("- hague-core: above the line."))).toBe(true);
    expect(notes.some((l) => l.startsWith("- The straight line is this project's yardstick"))).toBe(true);
    for (const line of notes) expect(width(line)).toBeLessThanOrEqual(60);
  });

  it("keeps the verdicts on a narrow terminal and says which columns it left out", () => {
    const run = nato(["allies"], { env: { COLUMNS: "60" } });
    expect(run.stdout).toMatch(/Albania\s+2\.15%\u00a0e\s+meets\s+below/);
    expect(run.stdout.replace(/\s+/g, " ")).toContain("(Left out at 60 columns: Equipment, Spend.");
  });
});

describe("nato completion", () => {
  it("bash completes commands, Ally codes, rules and option values", () => {
    const script = nato(["completion", "bash"]).stdout;
    const dir = mkdtempSync(join(tmpdir(), "nato-completion-"));
    try {
      const file = join(dir, "nato.bash");
      writeFileSync(file, script);
      const ask = (words: string[]) =>
        spawnSync(
          "bash",
          [
            "-c",
            `source "${file}"; COMP_WORDS=(${words.map((w) => `"${w}"`).join(" ")}); COMP_CWORD=${words.length - 1}; _nato; echo "\${COMPREPLY[@]}"`,
          ],
          { encoding: "utf8" },
        ).stdout.trim();
      expect(ask(["nato", "al"])).toBe("allies ally");
      expect(ask(["nato", "ally", "PO"])).toBe("POL");
      expect(ask(["nato", "check", "hague"])).toBe("hague-core hague-total");
      expect(ask(["nato", "allies", "--format", ""])).toBe("table json csv");
      expect(ask(["nato", "export", "--o"])).toBe("--output");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("zsh and fish name the same commands, rules and codes", () => {
    const zsh = nato(["completion", "zsh"]).stdout;
    expect(zsh).toMatch(/^#compdef nato\n/);
    expect(zsh).toContain("bashcompinit");
    const fish = nato(["completion", "fish"]).stdout;
    expect(fish).toContain('complete -c nato -n __fish_use_subcommand -a "allies ally check');
    expect(fish).toContain('-n "__fish_seen_subcommand_from ally" -a "ALB BEL');
    expect(fish).toContain("two-percent equipment-20 hague-core hague-total");
  });

  it("an unknown shell is a usage error with a suggestion", () => {
    const run = nato(["completion", "bsh"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^nato completion: No completion for the shell "bsh"\. Did you mean "bash"\?/);
  });
});

describe("a pager for long tables on a terminal", () => {
  /** Runs nato on a pseudo-terminal of 20 rows, with PAGER writing what it is given to a file. */
  function onTerminal(args: string, pager: string | null) {
    const dir = mkdtempSync(join(tmpdir(), "nato-pager-"));
    const paged = join(dir, "paged.txt");
    const env = pager === null ? "" : `PAGER=${JSON.stringify(pager.replace("FILE", paged))} `;
    const run = spawnSync(
      "script",
      ["-qec", `stty rows 20 cols 100; ${env}"${process.execPath}" "${BIN}" ${args}`, "/dev/null"],
      { encoding: "utf8" },
    );
    let pagedText = "";
    try {
      pagedText = readFileSync(paged, "utf8");
    } catch {
      // Nothing went through the pager.
    }
    rmSync(dir, { recursive: true, force: true });
    return { screen: run.stdout, paged: pagedText };
  }

  it("sends a table taller than the terminal through PAGER", () => {
    const { screen, paged } = onTerminal("allies", "cat > FILE");
    expect(paged).toContain("Albania");
    expect(screen).not.toContain("Albania");
  });

  it("a PAGER that does not exist or cannot run: one line saying so, then the table printed directly", () => {
    const dir = mkdtempSync(join(tmpdir(), "nato-pager-"));
    const notExecutable = join(dir, "not-a-program");
    writeFileSync(notExecutable, "text\n", { mode: 0o644 });
    for (const [pager, why] of [
      ["no-such-pager-here", "was not found"],
      [notExecutable, "cannot be run"],
    ] as const) {
      const { screen, paged } = onTerminal("allies", pager);
      expect(paged).toBe("");
      const lines = screen.replaceAll("\r", "").split("\n");
      expect(lines[0]).toBe(`nato allies: the pager "${pager}" ${why} (PAGER); printed without it.`);
      expect(screen).not.toMatch(/sh: |not found\n/);
      expect(screen).toContain("Albania");
      expect(screen).toContain("Source: NATO");
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints directly with --no-pager, with an empty PAGER, and for JSON", () => {
    for (const [args, pager] of [
      ["allies --no-pager", "cat > FILE"],
      ["allies", ""],
      ["allies --format json", "cat > FILE"],
    ] as const) {
      const { screen, paged } = onTerminal(args, pager);
      expect(paged, args).toBe("");
      expect(screen, args).toContain("Albania");
    }
  });
});
