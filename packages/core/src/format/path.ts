import type { PaceResult } from "../analysis/pace.js";
import type { PathStatus, RuleResult } from "../models/rule.js";
import { formatNumber, formatPercent, formatPp, formatThreshold, formatYear } from "./number.js";
import { possessive, proseName } from "./possessive.js";

/**
 * How each path status reads, the same on the site and in the CLI. "above the line" means at or above it.
 *
 * @category Formatting
 * @example
 * PATH_LABELS["below-line"]; // "below the line"
 */
export const PATH_LABELS: Readonly<Record<PathStatus, string>> = /* @__PURE__ */ Object.freeze({
  "already-at-target": "already at target",
  "on-line": "above the line",
  "below-line": "below the line",
});

/**
 * What the straight line is, in words: this project's yardstick beside NATO's own wording.
 *
 * @category Formatting
 * @example
 * YARDSTICK_NOTE.startsWith("The straight line is this project's yardstick"); // true
 */
export const YARDSTICK_NOTE =
  "The straight line is this project's yardstick, not NATO's verdict: The Hague Declaration asks Allies for annual plans showing a credible, incremental path to 3.5% by 2035, and the trajectory is to be reviewed in 2029. The line runs from the baseline year's figure to the threshold at the deadline; the margin is measured against the line.";

/**
 * An Ally's standing on a deadline rule in words: against the straight line, at its recent pace, and a
 * sentence when the two disagree. Built from a verdict (`allyVerdict`) and a pace (`yearReachingThreshold`).
 *
 * @category Formatting
 * @example
 * const d = describePath("France", allyVerdict(dataset2026_07(), HAGUE_CORE, getAlly("FRA"), 2026),
 *   yearReachingThreshold(dataset2026_07(), "FRA", 3.5));
 * d.disagreement; // "The two readings disagree: France is above the line in 2026e, but at its recent pace it reaches 3.5% only in 2046, after the 2035 deadline."
 */
export interface PathDescription {
  /** null when the rule has no deadline or the path is not judged. */
  readonly status: PathStatus | null;
  /** `PATH_LABELS[status]`, or "not judged". */
  readonly label: string;
  /** Where the Ally stands against the line, with the margin against the line. */
  readonly lineSentence: string;
  /** The year the threshold is reached at the recent pace, in words; null without a pace. */
  readonly paceSentence: string | null;
  /** Set when the line and the pace point different ways. */
  readonly disagreement: string | null;
  /** The margin is within 0.1 point on an estimate: too close to read much into. */
  readonly closeCall: boolean;
}

/**
 * See `PathDescription`.
 *
 * @category Formatting
 * @example
 * describePath("Poland", allyVerdict(dataset2026_07(), HAGUE_CORE, getAlly("POL"), 2026), null).lineSentence;
 * // "Poland is already at 3.5% (4.68% in 2026e) and needs no path."
 */
export function describePath(name: string, result: RuleResult, pace: PaceResult | null): PathDescription {
  const threshold = formatPercent(result.threshold, {
    digits: Number.isInteger(result.threshold * 10) ? 1 : 2,
  });
  const year = formatYear(result.year, result.estimate);
  const t = result.onTrack;
  const paceSentence = pace === null ? null : paceText(name, threshold, pace);
  const The = proseName(name, { start: true });
  const the = proseName(name);
  if (t === null || result.value === null) {
    return {
      status: null,
      label: "not judged",
      lineSentence: result.reason ?? `${possessive(name, { start: true })} path is not judged.`,
      paceSentence,
      disagreement: null,
      closeCall: false,
    };
  }
  if (t.status === "already-at-target") {
    return {
      status: t.status,
      label: PATH_LABELS[t.status],
      lineSentence: `${The} is already at ${threshold} (${formatPercent(result.value)} in ${year}) and needs no path.`,
      paceSentence: null,
      disagreement: null,
      closeCall: false,
    };
  }
  const margin = t.marginPp ?? 0;
  const closeCall = result.estimate && Math.abs(margin) < 0.1;
  const side = t.status === "on-line" ? "above" : "below";
  const lineSentence = `${The} is ${margin === 0 ? "exactly on" : `${formatNumber(Math.abs(margin), { digits: 2 })} pp ${side}`} this project's straight line from ${formatPercent(t.baselineValue)} in ${t.baselineYear} to ${threshold} in ${t.deadline}: the line asks ${formatPercent(t.pathValue)} in ${year}, ${the} is at ${formatPercent(result.value)}${closeCall ? " (a margin this small on NATO's estimate can change when the figures are final)" : ""}.`;
  let disagreement: string | null = null;
  if (pace !== null) {
    const late =
      pace.status === "not-at-recent-pace" || (pace.status === "reaches" && (pace.year ?? 0) > t.deadline);
    const early = pace.status === "reaches" && pace.year !== null && pace.year <= t.deadline;
    if (t.status === "on-line" && late) {
      disagreement =
        pace.status === "reaches"
          ? `The two readings disagree: ${the} is above the line in ${year}, but at its recent pace it reaches ${threshold} only in ${pace.year}, after the ${t.deadline} deadline.`
          : `The two readings disagree: ${the} is above the line in ${year}, but its share has not risen over the recent years, so at that pace it does not reach ${threshold}.`;
    } else if (t.status === "below-line" && early) {
      disagreement = `The two readings disagree: ${the} is below the line in ${year}, but at its recent pace it reaches ${threshold} in ${pace.year}, by the ${t.deadline} deadline.`;
    }
  }
  return {
    status: t.status,
    label: PATH_LABELS[t.status],
    lineSentence,
    paceSentence,
    disagreement,
    closeCall,
  };
}

/**
 * When an Ally reaches a threshold at its recent pace, in words; null when there is no pace to tell (no
 * figures, or no armed forces).
 *
 * @category Formatting
 * @example
 * paceSentence("Poland", 5, yearReachingThreshold(dataset2026_07(), "POL", 5));
 * // "At its recent pace (+0.50 pp a year over 2021-2026), Poland reaches 5% in 2027."
 */
export function paceSentence(name: string, threshold: number, pace: PaceResult): string | null {
  return paceText(name, formatThreshold(threshold), pace);
}

function paceText(name: string, threshold: string, pace: PaceResult): string | null {
  const window = pace.fromYear !== null && pace.toYear !== null ? `${pace.fromYear}-${pace.toYear}` : "";
  switch (pace.status) {
    case "reaches":
      return `At its recent pace (${formatPp(pace.pacePerYear)} a year over ${window}), ${proseName(name)} reaches ${threshold} in ${pace.year}.`;
    case "not-at-recent-pace":
      return `At its recent pace (${formatPp(pace.pacePerYear)} a year over ${window}), ${proseName(name)} does not reach ${threshold}.`;
    case "already-met":
      return `${proseName(name, { start: true })} is already at ${threshold}.`;
    default:
      return null;
  }
}
