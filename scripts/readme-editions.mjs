#!/usr/bin/env node
// The README's list of editions, written from @nato/core's edition registry (never typed by hand): each
// edition's title, release, years, basis and coverage, its sources and the notes that are its own (the
// 2025 edition's second-hand sourcing among them), and its credit line.
//
//   node scripts/readme-editions.mjs          exit 1 when README.md's block differs from the registry
//   node scripts/readme-editions.mjs --write  rewrites the block (after `pnpm build`)
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const START = "<!-- editions: written by scripts/readme-editions.mjs from @nato/core's registry -->";
export const END = "<!-- /editions -->";

/**
 * The block, from core's exports: `EDITION_IDS`, `EDITIONS`, `editionLabel`, `editionSpan`, `sourceLine`,
 * `BASIS_LABELS`.
 */
export function editionsBlock(core) {
  const { EDITION_IDS, EDITIONS, editionLabel, editionSpan, sourceLine, BASIS_LABELS } = core;
  const everywhere = (note) => EDITION_IDS.every((id) => EDITIONS[id].notes.includes(note));
  const lines = EDITION_IDS.map((id) => {
    const e = EDITIONS[id];
    const own = e.notes.filter((n) => !everywhere(n));
    return [
      `- **${e.title}, ${editionLabel(e)} edition** (\`${e.id}\`${e.aliases.length ? `, alias ${e.aliases.map((a) => `\`${a}\``).join(", ")}` : ""}): ` +
        `published ${e.publishedOn}, years ${editionSpan(e)}, ${BASIS_LABELS[e.basis]}, constant prices of ${e.priceBase}, ` +
        `${e.coverage === "full" ? "every table" : "share of GDP only"}.`,
      `  - Sources: ${e.source}`,
      ...own.map((n) => `  - ${n}`),
      `  - Credit line: "${sourceLine(e, { estimates: false })}"`,
    ].join("\n");
  });
  return [START, "", ...lines, "", END].join("\n");
}

/** README.md with its block replaced by `block`. */
export function withBlock(readme, block) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no block between "${START}" and "${END}".`);
  return `${readme.slice(0, from)}${block}${readme.slice(to + END.length)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const core = await import("../packages/core/dist/index.js");
  const path = fileURLToPath(new URL("../README.md", import.meta.url));
  const readme = readFileSync(path, "utf8");
  const next = withBlock(readme, editionsBlock(core));
  if (process.argv.includes("--write")) writeFileSync(path, next);
  else if (next !== readme) {
    console.error(
      "README.md's editions differ from @nato/core's registry: run node scripts/readme-editions.mjs --write",
    );
    process.exit(1);
  }
}
