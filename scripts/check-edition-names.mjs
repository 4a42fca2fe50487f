#!/usr/bin/env node
// Keeps the apps' source free of edition names: the CLI and the site ask @nato/core's registry for the
// latest edition (getEdition(), getDataset()) or list its editions (EDITION_IDS), so that adding NATO's
// next edition touches core alone. Tests may pin an edition; they are not checked.
//
//   node scripts/check-edition-names.mjs        exit 1, naming file:line, when app source names an edition
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const DIRS = ["apps/cli/src", "apps/web/app", "apps/web/components", "apps/web/lib"];
const SKIP = /(\.test\.|\.spec\.|\.test-d\.|\/test\/|\/e2e\/)/;

/** What names an edition, and why it is refused. */
/** @type {ReadonlyArray<readonly [RegExp, string]>} */
export const RULES = [
  [/\bdataset20\d\d(_\d\d)?\b/, "a per-edition dataset function: use getDataset() or getDataset(id)"],
  [/\bEDITION_20\d\d(_\d\d)?\b/, "a per-edition constant: use getEdition()"],
  [/\bEDITIONS\[\s*["'`]/, "an edition looked up by a literal id: use getEdition() or EDITION_IDS"],
  [/["'`]20\d\d-(0[1-9]|1[0-2])["'`]/, "an edition id in a string: ask the registry"],
  [/\b(getDataset|getEdition|resolveEditionId)\(\s*["'`]\d/, "an edition pinned in app code"],
  [/\(\s*(19|20)\d\d\s*[-–]\s*20\d\d\s*\)/, 'a span such as "(2014-2026)": use editionSpan(getEdition())'],
  [
    /\b20\d\d(-\d\d)? edition\b/i,
    'an edition named in text ("2026 edition"): use editionLabel(getEdition())',
  ],
  [/--edition[ =]20\d\d/, "an edition named in an example: build it from EDITION_IDS"],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name === ".next" || name === "dist") continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mjs|js)$/.test(name) && !SKIP.test(path)) yield path;
  }
}

export function findEditionNames(text) {
  const found = [];
  text.split("\n").forEach((line, i) => {
    for (const [pattern, why] of RULES)
      if (pattern.test(line)) found.push({ line: i + 1, text: line.trim(), why });
  });
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = [];
  for (const dir of DIRS)
    for (const path of files(join(root, dir)))
      for (const f of findEditionNames(readFileSync(path, "utf8")))
        problems.push(`${relative(root, path)}:${f.line}: ${f.why}\n    ${f.text}`);
  if (problems.length > 0) {
    console.error(`App source names an edition (${problems.length}):\n${problems.join("\n")}`);
    process.exit(1);
  }
  console.log("edition names: app source asks core's registry (no edition named)");
}
