import { type DatasetIssue, safeParseDataset } from "@nato/core";

export interface ValidationReport {
  readonly valid: boolean;
  /** Data rows of a valid file; null when it does not validate. */
  readonly rows: number | null;
  readonly codes: readonly string[];
  readonly years: { readonly from: number | null; readonly to: number | null };
  readonly editions: readonly string[];
  readonly issues: readonly DatasetIssue[];
  /** Whether the list stops at the first issues (core stops after 100). */
  readonly truncated: boolean;
}

const MAX_ISSUES = 100;

/** Runs core's check of the figures and sums up what a valid file holds. */
export function checkDataset(
  text: string,
  options: { format?: "csv" | "json" | undefined; edition?: string | undefined },
): ValidationReport {
  const result = safeParseDataset(text, {
    maxIssues: MAX_ISSUES,
    ...(options.format ? { format: options.format } : {}),
    ...(options.edition ? { edition: options.edition } : {}),
  });
  if (!result.success) {
    return {
      valid: false,
      rows: null,
      codes: [],
      years: { from: null, to: null },
      editions: [],
      issues: result.error.issues,
      truncated: result.error.issues.length >= MAX_ISSUES,
    };
  }
  // A loop, not Math.min(...years): spreading a million rows into arguments overflows the call stack.
  let from: number | null = null;
  let to: number | null = null;
  for (const { year } of result.data) {
    if (from === null || year < from) from = year;
    if (to === null || year > to) to = year;
  }
  return {
    valid: true,
    rows: result.data.length,
    codes: [...new Set(result.data.map((o) => o.code))],
    years: { from, to },
    editions: [...new Set(result.data.map((o) => o.edition))],
    issues: [],
    truncated: false,
  };
}
