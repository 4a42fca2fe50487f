/**
 * The English possessive of a name: "Poland's", but "United States'" and "Netherlands'" for a plural
 * name ending in "s".
 *
 * @category Formatting
 * @example
 * possessive("Poland"); // "Poland's"
 * possessive("United States"); // "United States'"
 */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}
