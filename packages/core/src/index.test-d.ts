import { describe, expectTypeOf, it } from "vitest";
import {
  ALLIES,
  type Ally,
  type AllyCode,
  allyVerdict,
  burdenSharing,
  checkTwoPercent,
  customRule,
  type Dataset,
  datasetFromText,
  EDITION_2026,
  type Edition,
  type EntityCode,
  getAlly,
  getDataset,
  getRule,
  HAGUE_CORE,
  isAllyCode,
  isEntityCode,
  METRIC_INFO,
  type Metric,
  type NatoEdition,
  type NatoError,
  type NatoErrorCode,
  type NatoIssueCode,
  type Observation,
  observationOf,
  parseDataset,
  pathTitle,
  projectAlly,
  RULES,
  type RuleResult,
  type RuleStatus,
  rankAllies,
  safeParseDataset,
  safeParsePercent,
  TWO_PERCENT,
  yearVerdicts,
} from "./index.js";

describe("the public types", () => {
  it("types look-ups and data", () => {
    expectTypeOf(getAlly("POL")).toEqualTypeOf<Ally>();
    expectTypeOf<Ally["code"]>().toEqualTypeOf<AllyCode>();
    expectTypeOf(getDataset()).toEqualTypeOf<Dataset<NatoEdition>>();
    expectTypeOf(observationOf(getDataset(), "POL", 2025)).toEqualTypeOf<Observation | undefined>();
    expectTypeOf<Observation["shareOfGdpPct"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Observation["estimate"]>().toEqualTypeOf<boolean>();
    // @ts-expect-error: not an Ally or aggregate code
    observationOf(getDataset(), "XYZ", 2025);
  });

  it("makes shared data read-only", () => {
    // @ts-expect-error: rules are read-only
    HAGUE_CORE.threshold = 3;
    // @ts-expect-error: Allies are read-only
    getAlly("POL").hasArmedForces = false;
    // @ts-expect-error: the list of Allies is read-only
    ALLIES.push(getAlly("POL"));
    // @ts-expect-error: editions are read-only, to the last array
    EDITION_2026.estimateYears.push(2027);
    // @ts-expect-error: observations are read-only
    getDataset().observations[0].shareOfGdpPct = 0;
    // @ts-expect-error: metric descriptions are read-only
    METRIC_INFO.shareOfGdpPct.label = "GDP";
    // @ts-expect-error: the rule registry is read-only
    RULES["two-percent"] = HAGUE_CORE;
  });

  it("types codes in every result, and narrows strings with isAllyCode", () => {
    expectTypeOf(allyVerdict(getDataset(), TWO_PERCENT, getAlly("POL"), 2025).code).toEqualTypeOf<AllyCode>();
    expectTypeOf(yearVerdicts(getDataset(), TWO_PERCENT, 2025)[0]?.code).toEqualTypeOf<
      AllyCode | undefined
    >();
    expectTypeOf<RuleStatus>().toEqualTypeOf<"met" | "below" | "not-applicable" | "not-member" | "no-data">();
    expectTypeOf(rankAllies(getDataset(), "shareOfGdpPct", 2026)[0]?.code).toEqualTypeOf<
      AllyCode | undefined
    >();
    expectTypeOf(burdenSharing(getDataset(), 2026).allies[0]?.code).toEqualTypeOf<EntityCode | undefined>();
    expectTypeOf(
      projectAlly(getDataset(), "DEU", { targetPct: 3.5, deadline: 2035 }).code,
    ).toEqualTypeOf<EntityCode>();
    // A result's code goes back into a look-up without a cast.
    const top = rankAllies(getDataset(), "shareOfGdpPct", 2026)[0];
    if (top) observationOf(getDataset(), top.code, 2026);
    const input: string = "POL";
    if (isAllyCode(input)) expectTypeOf(input).toEqualTypeOf<AllyCode>();
    if (isEntityCode(input)) expectTypeOf(input).toEqualTypeOf<EntityCode>();
  });

  it("checks literal ids of editions, rules and metrics, and accepts strings read at run time", () => {
    // @ts-expect-error: no such edition
    getDataset("2062");
    // @ts-expect-error: a typo in a rule id
    getRule("hague-cor");
    // @ts-expect-error: a metric without its unit
    customRule({ threshold: 3, metric: "shareOfGdp" });
    // @ts-expect-error: an edition id is a string
    getDataset(2026);
    getDataset("2025");
    getRule("hague-core");
    customRule({ threshold: 20, metric: "equipmentSharePct", id: "twenty" });
    const fromUrl: string = String(Math.random());
    getDataset(fromUrl);
    getRule(fromUrl);
    customRule({ threshold: 3, metric: fromUrl });
  });

  it("types verdicts as a union that narrows on status", () => {
    const result = checkTwoPercent({ code: "POL", year: 2025, shareOfGdpPct: 4.25 });
    expectTypeOf(result).toEqualTypeOf<RuleResult<"POL">>();
    expectTypeOf<RuleStatus>().toEqualTypeOf<"met" | "below" | "not-applicable" | "not-member" | "no-data">();
    if (result.status === "met" || result.status === "below") {
      expectTypeOf(result.value).toEqualTypeOf<number>();
      expectTypeOf(result.marginPp).toEqualTypeOf<number>();
    } else {
      expectTypeOf(result.value).toEqualTypeOf<null>();
      expectTypeOf(result.reason).toEqualTypeOf<string>();
    }
    expectTypeOf(allyVerdict).parameter(1).toEqualTypeOf(TWO_PERCENT);
    // @ts-expect-error: metrics are named with their units
    checkTwoPercent({ code: "POL", year: 2025, shareOfGdp: 4.25 });
    expectTypeOf<"shareOfGdpPct">().toExtend<Metric>();
  });

  it("types errors and parse results", () => {
    expectTypeOf<NatoError["code"]>().toEqualTypeOf<NatoErrorCode>();
    expectTypeOf<NatoError["issues"][number]["code"]>().toEqualTypeOf<NatoIssueCode>();
    const result = safeParseDataset("");
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<readonly Observation[]>();
    else {
      expectTypeOf(result.error.issues[0]?.row).toEqualTypeOf<number | null | undefined>();
      expectTypeOf(result.error.issues[0]?.path).toEqualTypeOf<readonly (string | number)[] | undefined>();
    }
    expectTypeOf(parseDataset("")).toEqualTypeOf<readonly Observation[]>();
    const percent = safeParsePercent("3.5");
    if (percent.success) expectTypeOf(percent.data).toEqualTypeOf<number>();
    expectTypeOf(projectAlly)
      .returns.toHaveProperty("cumulativeExtraUsdConstant2021M")
      .toEqualTypeOf<number | null>();
  });

  it("types a user's edition as an edition, NATO's as NATO's", () => {
    const mine = datasetFromText("", { id: "plan", title: "Plan", publisher: "Me", source: "My sums" });
    expectTypeOf(mine).toEqualTypeOf<Dataset<Edition>>();
    expectTypeOf(EDITION_2026.publisher).toEqualTypeOf<"NATO">();
    expectTypeOf<Edition["publisher"]>().toEqualTypeOf<string>();
    // @ts-expect-error: a user's edition needs a publisher to credit
    datasetFromText("", { id: "plan", title: "Plan", source: "My sums" });
  });
});

describe("pathTitle's input", () => {
  it("is one object with named fields; a missing field is a type error", () => {
    expectTypeOf(
      pathTitle({ name: "Germany", baseSharePct: 2.69, baseYear: 2026, targetPct: 3.5, deadline: 2035 }),
    ).toEqualTypeOf<string>();
    // @ts-expect-error: the deadline is required.
    pathTitle({ name: "Germany", baseSharePct: 2.69, baseYear: 2026, targetPct: 3.5 });
    // @ts-expect-error: a share is a number (or null), not text.
    pathTitle({ name: "Germany", baseSharePct: "2.69", baseYear: 2026, targetPct: 3.5, deadline: 2035 });
  });
});
