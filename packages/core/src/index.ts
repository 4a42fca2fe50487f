// Models
export { NatoError, isNatoError } from "./models/error.js";
export type { NatoErrorCode, NatoErrorDetails } from "./models/error.js";
export { AllySchema, ALLY_CODES, isMemberIn } from "./models/ally.js";
export type { Ally, AllyCode } from "./models/ally.js";
export { AggregateSchema, AGGREGATE_CODES, isAggregateCode } from "./models/aggregate.js";
export type { Aggregate, AggregateCode } from "./models/aggregate.js";
export { EditionSchema, EditionIdSchema } from "./models/edition.js";
export type { Edition, EditionId, BuiltinEditionId } from "./models/edition.js";
export { ObservationSchema } from "./models/observation.js";
export type { Observation, EntityCode } from "./models/observation.js";
export { METRICS, METRIC_INFO, isMetric } from "./models/metric.js";
export type { Metric, MetricInfo, MetricUnit } from "./models/metric.js";
export { RuleSchema, RULE_IDS } from "./models/rule.js";
export type { Rule, RuleResult, RuleStatus, OnTrack, BuiltinRuleId } from "./models/rule.js";
export { observationOf, seriesOf, datasetYears } from "./models/dataset.js";
export type { Dataset } from "./models/dataset.js";
export { datasetJsonSchema } from "./models/json-schema.js";
export { DatasetExportSchema, datasetExportJsonSchema } from "./models/dataset-export.js";
export type { DatasetExport } from "./models/dataset-export.js";
export { FactSourceSchema, TimelineEventSchema, YardstickSchema } from "./models/fact.js";
export type { FactSource, TimelineEvent, Yardstick } from "./models/fact.js";

// Data
export { ALLIES } from "./data/allies.js";
export { AGGREGATES } from "./data/aggregates.js";
export { EDITIONS, EDITION_2026, EDITION_2025, EDITION_IDS, LATEST_EDITION_ID } from "./data/editions.js";
export { dataset2026, dataset2025, getDataset, allDatasets } from "./data/datasets.js";
export { TIMELINE } from "./data/timeline.js";
export { YARDSTICKS } from "./data/yardsticks.js";
export {
  findAlly,
  getAlly,
  suggestAlly,
  allyByCode,
  aggregateByCode,
  entityName,
  membersIn,
} from "./data/lookup.js";

// Rules
export { evaluateRule } from "./rules/evaluate.js";
export type { RuleFigures, RuleOptions } from "./rules/evaluate.js";
export { TWO_PERCENT, checkTwoPercent } from "./rules/two-percent.js";
export { EQUIPMENT_20, checkEquipment20 } from "./rules/equipment-20.js";
export { HAGUE_CORE, checkHagueCore } from "./rules/hague-core.js";
export { HAGUE_TOTAL, checkHagueTotal } from "./rules/hague-total.js";
export { customRule } from "./rules/custom.js";
export type { CustomRuleInput } from "./rules/custom.js";
export { RULES, getRule } from "./rules/registry.js";

// Analyses
export { allyVerdict, yearVerdicts } from "./analysis/verdicts.js";
export type { VerdictOptions } from "./analysis/verdicts.js";
export { complianceByYear } from "./analysis/compliance.js";
export type { ComplianceCount } from "./analysis/compliance.js";
export { rankAllies } from "./analysis/ranking.js";
export type { RankingEntry, RankingMetric, RankingOptions } from "./analysis/ranking.js";
export { realChangePct } from "./analysis/real-change.js";
export { burdenSharing } from "./analysis/burden.js";
export type { BurdenShare, BurdenSharing } from "./analysis/burden.js";
export { yearAtPace, yearReachingThreshold } from "./analysis/pace.js";
export type { PaceResult } from "./analysis/pace.js";
export { projectAlly, projectPath, recentGdpGrowth } from "./analysis/projection.js";
export type {
  Projection,
  ProjectionBase,
  ProjectionInput,
  ProjectionYear,
  GdpGrowthAssumption,
} from "./analysis/projection.js";
export { allianceScenario } from "./analysis/scenario.js";
export type { Scenario, ScenarioYear } from "./analysis/scenario.js";
export { revisions } from "./analysis/revisions.js";
export type { Revision, RevisionValue } from "./analysis/revisions.js";
export { gapToTarget } from "./analysis/gap.js";
export type { TargetGap } from "./analysis/gap.js";

// Formatting
export {
  formatPercent,
  formatPp,
  formatUsdM,
  formatNumber,
  formatYear,
  priceBasisLabel,
  NO_DATA,
  ESTIMATE_MARK,
  STATUS_LABELS,
} from "./format/number.js";
export type { PriceBasis } from "./format/number.js";
export { sourceLine } from "./format/source.js";
export { shareTrendTitle } from "./format/titles.js";
export { formatFactDate } from "./format/date.js";
export { CSV_COLUMNS, toCsv, datasetExport, toJsonExport } from "./format/export.js";
export { formatMetricValue } from "./format/metric-value.js";
export type { MetricValueOptions } from "./format/metric-value.js";
export { complianceTrendTitle, seriesTrendTitle, pathTitle } from "./format/chart-titles.js";

// Parsing user input
export { parseDataset, datasetFromText } from "./parse/dataset.js";
export type { DatasetIssue, ParseDatasetOptions, ParseDatasetResult } from "./parse/dataset.js";
export { parsePercent, parseGrowthPct, parseYear, parseDeadline } from "./parse/arguments.js";
