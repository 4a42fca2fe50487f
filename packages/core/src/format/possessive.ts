// Names as prose writes them: "the United States is", "The Netherlands' share", "Poland's".

/** The Allies whose English names take "the" in a sentence. */
const TAKES_THE: ReadonlySet<string> = new Set([
  "United States",
  "United Kingdom",
  "Netherlands",
  "Slovak Republic",
]);

/**
 * Where a name stands: at the start of a sentence it is capitalised ("The United States").
 *
 * @category Formatting
 * @example
 * const options: ProseOptions = { start: true };
 * possessive("Netherlands", options); // "The Netherlands'"
 */
export interface ProseOptions {
  readonly start?: boolean;
}

/**
 * A name as a sentence writes it: the United States, the United Kingdom, the Netherlands and the Slovak
 * Republic take the article ("The" at the start of a sentence); every other name is returned as it is.
 *
 * @category Formatting
 * @example
 * proseName("United States", { start: true }); // "The United States"
 * proseName("Poland"); // "Poland"
 */
export function proseName(name: string, options: ProseOptions = {}): string {
  if (!TAKES_THE.has(name)) return name;
  return `${options.start ? "The" : "the"} ${name}`;
}

/**
 * The English possessive of a name as a sentence writes it: "Poland's", but "the United States'" and
 * "the Netherlands'" (with the article, "The" at the start of a sentence) for a plural name ending in "s".
 *
 * @category Formatting
 * @example
 * possessive("Poland"); // "Poland's"
 * possessive("United States"); // "the United States'"
 * possessive("United States", { start: true }); // "The United States'"
 */
export function possessive(name: string, options: ProseOptions = {}): string {
  const prose = proseName(name, options);
  return /s$/.test(name) ? `${prose}'` : `${prose}'s`;
}
