import type { RuleResult } from "@nato/core";

/**
 * A rule verdict as every command's JSON gives it, complete wherever it appears: status, value, threshold,
 * margin, the gap in both price bases, the path to a deadline and why there is no verdict (null when none).
 */
export function verdictJson(r: RuleResult) {
  return {
    status: r.status,
    value: r.value,
    threshold: r.threshold,
    marginPp: r.marginPp,
    gapUsdCurrentM: r.gapUsdCurrentM,
    gapUsdConstant2021M: r.gapUsdConstant2021M,
    onTrack: r.onTrack,
    reason: r.reason,
  };
}
