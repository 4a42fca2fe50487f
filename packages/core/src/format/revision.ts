import type { RevisionChange } from "../analysis/revisions.js";
import type { EditionBasis } from "../models/edition.js";
import { formatChangePct, formatPp } from "./number.js";

/**
 * How each basis of NATO's figures reads in a sentence or a table.
 *
 * @category Formatting
 * @example
 * BASIS_LABELS["core-defence-expenditure"]; // "core defence expenditure"
 */
export const BASIS_LABELS: Readonly<Record<EditionBasis, string>> = Object.freeze({
  "defence-expenditure": "defence expenditure",
  "core-defence-expenditure": "core defence expenditure",
});

/**
 * A revision as tables print it: signed points for shares ("−0.23 pp"), signed percent otherwise
 * ("+3.1%"), "not comparable" when the two values cannot be compared, and "" when there is no change to
 * show (one edition only).
 *
 * @category Formatting
 * @example
 * formatRevision(figureRevisions("POL", 2025).basisChange); // "−0.23 pp" (4.48% in the 2025 edition, 4.25% in 2026's)
 * formatRevision(null); // ""
 */
export function formatRevision(
  change: Pick<RevisionChange, "change" | "measure" | "comparable"> | null,
): string {
  if (change === null) return "";
  if (!change.comparable || change.change === null) return "not comparable";
  return change.measure === "points" ? formatPp(change.change) : formatChangePct(change.change);
}

/**
 * One sentence for a revision: from which edition's value to which, and by how much, naming the change of
 * basis when the change spans it.
 *
 * @category Formatting
 * @example
 * revisionSentence(figureRevisions("POL", 2025).basisChange!, (v) => `${v}%`);
 * // "From 4.48%e (2025-08) to 4.25%e (2026-07): −0.23 pp, across NATO's change of basis from defence expenditure to core defence expenditure."
 */
export function revisionSentence(
  change: RevisionChange,
  formatValue: (value: number, estimate: boolean) => string,
): string {
  const from = `${formatValue(change.from.value, change.from.estimate)} (${change.from.edition})`;
  const to = `${formatValue(change.to.value, change.to.estimate)} (${change.to.edition})`;
  const size = change.comparable ? formatRevision(change) : (change.reason ?? "not comparable");
  const across =
    change.kind === "basis-change" && change.from.basis && change.to.basis
      ? `, across NATO's change of basis from ${BASIS_LABELS[change.from.basis]} to ${BASIS_LABELS[change.to.basis]}`
      : "";
  return `From ${from} to ${to}: ${size}${across}.`;
}
