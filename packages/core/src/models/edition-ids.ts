import { deepFreeze } from "../internal/freeze.js";

// Kept apart from the zod schemas of edition.ts, so that reading the registry does not load zod.

/**
 * The editions shipped with the package, named by the month NATO released them (`YYYY-MM`), newest first.
 * NATO published two editions covering 2014-2022 (June 2022 and March 2023), so an edition's id names
 * its release, not its last year.
 *
 * @category Editions
 * @example
 * BUILTIN_EDITION_IDS[0]; // "2026-07", the latest
 */
export const BUILTIN_EDITION_IDS = /* @__PURE__ */ deepFreeze([
  "2026-07",
  "2025-08",
  "2024-06",
  "2023-03",
  "2019-06",
] as const);

/**
 * The aliases of each shipped edition (each edition's record repeats its list; a test holds them equal).
 * Kept here, beside the ids, so that resolving a name or listing the names does not bring every edition's
 * record into a bundle.
 *
 * @internal
 */
export const BUILTIN_EDITION_ALIASES: Readonly<
  Record<(typeof BUILTIN_EDITION_IDS)[number], readonly string[]>
> = /* @__PURE__ */ deepFreeze({
  "2026-07": ["2026"],
  "2025-08": ["2025"],
  "2024-06": [],
  "2023-03": [],
  "2019-06": [],
});

/**
 * An edition shipped with the package.
 *
 * @category Editions
 * @example
 * const id: BuiltinEditionId = "2024-06";
 * getEdition(id).title; // "Defence Expenditure of NATO Countries (2014-2024)"
 */
export type BuiltinEditionId = (typeof BUILTIN_EDITION_IDS)[number];

/**
 * Every name a shipped edition answers to: its id (`2026-07`), its alias (`2026`, `2025`) or `latest`.
 * Function arguments typed with it refuse a mistyped literal at compile time; strings read at run time are
 * checked when the function runs.
 *
 * @category Editions
 * @example
 * const name: BuiltinEditionName = "latest";
 */
export type BuiltinEditionName = BuiltinEditionId | "2026" | "2025" | "latest";
