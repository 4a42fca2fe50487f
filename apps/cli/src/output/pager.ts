import { escapeControls } from "./escape.js";
import { stderrStream, stdoutIsTerminal, stdoutStream, terminalSize } from "./stdout.js";

/**
 * Whether an answer should go through a pager: only on a terminal, only when it is taller than the
 * terminal, never with `--no-pager` or an empty `PAGER`, and never for JSON or CSV (`table` output only).
 */
export function shouldPage(text: string, argv: readonly string[] = process.argv): boolean {
  if (!stdoutIsTerminal()) return false;
  if (argv.includes("--no-pager")) return false;
  if (process.env.PAGER !== undefined && process.env.PAGER.trim() === "") return false;
  const rows = terminalSize().rows ?? 24;
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return lines >= rows;
}

/**
 * Shows `text` through `PAGER` (default `less -FRX`: quits at once if it fits, keeps colours, leaves the
 * text on the screen). If the pager cannot start (not found, not executable), one line says so and the
 * text goes to standard output as it would have.
 */
export async function page(text: string, label = "nato"): Promise<void> {
  // Loaded here, not at start-up; getBuiltinModule rather than import(), which Node 20 cannot run from the
  // launcher's code cache (bin/nato.cjs).
  const { spawn } = process.getBuiltinModule("node:child_process");
  const command = process.env.PAGER ?? "less -FRX";
  await new Promise<void>((done) => {
    const child = spawn(command, { shell: true, stdio: ["pipe", "inherit", "pipe"] });
    // The pager's own messages are passed on when it ends; the shell's "not found" is replaced by one line.
    const said: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => said.push(chunk));
    let fellBack = false;
    const fallBack = (why: string) => {
      if (fellBack) return;
      fellBack = true;
      stderrStream().write(
        `${label}: the pager "${escapeControls(command)}" ${why} (PAGER); printed without it.\n`,
      );
      stdoutStream().write(text);
    };
    child.on("error", (error: NodeJS.ErrnoException) => {
      fallBack(`could not start: ${error.code ?? error.message}`);
      done();
    });
    // The reader quitting early (q in less) closes the pipe: that is not an error.
    child.stdin.on("error", () => {});
    child.on("close", (code) => {
      // 127: the shell found no such pager; 126: it is not executable.
      if (code === 127) fallBack("was not found");
      else if (code === 126) fallBack("cannot be run");
      else if (said.length > 0) stderrStream().write(Buffer.concat(said));
      done();
    });
    child.stdin.end(text);
  });
}
