import { describe, expectTypeOf, it } from "vitest";
import {
  type Ally,
  type AllyCode,
  allyVerdict,
  checkTwoPercent,
  type Dataset,
  getAlly,
  getDataset,
  type Metric,
  type NatoError,
  type NatoErrorCode,
  type Observation,
  observationOf,
  parseDataset,
  projectAlly,
  type RuleResult,
  type RuleStatus,
  safeParseDataset,
  TWO_PERCENT,
} from "./index.js";

describe("the public types", () => {
  it("types look-ups and data", () => {
    expectTypeOf(getAlly("POL")).toEqualTypeOf<Ally>();
    expectTypeOf<Ally["code"]>().toEqualTypeOf<AllyCode>();
    expectTypeOf(getDataset()).toEqualTypeOf<Dataset>();
    expectTypeOf(observationOf(getDataset(), "POL", 2025)).toEqualTypeOf<Observation | undefined>();
    expectTypeOf<Observation["shareOfGdpPct"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Observation["estimate"]>().toEqualTypeOf<boolean>();
    // @ts-expect-error: not an Ally or aggregate code
    observationOf(getDataset(), "XYZ", 2025);
  });

  it("types rules as result objects with a closed set of statuses", () => {
    expectTypeOf(checkTwoPercent({ code: "POL", year: 2025, shareOfGdpPct: 4.25 })).toEqualTypeOf<
      RuleResult<"POL">
    >();
    expectTypeOf<RuleStatus>().toEqualTypeOf<"met" | "below" | "not-applicable" | "no-data">();
    expectTypeOf(allyVerdict).parameter(1).toEqualTypeOf(TWO_PERCENT);
    // @ts-expect-error: metrics are named with their units
    checkTwoPercent({ code: "POL", year: 2025, shareOfGdp: 4.25 });
    expectTypeOf<"shareOfGdpPct">().toExtend<Metric>();
  });

  it("types errors and parse results", () => {
    expectTypeOf<NatoError["code"]>().toEqualTypeOf<NatoErrorCode>();
    const result = safeParseDataset("");
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<readonly Observation[]>();
    else expectTypeOf(result.error.issues[0]?.row).toEqualTypeOf<number | null | undefined>();
    expectTypeOf(parseDataset("")).toEqualTypeOf<readonly Observation[]>();
    expectTypeOf(projectAlly)
      .returns.toHaveProperty("cumulativeExtraUsdConstant2021M")
      .toEqualTypeOf<number>();
  });
});
