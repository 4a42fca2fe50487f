import { ALLIES } from "../data/allies.js";
import { allDatasets } from "../data/datasets.js";
import { editionLabel } from "../format/edition-label.js";
import { formatMetricValue } from "../format/metric-value.js";
import { formatThreshold } from "../format/number.js";
import { possessive as possessiveOf, proseName } from "../format/possessive.js";
import { BASIS_LABELS } from "../format/revision.js";
import type { AllyCode } from "../models/ally.js";
import type { EditionBasis, EditionId } from "../models/edition.js";
import { METRIC_INFO } from "../models/metric.js";
import type { Rule, RuleStatus } from "../models/rule.js";
import { evaluateRule } from "../rules/evaluate.js";
import { TWO_PERCENT } from "../rules/two-percent.js";
import { type ComplianceCount, countVerdicts } from "./compliance.js";
import { type EditionFigure, figureRevisions, type RevisionOptions } from "./revisions.js";

/**
 * The year by which the Allies below 2% pledged at Wales (5 September 2014) to move towards it: "within a
 * decade".
 *
 * @category Revisions
 * @example
 * verdictsAsFirstPublished(TWO_PERCENT, WALES_PLEDGE_YEAR).views[0]?.count.met; // 23 (June 2024 edition, 2024e)
 */
export const WALES_PLEDGE_YEAR = 2024;

/**
 * Which figures a view of a year's verdicts reads:
 * - `first-published`: each Ally's figure as NATO first published it (what was known at the time);
 * - `restated`: the newest figure on the same basis as the first published one (NATO's ordinary revisions);
 * - `latest`: the newest edition covering the year, whatever its basis (from 2026, core defence expenditure).
 *
 * @category Revisions
 * @example
 * const view: VerdictViewKind = "first-published";
 */
export type VerdictViewKind = "first-published" | "restated" | "latest";

/**
 * One Ally's figure in one view and the rule's verdict on it.
 *
 * @category Revisions
 * @example
 * const albania: VerdictFigure | null = verdictsAsFirstPublished(TWO_PERCENT, 2024).allies[0]?.firstPublished ?? null;
 * albania?.status; // "met" (2.03% e in the June 2024 edition)
 */
export interface VerdictFigure {
  readonly edition: EditionId;
  readonly value: number | null;
  readonly estimate: boolean;
  readonly basis: EditionBasis | null;
  readonly status: RuleStatus;
}

/**
 * One Ally's verdict for the year in each view; `changed` is true when the first published verdict and the
 * latest differ.
 *
 * @category Revisions
 * @example
 * const row: AllyVerdictsAcrossEditions | undefined = verdictsAsFirstPublished(TWO_PERCENT, 2024).allies[0];
 */
export interface AllyVerdictsAcrossEditions {
  readonly code: AllyCode;
  readonly firstPublished: VerdictFigure | null;
  readonly restated: VerdictFigure | null;
  readonly latest: VerdictFigure | null;
  readonly changed: boolean;
  /** What the editions said of the Ally's year, in one sentence (first published, restated, latest). */
  readonly sentence: string;
}

/**
 * The count of one view: which editions its figures come from, their basis, and the count with its
 * denominator (members with armed forces that year).
 *
 * @category Revisions
 * @example
 * const first: VerdictView | undefined = verdictsAsFirstPublished(TWO_PERCENT, 2024).views[0];
 * first?.editions; // ["2024-06"]
 */
export interface VerdictView {
  readonly kind: VerdictViewKind;
  /** The editions the view's figures come from (one, unless Allies' figures first appeared apart). */
  readonly editions: readonly EditionId[];
  /** The basis of the view's figures; null when they mix bases or come from a user's edition. */
  readonly basis: EditionBasis | null;
  readonly estimate: boolean;
  /**
   * True when each figure's edition is the one that first carried the year (its last year is the year), so
   * the view is what NATO said at the time; false when the editions at hand start later (2014's first
   * publication, in 2015, is not among them).
   */
  readonly firstRelease: boolean;
  readonly count: ComplianceCount;
}

/**
 * A rule's verdicts for one year as NATO first published the figures, as restated on the same basis, and
 * in the latest edition, with the Allies whose verdict moved and one sentence that says it.
 *
 * @category Revisions
 * @example
 * const wales: FirstPublishedVerdicts = verdictsAsFirstPublished(TWO_PERCENT, WALES_PLEDGE_YEAR);
 * wales.views.map((v) => v.count.met); // [23, 18, 17]
 */
export interface FirstPublishedVerdicts {
  readonly rule: string;
  readonly ruleName: string;
  readonly year: number;
  /** First published, then restated (when another edition restated it on the same basis), then latest (when it differs). */
  readonly views: readonly VerdictView[];
  /** Every member that year, in NATO's table order. */
  readonly allies: readonly AllyVerdictsAcrossEditions[];
  /** The Allies whose verdict differs between the first published figure and the latest. */
  readonly changedCodes: readonly AllyCode[];
  /** The counts in one sentence, naming the editions and NATO's change of basis when the views span it. */
  readonly sentence: string;
}

function verdictOf(
  rule: Rule,
  code: AllyCode,
  year: number,
  figure: EditionFigure | null,
): VerdictFigure | null {
  if (figure === null) return null;
  const result = evaluateRule(rule, {
    code,
    year,
    edition: figure.edition,
    estimate: figure.estimate,
    [rule.metric]: figure.value,
  });
  return {
    edition: figure.edition,
    value: figure.value,
    estimate: figure.estimate,
    basis: figure.basis,
    status: result.status,
  };
}

function viewOf(
  rule: Rule,
  lastYears: ReadonlyMap<string, number>,
  kind: VerdictViewKind,
  year: number,
  rows: readonly { code: AllyCode; figure: VerdictFigure | null }[],
): VerdictView {
  const figures = rows.flatMap((r) => (r.figure ? [r.figure] : []));
  const editions = [...new Set(figures.map((f) => f.edition))].sort().reverse();
  const bases = new Set(figures.map((f) => f.basis));
  const estimate = figures.some((f) => f.estimate && f.value !== null);
  // A figure no edition published is judged as missing: "no-data", or "not-applicable" for Iceland.
  const results = rows.map((r) =>
    evaluateRule(rule, { code: r.code, year, [rule.metric]: r.figure?.value ?? null }, { member: true }),
  );
  const count = countVerdicts(results, year, estimate, editions.join(", "));
  const firstRelease = figures.every((f) => lastYears.get(f.edition) === year);
  return {
    kind,
    editions,
    basis: bases.size === 1 ? ([...bases][0] ?? null) : null,
    estimate,
    firstRelease,
    count,
  };
}

function editionsLabel(view: VerdictView): string {
  const names = [...view.editions].reverse().map((id) => editionLabel(id));
  return names.length === 1 ? `${names[0]} edition` : `${names.join(" and ")} editions`;
}

function countText(view: VerdictView): string {
  const c = view.count;
  return c.noData === 0
    ? `${c.met} of ${c.judged}`
    : `${c.met} of ${c.met + c.below} with figures (${c.noData} without)`;
}

/**
 * What NATO's figures said about a rule in one year, release by release: each Ally's verdict on the figure
 * as NATO first published it (what was known at the time: for the Wales pledge's 2024, the June 2024
 * edition's estimates), on the newest figure on the same basis, and in the latest edition, across NATO's
 * change of basis when there is one. Only members that year are counted; Iceland is not applicable.
 * `options` picks the editions (`datasets`, `until`) as `figureRevisions` does. Throws `NatoError` for a
 * year outside the editions or an unknown edition.
 *
 * @category Revisions
 * @example
 * const wales = verdictsAsFirstPublished(TWO_PERCENT, WALES_PLEDGE_YEAR);
 * wales.views.map((v) => `${v.kind} ${v.editions.join()} ${v.count.met}/${v.count.judged}`);
 * // ["first-published 2024-06 23/31", "restated 2025-08 18/31", "latest 2026-07 17/31"]
 */
export function verdictsAsFirstPublished(
  rule: Rule = TWO_PERCENT,
  year: number = WALES_PLEDGE_YEAR,
  options: Omit<RevisionOptions, "metric"> = {},
): FirstPublishedVerdicts {
  const unit = METRIC_INFO[rule.metric].unit;
  const threshold =
    unit === "pct-of-gdp" || unit === "pct-of-expenditure"
      ? formatThreshold(rule.threshold)
      : formatMetricValue(rule.threshold, unit);
  const members = ALLIES.filter((a) => a.accessionYear <= year);
  const lastYears = new Map(
    (options.datasets ?? allDatasets()).map((d) => [d.edition.id, d.edition.lastYear] as const),
  );
  const statusOf = (code: AllyCode, figure: VerdictFigure | null): RuleStatus =>
    figure?.status ?? evaluateRule(rule, { code, year, [rule.metric]: null }, { member: true }).status;
  const allies = members.map((ally): AllyVerdictsAcrossEditions => {
    const r = figureRevisions(ally.code, year, { ...options, metric: rule.metric });
    const newest = r.editions[0] ?? null;
    const restated = r.revision?.to ?? r.firstPublished;
    const firstPublished = verdictOf(rule, ally.code, year, r.firstPublished);
    const latest = verdictOf(rule, ally.code, year, newest);
    const again = verdictOf(rule, ally.code, year, restated);
    const said = (f: VerdictFigure): string => {
      const v = formatMetricValue(f.value, unit, { estimate: f.estimate });
      const verdict =
        f.status === "met"
          ? `at ${threshold} or more`
          : f.status === "below"
            ? `below ${threshold}`
            : "no figure";
      return `${v}, ${verdict}`;
    };
    const parts: string[] = [];
    if (statusOf(ally.code, latest) === "not-applicable") {
      parts.push(
        `${proseName(ally.name, { start: true })} has no armed forces: NATO publishes no defence expenditure for it`,
      );
    } else if (firstPublished === null) {
      parts.push(`No edition here gives ${possessiveOf(ally.name)} ${year} figure`);
    } else {
      const edition = `the ${editionLabel(firstPublished.edition)} edition`;
      parts.push(
        lastYears.get(firstPublished.edition) === year
          ? `NATO first published ${possessiveOf(ally.name)} ${year} figure in ${edition}: ${said(firstPublished)}`
          : `The oldest edition here to give ${possessiveOf(ally.name)} ${year} figure, ${edition}, says ${said(firstPublished)}`,
      );
      if (again && again.edition !== firstPublished.edition && again.edition !== latest?.edition) {
        parts.push(`the ${editionLabel(again.edition)} edition restated it as ${said(again)}`);
      }
      if (latest && latest.edition !== firstPublished.edition) {
        const basis =
          latest.basis !== null && latest.basis !== firstPublished.basis
            ? `, on NATO's new basis of ${BASIS_LABELS[latest.basis]},`
            : "";
        parts.push(
          latest.value === null
            ? `the ${editionLabel(latest.edition)} edition${basis} gives no figure`
            : `the ${editionLabel(latest.edition)} edition${basis} gives ${said(latest)}`,
        );
      }
    }
    return {
      code: ally.code,
      firstPublished,
      restated: again,
      latest,
      changed: statusOf(ally.code, firstPublished) !== statusOf(ally.code, latest),
      sentence: `${parts.join("; ")}.`,
    };
  });
  const first = viewOf(
    rule,
    lastYears,
    "first-published",
    year,
    allies.map((a) => ({ code: a.code, figure: a.firstPublished })),
  );
  const restated = viewOf(
    rule,
    lastYears,
    "restated",
    year,
    allies.map((a) => ({ code: a.code, figure: a.restated })),
  );
  const latest = viewOf(
    rule,
    lastYears,
    "latest",
    year,
    allies.map((a) => ({ code: a.code, figure: a.latest })),
  );
  const same = (a: VerdictView, b: VerdictView) => a.editions.join() === b.editions.join();
  const views = [
    first,
    ...(same(restated, first) ? [] : [restated]),
    ...(same(latest, restated) || same(latest, first) ? [] : [latest]),
  ];
  const [head, ...rest] = views as [VerdictView, ...VerdictView[]];
  const tail = rest.map((v) => {
    const basis =
      v.basis !== null && v.basis !== head.basis ? `, on NATO's new basis of ${BASIS_LABELS[v.basis]},` : "";
    const estimates = v.estimate ? " (estimates)" : "";
    return `${v.kind === "restated" ? "as restated in" : "in"} the ${editionsLabel(v)}${estimates}${basis || ","} ${countText(v)}`;
  });
  const opening = head.firstRelease
    ? `As NATO first published its ${year} figures`
    : `In the oldest ${head.editions.length > 1 ? "editions" : "edition"} here to carry ${year}`;
  const sentence =
    `${opening} (${editionsLabel(head)}${head.estimate ? ", estimates" : ""}), ${countText(head)} Allies with armed forces ${head.estimate ? "were estimated at" : "were at"} ${threshold} or more` +
    (tail.length ? `; ${tail.join("; ")}.` : ".");
  return {
    rule: rule.id,
    ruleName: rule.name,
    year,
    views,
    allies,
    changedCodes: allies.filter((a) => a.changed).map((a) => a.code),
    sentence,
  };
}
