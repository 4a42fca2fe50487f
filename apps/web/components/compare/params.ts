import { type AllyCode, findAlly } from "@nato/core";
import { z } from "zod";
import {
  type CompareParams,
  DEFAULT_COMPARE,
  DEFAULT_COMPARE_METRIC,
  MAX_COMPARE,
  MAX_PARAM_LENGTH,
  type ParamIssue,
  type Parsed,
  parseCompareParams,
  type RawSearchParams,
  shownValue,
} from "../../lib/params";

/** One name in the list: an Ally's code or name, in any case. */
const allyName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .transform((text, ctx) => {
    const ally = findAlly(text);
    if (!ally) {
      ctx.addIssue({ code: "custom", message: `unknown Ally "${text}"` });
      return z.NEVER;
    }
    return ally.code;
  });

/**
 * `/compare` parameters, however they arrive: `?allies=POL,DEU,FRA` from a link, or
 * `?allies=POL&allies=DEU` from the form's checkboxes. Codes and names are forgiving (`pl`, `Poland`).
 * Unlike a bad year or metric, one unknown name does not throw the whole selection away: it is left out
 * and named in an issue; so are selections past the chart's limit of `MAX_COMPARE` lines. With nothing
 * usable the default selection is shown.
 *
 * @example
 * parseCompareSearch({ allies: "POL,XYZ,deu" }).values.allies; // ["POL", "DEU"], with one issue naming "XYZ"
 * parseCompareSearch({ allies: ["POL", "FRA"] }).values.allies; // ["POL", "FRA"]
 */
export function parseCompareSearch(raw: RawSearchParams): Parsed<CompareParams> {
  const metric = parseCompareParams({ metric: raw.metric });
  const issues: ParamIssue[] = [...metric.issues];
  const given = raw.allies === undefined ? [] : Array.isArray(raw.allies) ? raw.allies : [raw.allies];
  // Every value is capped before it is split: a value longer than any list of Allies is ignored whole.
  const usable = given.slice(0, 100).filter((value) => typeof value === "string");
  const tooLong = usable.filter((value) => value.length > MAX_PARAM_LENGTH);
  if (tooLong.length > 0) {
    issues.push({
      name: "allies",
      received: tooLong.map(shownValue).join(","),
      expected: `Ally codes or names such as POL, DEU or France (at most ${MAX_PARAM_LENGTH} characters)`,
    });
  }
  const parts = usable
    .filter((value) => value.length <= MAX_PARAM_LENGTH)
    .flatMap((value) => value.split(/[,\s]+/))
    .filter((part) => part.trim() !== "");
  const codes: AllyCode[] = [];
  const unknown: string[] = [];
  for (const part of parts.slice(0, 100)) {
    const parsed = allyName.safeParse(part);
    // Control characters are not shown back to the reader.
    if (!parsed.success) unknown.push(part.replace(/\p{Cc}/gu, "").slice(0, 40));
    else if (!codes.includes(parsed.data)) codes.push(parsed.data);
  }
  if (unknown.length > 0) {
    issues.push({
      name: "allies",
      received: unknown.join(","),
      expected: "Ally codes or names such as POL, DEU or France",
    });
  }
  if (codes.length > MAX_COMPARE) {
    issues.push({
      name: "allies",
      received: codes.slice(MAX_COMPARE).join(","),
      expected: `at most ${MAX_COMPARE} Allies (the first ${MAX_COMPARE} are shown)`,
    });
  }
  const allies = codes.length > 0 ? codes.slice(0, MAX_COMPARE) : [...DEFAULT_COMPARE];
  return { values: { allies, metric: metric.values.metric }, issues };
}

/**
 * The canonical link to a comparison.
 *
 * @example
 * compareHref(["POL", "DEU"], "shareOfGdpPct"); // "/compare?allies=POL,DEU"
 */
export function compareHref(allies: readonly string[], metric: string): string {
  const tail = metric === DEFAULT_COMPARE_METRIC ? "" : `&metric=${metric}`;
  return `/compare?allies=${allies.join(",")}${tail}`;
}

/** The sentence a page shows for ignored parameters: what was left out and what was expected. */
export function describeCompareIssues(issues: readonly ParamIssue[]): string | null {
  if (issues.length === 0) return null;
  return issues
    .map((i) =>
      i.name === "allies"
        ? i.expected.startsWith("at most")
          ? `Left out ${i.received}: ${i.expected}.`
          : `Ignored ${i.received}: not an Ally we know (expected ${i.expected}).`
        : `Ignored ${i.name}="${i.received}": expected ${i.expected}. Showing the default instead.`,
    )
    .join(" ");
}
