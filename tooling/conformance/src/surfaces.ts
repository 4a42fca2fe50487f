// How a question is put to each surface: the library is imported; the CLI runs as a process and answers in
// JSON; the site is fetched over HTTP and read from its HTML. Answers are cached per run.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type HTMLElement, parse } from "node-html-parser";
import { inject } from "vitest";

const nato = fileURLToPath(new URL("../../../apps/cli/bin/nato.cjs", import.meta.url));
const cliAnswers = new Map<string, unknown>();
const pages = new Map<string, Promise<HTMLElement>>();

/** The CLI's JSON answer to `nato <args> --format json`. */
export function cli<T = Record<string, unknown>>(...args: string[]): T {
  const key = args.join("\u0000");
  if (!cliAnswers.has(key)) {
    const out = execFileSync(process.execPath, [nato, ...args, "--format", "json"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    cliAnswers.set(key, JSON.parse(out));
  }
  return cliAnswers.get(key) as T;
}

/** The site's page at `path`, parsed (scripts and styles dropped). Fails on any answer but 200. */
export function page(path: string): Promise<HTMLElement> {
  let found = pages.get(path);
  if (!found) {
    found = (async () => {
      const url = `${inject("siteUrl")}${path}`;
      // A GET may be sent again once when the server closed a kept-alive connection as it was reused,
      // as browsers do.
      const response = await fetch(url).catch(() => fetch(url));
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
      const root = parse(await response.text(), { blockTextElements: { script: false, style: false } });
      return root;
    })();
    pages.set(path, found);
  }
  return found;
}

/**
 * An element's text as a reader sees it, without the estimate mark (the site marks estimates with a
 * separate element titled "estimate"): entities decoded, spaces collapsed.
 */
export function textOf(element: HTMLElement | null | undefined): string {
  if (!element) return "";
  const copy = parse(element.outerHTML);
  for (const mark of copy.querySelectorAll('[title="estimate"], .e, .estimate-mark')) mark.remove();
  return copy.textContent.replace(/\s+/g, " ").trim();
}

const SCALE: Record<string, number> = { "": 1, m: 1, bn: 1_000, tn: 1_000_000, k: 1 };

/**
 * The first number shown in `text` ("$44.2 bn", "−0.81 pp", "57.1%"), in the unit of the figure (millions
 * for money), with how many decimals were shown, so that an answer is compared at the precision displayed.
 */
export function shown(text: string): { value: number; step: number } {
  const match = /([-−+]?)\$?\s?(\d[\d,]*(?:\.(\d+))?)\s?(tn|bn|m|k)?\b/.exec(text);
  if (!match) throw new Error(`No figure in "${text}"`);
  const [, sign, digits, decimals = "", unit = ""] = match;
  const scale = SCALE[unit] ?? 1;
  const value = Number((digits ?? "").replace(/,/g, "")) * scale * (sign === "-" || sign === "−" ? -1 : 1);
  return { value, step: 10 ** -decimals.length * scale };
}
