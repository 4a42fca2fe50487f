// The JSON contract of `nato`: one zod schema per command's `--format json` answer. The JSON Schemas that
// `nato schema <command>` prints and the package ships in dist/schemas are generated from these, and a test
// validates every command's output against them. Loaded on demand only (it brings zod).
import { METRICS, STATUS_LABELS } from "@nato/core";
import { DatasetExportSchema } from "@nato/core/schemas";
import * as z from "zod";

/** Names used for one concept in every command. */
const code = z.string().describe("ISO alpha-3 code of the Ally, or NATO / NATO_EU_CA for an aggregate");
const name = z.string().describe("the name NATO uses");
const year = z.number().int();
const edition = z.string().describe("the NATO edition the figures come from");
const estimate = z.boolean().describe("true when NATO marks the figure as an estimate (2025e)");
const source = z.string().min(1).describe("the credit line");
const num = z.number();
const numOrNull = z.number().nullable();
const status = z.enum(Object.keys(STATUS_LABELS) as [string, ...string[]]);

const metrics = Object.fromEntries(METRICS.map((m) => [m, numOrNull])) as Record<
  (typeof METRICS)[number],
  typeof numOrNull
>;

const OnTrack = z
  .object({
    status: z
      .enum(["already-at-target", "on-line", "below-line"])
      .describe("against this project's straight-line yardstick, not NATO's verdict"),
    onTrack: z.boolean(),
    baselineYear: year,
    baselineValue: num,
    deadline: year,
    pathValue: numOrNull.describe("what the line asks that year; null when already at the target"),
    marginPp: numOrNull.describe("value minus the line's value; null when already at the target"),
  })
  .strict();

/** A rule verdict, complete wherever it appears. */
export const Verdict = z
  .object({
    status,
    value: numOrNull.describe("the figure judged, in the metric's unit; null for no data or not applicable"),
    threshold: num,
    marginPp: numOrNull.describe("value minus threshold, in the metric's unit"),
    gapUsdCurrentM: numOrNull.describe("extra spending needed that year, million US dollars, current prices"),
    gapUsdConstant2021M: numOrNull.describe("the same in constant 2021 prices"),
    onTrack: OnTrack.nullable(),
    reason: z.string().nullable(),
  })
  .strict()
  .meta({ title: "Verdict" });

const Aggregate = z
  .object({
    code,
    name,
    shareOfGdpPct: numOrNull,
    expenditureUsdCurrentM: numOrNull,
    expenditureUsdConstant2021M: numOrNull,
  })
  .strict();

const allies = z
  .object({
    edition,
    year,
    estimate,
    sort: z
      .enum(["name", "realChangePct", ...METRICS] as [string, ...string[]])
      .describe(
        "what the Allies are sorted by: name (NATO's order) or the JSON name of a figure; --sort takes it",
      ),
    order: z.enum(["asc", "desc"]).nullable(),
    allies: z.array(
      z
        .object({
          rank: z.number().int().nullable(),
          code,
          name,
          estimate,
          shareOfGdpPct: numOrNull,
          expenditureUsdCurrentM: numOrNull,
          expenditureUsdConstant2021M: numOrNull,
          equipmentSharePct: numOrNull,
          rules: z.object({ "two-percent": Verdict.nullable(), "hague-core": Verdict.nullable() }).strict(),
        })
        // The figure sorted by, when the table does not already show it.
        .catchall(numOrNull),
    ),
    aggregates: z.array(Aggregate),
    source,
  })
  .strict();

const ally = z
  .object({
    code,
    name,
    edition,
    hasArmedForces: z.boolean(),
    accessionYear: year,
    observations: z.array(
      z
        .object({
          year,
          edition,
          estimate,
          ...metrics,
          note: z.string().optional(),
          rules: z.record(z.string(), Verdict),
        })
        .strict(),
    ),
    pace: z.array(
      z
        .object({
          thresholdPct: num,
          status: z.enum(["already-met", "reaches", "not-at-recent-pace", "no-data", "not-applicable"]),
          year: year.nullable(),
          fromYear: year.nullable(),
          toYear: year.nullable(),
          pacePerYearPp: numOrNull,
        })
        .strict(),
    ),
    source,
  })
  .strict();

const check = z
  .object({
    rule: z.string(),
    name: z.string(),
    metric: z.enum(METRICS as unknown as [string, ...string[]]),
    threshold: num,
    deadline: year.nullable(),
    baselineYear: year.nullable(),
    year,
    edition,
    estimate,
    members: z.number().int(),
    judged: z.number().int().describe("members with armed forces: the denominator of every count"),
    count: z.string().describe("the count with its denominator, as core words it"),
    notes: z.array(z.string()).describe("NATO's restatements and other caveats on this year's figures"),
    counts: z
      .object({
        met: z.number().int(),
        below: z.number().int(),
        notApplicable: z.number().int(),
        noData: z.number().int(),
      })
      .catchall(z.number().int()),
    results: z.array(z.object({ code, name, estimate, ...Verdict.shape }).strict()),
    source,
  })
  .strict();

const gap = z
  .object({
    targetPct: num,
    year,
    edition,
    estimate,
    members: z.number().int().describe("Allies that were members that year"),
    judged: z.number().int().describe("members that can be judged: those with armed forces"),
    met: z.number().int(),
    below: z.number().int(),
    notApplicable: z.number().int().describe("members without armed forces (Iceland)"),
    noData: z.number().int().describe("members with armed forces but no figure"),
    withoutFigure: z
      .number()
      .int()
      .describe("notApplicable + noData (deprecated: use those two, which say which is which)"),
    totalGapUsdCurrentM: numOrNull,
    totalGapUsdConstant2021M: numOrNull,
    allies: z.array(
      z
        .object({
          code,
          name,
          status,
          shareOfGdpPct: numOrNull,
          estimate,
          gapPp: numOrNull,
          marginPp: numOrNull,
          gapUsdCurrentM: numOrNull,
          gapUsdConstant2021M: numOrNull,
        })
        .strict(),
    ),
    source,
  })
  .strict();

const projectionStatus = z.enum(["projected", "already-met", "not-applicable", "no-data"]);
const GdpGrowth = z
  .object({
    pct: num,
    source: z.enum(["recent-median", "given"]),
    breaksLeftOut: z.array(year).describe("series breaks left out of the median"),
    fromYear: year.nullable(),
    toYear: year.nullable(),
    label: z.string(),
  })
  .strict();

const project = z
  .object({
    code,
    name,
    edition,
    status: projectionStatus,
    reason: z.string().nullable(),
    baseYear: year,
    baseEstimate: estimate,
    baseShareOfGdpPct: numOrNull,
    targetPct: num,
    deadline: year,
    gdpGrowth: GdpGrowth.nullable(),
    path: z.array(
      z
        .object({
          year,
          shareOfGdpPct: num,
          realGdpUsdConstant2021Bn: num,
          expenditureUsdConstant2021M: num,
          holdShareExpenditureUsdConstant2021M: num,
          extraUsdConstant2021M: num,
          realGrowthPct: numOrNull,
        })
        .strict(),
    ),
    requiredRealGrowthPct: numOrNull,
    cumulativeExtraUsdConstant2021M: numOrNull,
    notes: z.array(z.string()).describe("the edition's caveats on this Ally's GDP or share of GDP"),
    source,
  })
  .strict();

const scenario = z
  .object({
    status: z.enum(["computed", "no-data"]),
    reason: z.string().nullable(),
    title: z.string(),
    edition,
    targetPct: num,
    deadline: year,
    baseYear: year,
    baseEstimate: estimate,
    gdpGrowthPct: numOrNull.describe("null: each Ally's own recent median growth"),
    baseline: z.union([z.enum(["base-year", "two-percent"]), z.object({ year }).strict()]),
    baselineLabel: z.string(),
    priceBasis: z.enum(["current", "constant-2021"]),
    priceLabel: z.string(),
    // Money names its price basis: one of each pair is present, as priceBasis says.
    totalExtraUsdCurrentM: numOrNull
      .optional()
      .describe("million US dollars, current prices; null for no data"),
    totalExtraUsdConstant2021M: numOrNull
      .optional()
      .describe("million US dollars, constant 2021 prices; null for no data"),
    unitedStatesExtraUsdCurrentM: numOrNull.optional(),
    unitedStatesExtraUsdConstant2021M: numOrNull.optional(),
    europeAndCanadaExtraUsdCurrentM: numOrNull.optional(),
    europeAndCanadaExtraUsdConstant2021M: numOrNull.optional(),
    euMembersExtraUsdCurrentM: numOrNull.optional(),
    euMembersExtraUsdConstant2021M: numOrNull.optional(),
    alreadyMet: z.number().int(),
    below: z.number().int(),
    noData: z.number().int(),
    years: z.array(
      z
        .object({
          year,
          extraUsdCurrentM: num.optional(),
          extraUsdConstant2021M: num.optional(),
          unitedStatesExtraUsdCurrentM: num.optional(),
          unitedStatesExtraUsdConstant2021M: num.optional(),
          europeAndCanadaExtraUsdCurrentM: num.optional(),
          europeAndCanadaExtraUsdConstant2021M: num.optional(),
          euMembersExtraUsdCurrentM: num.optional(),
          euMembersExtraUsdConstant2021M: num.optional(),
        })
        .strict(),
    ),
    allies: z.array(
      z
        .object({
          code,
          name,
          status: projectionStatus,
          baseShareOfGdpPct: numOrNull,
          gdpGrowthPct: numOrNull,
          gdpGrowthSource: z.enum(["recent-median", "given"]).nullable(),
          gdpGrowthLabel: z.string().nullable(),
          requiredRealGrowthPct: numOrNull,
          extraUsdCurrentM: numOrNull.optional(),
          extraUsdConstant2021M: numOrNull.optional(),
          cumulativeExtraUsdConstant2021M: numOrNull,
          notes: z.array(z.string()),
          reason: z.string().nullable(),
        })
        .strict(),
    ),
    source,
  })
  .strict();

/** Burden shares name their money field by price basis: one of the two, as `prices` says. */
const BurdenEntry = z
  .object({
    code,
    name,
    expenditureUsdCurrentM: numOrNull.optional(),
    expenditureUsdConstant2021M: numOrNull.optional(),
    sharePct: numOrNull,
  })
  .strict();

const burden = z
  .object({
    year,
    edition,
    estimate,
    prices: z.enum(["current", "constant-2021"]),
    natoTotalUsdCurrentM: numOrNull.optional(),
    natoTotalUsdConstant2021M: numOrNull.optional(),
    unitedStates: BurdenEntry,
    europeAndCanada: BurdenEntry,
    allies: z.array(BurdenEntry),
    europeAndCanadaRealChange: z
      .object({
        changePct: numOrNull.describe("real change from the year before, constant 2021 prices, percent"),
        joined: z.array(code).describe("Allies counted in the aggregate for the first time that year"),
        accessionPoints: numOrNull.describe("points of the change that are the joiners' own spending"),
        likeForLikePct: numOrNull.describe("the change of the Allies counted in both years, percent"),
        note: z.string().nullable().describe("what the change mixes in, in a sentence; null: nothing"),
      })
      .strict()
      .describe("NATO Europe and Canada's real change that year, accessions set apart"),
    source,
  })
  .strict();

const EditionFigure = z
  .object({
    edition,
    publishedOn: z.string().nullable().describe("when the edition was released (ISO date)"),
    value: numOrNull.describe("the figure as the edition gave it; null: no data"),
    estimate,
    priceBase: z
      .union([z.literal(2015), z.literal(2021)])
      .nullable()
      .describe("price base of constant-price money"),
    basis: z
      .enum(["defence-expenditure", "core-defence-expenditure"])
      .nullable()
      .describe("what the edition counts"),
    note: z.string().optional().describe("where this value's source differs from the edition's"),
  })
  .strict();
const PublishedFigure = EditionFigure.extend({ value: z.number() }).strict();
const RevisionChange = z
  .object({
    kind: z
      .enum(["revision", "basis-change"])
      .describe("basis-change: the later edition counts core defence expenditure"),
    measure: z.enum(["points", "percent"]),
    from: PublishedFigure,
    to: PublishedFigure,
    change: numOrNull.describe(
      "points for shares, percent of the earlier value otherwise; null: not comparable",
    ),
    comparable: z.boolean(),
    reason: z.string().optional().describe("why the two values cannot be compared"),
  })
  .strict();

const revisions = z
  .object({
    code,
    name,
    metric: z.string().describe("the figure followed, by its JSON name"),
    measure: z.enum(["points", "percent"]),
    editions: z.array(edition).describe("the editions compared, newest first"),
    revisions: z.array(
      z
        .object({
          code,
          metric: z.string(),
          year,
          measure: z.enum(["points", "percent"]),
          editions: z.array(EditionFigure).describe("every edition covering the year, newest first"),
          firstPublished: PublishedFigure.nullable(),
          latest: PublishedFigure.nullable(),
          steps: z.array(RevisionChange).describe("from each published value to the next, oldest first"),
          revision: RevisionChange.nullable().describe(
            "first published to the newest value on the same basis",
          ),
          basisChange: RevisionChange.nullable().describe("across NATO's change of basis, kept apart"),
          firstToLatest: RevisionChange.nullable(),
        })
        .strict(),
    ),
    source,
  })
  .strict();

const firstPublishedSeries = z
  .object({
    view: z.literal("first-published").describe("nato revisions <ally> --first-published"),
    code,
    name,
    metric: z.string().describe("the figure followed, by its JSON name"),
    measure: z.enum(["points", "percent"]),
    until: edition.nullable().describe("the newest edition taken into account"),
    comparable: z
      .boolean()
      .describe("false when the first published values mix price bases or NATO's two bases"),
    reason: z.string().optional().describe("why the series is to be read point by point"),
    points: z.array(
      z
        .object({
          year,
          firstPublished: PublishedFigure.describe("the oldest edition here that gave the year's value"),
          latest: PublishedFigure.describe("the newest edition's value"),
          revision: RevisionChange.nullable().describe(
            "first published to the newest value on the same basis",
          ),
          basisChange: RevisionChange.nullable().describe("across NATO's change of basis, kept apart"),
        })
        .strict(),
    ),
    source,
  })
  .strict()
  .meta({ title: "First published series" });

const VerdictFigure = z
  .object({
    edition,
    value: numOrNull,
    estimate,
    basis: z.enum(["defence-expenditure", "core-defence-expenditure"]).nullable(),
    status,
  })
  .strict();
const Count = z
  .object({
    year,
    estimate,
    edition: z.string().describe("the editions the count's figures come from, comma-separated"),
    members: z.number().int(),
    judged: z.number().int().describe("members with armed forces: the denominator of every count"),
    met: z.number().int(),
    below: z.number().int(),
    notApplicable: z.number().int(),
    noData: z.number().int(),
    metCodes: z.array(code),
    belowCodes: z.array(code),
    noDataCodes: z.array(code),
  })
  .strict();

const firstPublishedVerdicts = z
  .object({
    view: z.literal("first-published-verdicts").describe("nato revisions --first-published (no Ally)"),
    rule: z.string(),
    ruleName: z.string(),
    year,
    views: z
      .array(
        z
          .object({
            kind: z
              .enum(["first-published", "restated", "latest"])
              .describe(
                "first-published: what NATO said at the time; restated: newest on the same basis; latest: newest edition",
              ),
            editions: z.array(edition),
            basis: z.enum(["defence-expenditure", "core-defence-expenditure"]).nullable(),
            estimate,
            firstRelease: z
              .boolean()
              .describe("false when the oldest edition here is not the year's first publication"),
            count: Count,
          })
          .strict(),
      )
      .min(1),
    allies: z.array(
      z
        .object({
          name,
          code,
          firstPublished: VerdictFigure.nullable(),
          restated: VerdictFigure.nullable(),
          latest: VerdictFigure.nullable(),
          changed: z.boolean().describe("the first published verdict and the latest differ"),
          sentence: z.string().describe("what the editions said of the Ally's year, as core words it"),
        })
        .strict(),
    ),
    changedCodes: z.array(code),
    sentence: z.string().describe("the counts in one sentence, as core words them"),
    source,
  })
  .strict()
  .meta({ title: "Verdicts as first published" });

const Issue = z
  .object({
    code: z.string().describe("a machine-readable code for the kind of problem, as @nato/core names it"),
    path: z.array(z.union([z.string(), z.number()])).describe("where the problem is: column or JSON path"),
    found: z.string().describe("what the file holds there"),
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    expected: z.string(),
    received: z.string().describe("the same as found, kept for scripts written before it"),
    message: z.string(),
  })
  .strict();

const validate = z
  .object({
    file: z.string().describe('the path given, or "-" for standard input'),
    valid: z.boolean(),
    format: z.enum(["csv", "json"]),
    rows: z.number().int().describe("data rows read"),
    codes: z.array(code),
    years: z.object({ from: year.nullable(), to: year.nullable() }).strict(),
    editions: z.array(edition),
    issues: z.array(Issue),
    truncated: z.boolean().describe("reading stopped at the first 100 issues"),
    beforeAccession: z.array(
      z
        .object({
          code,
          name,
          accessionYear: year,
          from: year,
          to: year,
          rows: z.number().int(),
        })
        .strict(),
    ),
  })
  .strict();

/** Every command's JSON answer. `export` is exactly the site's JSON download. */
export const CONTRACT = {
  allies,
  ally,
  check,
  gap,
  project,
  scenario,
  burden,
  revisions: z.union([revisions, firstPublishedSeries, firstPublishedVerdicts]),
  export: DatasetExportSchema,
  validate,
} as const;

export type ContractCommand = keyof typeof CONTRACT;

/** The JSON Schema (draft 2020-12) of a command's JSON answer. */
export function jsonSchemaOf(command: ContractCommand): Record<string, unknown> {
  const schema = z.toJSONSchema(CONTRACT[command], { target: "draft-2020-12" }) as Record<string, unknown>;
  return { ...schema, title: `nato ${command} --format json` };
}
