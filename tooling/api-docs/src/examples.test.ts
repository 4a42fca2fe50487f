// Every public export of @nato/core has a JSDoc comment with an `@example` (house style), checked on the
// source the API reference is generated from. The exports below lack one today; the list may only shrink:
// the test fails when a new export comes without an example, and when one listed here gains one (then
// delete its line).
import { describe, expect, it } from "vitest";
import { publicExports } from "./public-api.js";

// Constants, schemas and lists: documented, without an example yet.
const VALUES_WITHOUT_EXAMPLE = [
  "AGGREGATES", // data/aggregates.ts
  "ALLIES", // data/allies.ts
  "EDITION_2025", // data/editions.ts
  "EDITION_2026", // data/editions.ts
  "EDITION_IDS", // data/editions.ts
  "EDITIONS", // data/editions.ts
  "LATEST_EDITION_ID", // data/editions.ts
  "CSV_COLUMNS", // format/export.ts
  "SCENARIO_CSV_COLUMNS", // format/scenario-csv.ts
  "ESTIMATE_MARK", // format/number.ts
  "NO_DATA", // format/number.ts
  "STATUS_LABELS", // format/number.ts
  "EQUIPMENT_20", // rules/equipment-20.ts
  "HAGUE_CORE", // rules/hague-core.ts
  "HAGUE_TOTAL", // rules/hague-total.ts
  "RULES", // rules/registry.ts
  "TWO_PERCENT", // rules/two-percent.ts
];

// Types and interfaces: most have no JSDoc at all yet.
const TYPES_WITHOUT_EXAMPLE = [
  "BurdenShare", // analysis/burden.ts, no JSDoc
  "BurdenSharing", // analysis/burden.ts, no JSDoc
  "ComplianceCount", // analysis/compliance.ts
  "TargetGap", // analysis/gap.ts, no JSDoc
  "PaceResult", // analysis/pace.ts, no JSDoc
  "GdpGrowthAssumption", // analysis/projection.ts
  "Projection", // analysis/projection.ts, no JSDoc
  "ProjectionBase", // analysis/projection.ts
  "ProjectionInput", // analysis/projection.ts, no JSDoc
  "ProjectionYear", // analysis/projection.ts, no JSDoc
  "RankingEntry", // analysis/ranking.ts, no JSDoc
  "RankingMetric", // analysis/ranking.ts
  "RankingOptions", // analysis/ranking.ts, no JSDoc
  "Revision", // analysis/revisions.ts, no JSDoc
  "RevisionValue", // analysis/revisions.ts, no JSDoc
  "Scenario", // analysis/scenario.ts, no JSDoc
  "ScenarioYear", // analysis/scenario.ts, no JSDoc
  "VerdictOptions", // analysis/verdicts.ts, no JSDoc
  "ComparisonEntry", // format/comparison-title.ts
  "MetricValueOptions", // format/metric-value.ts, no JSDoc
  "PriceBasis", // format/number.ts
  "DatasetIssue", // parse/dataset.ts
  "ParseDatasetOptions", // parse/dataset.ts, no JSDoc
  "ParseDatasetResult", // parse/dataset.ts, no JSDoc
  "CustomRuleInput", // rules/custom.ts, no JSDoc
  "RuleFigures", // rules/evaluate.ts
  "RuleOptions", // rules/evaluate.ts
];

const exports = publicExports();
const missing = exports.filter((e) => !e.hasExample).map((e) => e.name);
const known = new Set([...VALUES_WITHOUT_EXAMPLE, ...TYPES_WITHOUT_EXAMPLE]);

describe("the JSDoc of @nato/core's public API", () => {
  it("reads every export of src/index.ts", () => {
    // A floor: the public index has well over a hundred names; an empty read must not pass.
    expect(exports.length).toBeGreaterThan(100);
    expect(exports.map((e) => e.name)).toEqual(
      expect.arrayContaining(["checkTwoPercent", "getDataset", "Observation"]),
    );
  });

  it("gives every function an example", () => {
    const functions = exports.filter((e) => e.kind === "value" && !/^[A-Z]/.test(e.name));
    expect(functions.filter((e) => !e.hasExample).map((e) => `${e.name} (${e.file})`)).toEqual([]);
  });

  it("gives every new export a JSDoc with an example", () => {
    const unexpected = exports
      .filter((e) => !e.hasExample && !known.has(e.name))
      .map((e) => `${e.name} (${e.file})`);
    expect(unexpected, "add an @example to the JSDoc of these exports").toEqual([]);
  });

  it("lists only exports that still lack an example", () => {
    const stale = [...known].filter((name) => !missing.includes(name));
    expect(stale, "these now have an example (or are gone): delete them from the lists above").toEqual([]);
  });

  it("reports what is left to document", () => {
    const values = VALUES_WITHOUT_EXAMPLE.length;
    const types = TYPES_WITHOUT_EXAMPLE.length;
    console.log(`${exports.length} public exports; without an @example: ${values} values, ${types} types`);
    expect(values + types).toBe(missing.length);
  });
});
