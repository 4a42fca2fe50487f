/**
 * Whether an answer should go through a pager: only on a terminal, only when it is taller than the
 * terminal, never with `--no-pager` or an empty `PAGER`, and never for JSON or CSV (`table` output only).
 */
export function shouldPage(text: string, argv: readonly string[] = process.argv): boolean {
  if (process.stdout.isTTY !== true) return false;
  if (argv.includes("--no-pager")) return false;
  if (process.env.PAGER !== undefined && process.env.PAGER.trim() === "") return false;
  const rows = process.stdout.rows ?? 24;
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return lines >= rows;
}

/**
 * Shows `text` through `PAGER` (default `less -FRX`: quits at once if it fits, keeps colours, leaves the
 * text on the screen). If the pager cannot start, the text goes to standard output as it would have.
 */
export async function page(text: string): Promise<void> {
  const { spawn } = await import("node:child_process");
  const command = process.env.PAGER ?? "less -FRX";
  await new Promise<void>((done) => {
    const child = spawn(command, { shell: true, stdio: ["pipe", "inherit", "inherit"] });
    let fellBack = false;
    const fallBack = () => {
      if (fellBack) return;
      fellBack = true;
      process.stdout.write(text);
    };
    child.on("error", () => {
      fallBack();
      done();
    });
    // The reader quitting early (q in less) closes the pipe: that is not an error.
    child.stdin.on("error", () => {});
    child.on("close", (code) => {
      // 127: the shell found no such pager.
      if (code === 127) fallBack();
      done();
    });
    child.stdin.end(text);
  });
}
