import { formatNumber } from "@nato/core";

/**
 * A count with its noun, singular or plural: "1 row", "2 rows", "1 Ally", "32 Allies".
 *
 * @example
 * plural(1, "problem"); // "1 problem"
 * plural(3, "Ally", "Allies"); // "3 Allies"
 */
export function plural(count: number, singular: string, pluralForm?: string): string {
  const many = pluralForm ?? (/[^aeiou]y$/.test(singular) ? `${singular.slice(0, -1)}ies` : `${singular}s`);
  return `${formatNumber(count)} ${count === 1 ? singular : many}`;
}
