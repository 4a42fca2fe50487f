// The reader's limits, in a module of their own: importing them does not bring the reader (and papaparse).

/**
 * How deep a JSON file may nest: observations sit at depth 2 or 3.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { MAX_JSON_DEPTH } from "@nato/core";
 * MAX_JSON_DEPTH; // 64
 * ```
 */
export const MAX_JSON_DEPTH = 64;
/**
 * The longest CSV record (or quoted field) read before the file is refused: 1 MiB.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { MAX_CSV_RECORD } from "@nato/core";
 * MAX_CSV_RECORD; // 1048576
 * ```
 */
export const MAX_CSV_RECORD = 1024 * 1024;
