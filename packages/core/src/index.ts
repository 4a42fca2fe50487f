// Models

export type { BurdenShare, BurdenSharing } from "./analysis/burden.js";
export { burdenSharing } from "./analysis/burden.js";
export type { ComplianceCount } from "./analysis/compliance.js";
export { complianceByYear, countVerdicts } from "./analysis/compliance.js";
export type {
  AllyVerdictsAcrossEditions,
  FirstPublishedVerdicts,
  VerdictFigure,
  VerdictView,
  VerdictViewKind,
} from "./analysis/first-published-verdicts.js";
export { verdictsAsFirstPublished, WALES_PLEDGE_YEAR } from "./analysis/first-published-verdicts.js";
export type { TargetGap } from "./analysis/gap.js";
export { gapToTarget } from "./analysis/gap.js";
export type { PaceResult } from "./analysis/pace.js";
export { yearAtPace, yearReachingThreshold } from "./analysis/pace.js";
export type {
  GdpGrowthAssumption,
  Projection,
  ProjectionBase,
  ProjectionInput,
  ProjectionYear,
} from "./analysis/projection.js";
export { projectAlly, projectionVerdict, projectPath, recentGdpGrowth } from "./analysis/projection.js";
export type { RankingEntry, RankingMetric, RankingOptions } from "./analysis/ranking.js";
export { rankAllies } from "./analysis/ranking.js";
export type { RealChange } from "./analysis/real-change.js";
export { realChange, realChangePct } from "./analysis/real-change.js";
export type {
  AllyRevisions,
  EditionFigure,
  EditionRevisions,
  FigureRevisions,
  FirstPublishedPoint,
  FirstPublishedSeries,
  PublishedFigure,
  Revision,
  RevisionChange,
  RevisionEntry,
  RevisionKind,
  RevisionMeasure,
  RevisionOptions,
  RevisionValue,
} from "./analysis/revisions.js";
export {
  asFirstPublished,
  figureRevisions,
  largestRevisions,
  mostPublishedYear,
  parseEntity,
  revisionHistory,
  revisionMeasure,
  revisions,
  revisionsByAllies,
  revisionsByAlly,
  revisionsByEdition,
} from "./analysis/revisions.js";
export type { Scenario, ScenarioBaseline, ScenarioInput, ScenarioYear } from "./analysis/scenario.js";
export { allianceScenario, scenarioAllyExtra } from "./analysis/scenario.js";
export type { VerdictOptions } from "./analysis/verdicts.js";
// Analyses
export { allyVerdict, yearVerdicts } from "./analysis/verdicts.js";
export { AGGREGATES } from "./data/aggregates.js";
// Data
export { ALLIES } from "./data/allies.js";
export { dataset2019_06 } from "./data/dataset-2019-06.js";
export { dataset2023_03 } from "./data/dataset-2023-03.js";
export { dataset2024_06 } from "./data/dataset-2024-06.js";
export { dataset2025_08 } from "./data/dataset-2025-08.js";
export { dataset2026_07 } from "./data/dataset-2026-07.js";
export { allDatasets, dataset2025, dataset2026, getDataset } from "./data/datasets.js";
export { EDITION_NOTES, editionNotesFor, seriesBreaks } from "./data/edition-notes.js";
export type { EditionLabelOptions } from "./data/editions.js";
export {
  EDITION_2019_06,
  EDITION_2023_03,
  EDITION_2024_06,
  EDITION_2025,
  EDITION_2025_08,
  EDITION_2026,
  EDITION_2026_07,
  EDITION_IDS,
  EDITION_NAMES,
  EDITIONS,
  editionLabel,
  editionSpan,
  editionYears,
  getEdition,
  isBuiltinEditionId,
  LATEST_EDITION_ID,
  previousEdition,
  resolveEditionId,
} from "./data/editions.js";
export type { GroupingId } from "./data/groupings.js";
export { GROUPINGS } from "./data/groupings.js";
export { getLatestDataset } from "./data/latest.js";
export {
  aggregateByCode,
  allyByCode,
  entityName,
  findAlly,
  getAlly,
  membersIn,
  searchAllies,
  suggestAlly,
} from "./data/lookup.js";
export { TIMELINE } from "./data/timeline.js";
export { YARDSTICKS } from "./data/yardsticks.js";
export { accessionSentence } from "./format/accession.js";
export { burdenTrendTitle } from "./format/burden-title.js";
export type { PathTitleInput, ValuePoint } from "./format/chart-titles.js";
export {
  complianceTrendTitle,
  pathTitle,
  revisionTitle,
  seriesTrendTitle,
  shareTrendTitle,
  yearEditionsTitle,
  yearSummaryTitle,
} from "./format/chart-titles.js";
export type { ComparisonEntry } from "./format/comparison-title.js";
export { comparisonTitle } from "./format/comparison-title.js";
export {
  countPhrase,
  countSentence,
  countWithExceptions,
  exceptionPhrase,
  listNames,
  spendVerb,
} from "./format/counts.js";
export type { CsvValue } from "./format/csv.js";
export { csvCell, formatCsv } from "./format/csv.js";
export { formatFactDate } from "./format/date.js";
export { CSV_COLUMNS, datasetExport, toCsv, toJsonExport } from "./format/export.js";
export type { GapSentences } from "./format/gap-text.js";
export { gapSentences } from "./format/gap-text.js";
export type { MetricValueOptions } from "./format/metric-value.js";
export { formatChangeBetween, formatMetricValue } from "./format/metric-value.js";
export type {
  DigitsOptions,
  Locale,
  LocaleOptions,
  PercentOptions,
  PriceBasis,
  UsdOptions,
} from "./format/number.js";
// Formatting
export {
  ESTIMATE_CLASS,
  ESTIMATE_MARK,
  ESTIMATE_SEPARATOR,
  estimateMarkHtml,
  formatChangePct,
  formatHtml,
  formatNumber,
  formatPercent,
  formatPp,
  formatThreshold,
  formatUsdM,
  formatYear,
  LOCALES,
  MINUS_SIGN,
  NO_DATA,
  noDataLabel,
  priceBasisLabel,
  STATUS_LABELS,
} from "./format/number.js";
export type { PathDescription } from "./format/path.js";
export { describePath, PATH_LABELS, paceSentence, YARDSTICK_NOTE } from "./format/path.js";
export type { ProseOptions } from "./format/possessive.js";
export { possessive, proseName } from "./format/possessive.js";
export { BASIS_LABELS, formatRevision, revisionSentence } from "./format/revision.js";
export { SCENARIO_CSV_COLUMNS, scenarioToCsv } from "./format/scenario-csv.js";
export { scenarioTitle } from "./format/scenario-title.js";
export { editionDateLine, sourceLine } from "./format/source.js";

export type { Aggregate, AggregateCode } from "./models/aggregate.js";
export { AGGREGATE_CODES, isAggregateCode } from "./models/aggregate.js";
export type { Ally, AllyCode } from "./models/ally.js";
export { ALLY_CODES, isAllyCode, isMemberIn } from "./models/ally.js";
export type { Dataset } from "./models/dataset.js";
export { datasetYears, observationOf, seriesOf } from "./models/dataset.js";
export type { DatasetExport } from "./models/dataset-export.js";
export { datasetExportJsonSchema } from "./models/dataset-export.js";
export type {
  BuiltinEditionId,
  BuiltinEditionName,
  Edition,
  EditionBasis,
  EditionCoverage,
  EditionId,
  EditionSource,
  NatoEdition,
  PriceBase,
} from "./models/edition.js";
export { BUILTIN_EDITION_IDS } from "./models/edition.js";
export type { EditionNote, EditionNoteKind } from "./models/edition-note.js";
export type {
  NatoErrorCode,
  NatoErrorDetails,
  NatoIssue,
  NatoIssueCode,
  SafeParseResult,
} from "./models/error.js";
export { isNatoError, NatoError } from "./models/error.js";
export type { FactSource, TimelineEvent, Yardstick } from "./models/fact.js";
export type { Metric, MetricInfo, MetricUnit } from "./models/metric.js";
export { isMetric, METRIC_INFO, METRICS } from "./models/metric.js";
export type { EntityCode, Observation } from "./models/observation.js";
export { isEntityCode } from "./models/observation.js";
export type {
  BuiltinRuleId,
  OnTrack,
  PathStatus,
  Rule,
  RuleResult,
  RuleResultBase,
  RuleResultJudged,
  RuleResultUnjudged,
  RuleStatus,
} from "./models/rule.js";
export { RULE_IDS, RULE_STATUSES } from "./models/rule.js";
export {
  INPUT_LIMITS,
  parseDeadline,
  parseGrowthPct,
  parseMetric,
  parsePercent,
  parsePriceBasis,
  parseScenarioBaseline,
  parseYear,
  safeParseDeadline,
  safeParseGrowthPct,
  safeParsePercent,
  safeParseYear,
} from "./parse/arguments.js";
export type { BeforeAccession, CheckDatasetOptions, DatasetReport } from "./parse/check.js";
export { checkDatasetStream } from "./parse/check.js";
export type { DatasetIssue, ParseDatasetOptions, ParseDatasetResult } from "./parse/dataset.js";
// Parsing user input
export { datasetFromText, parseDataset, safeDatasetFromText, safeParseDataset } from "./parse/dataset.js";
export type { UserEditionInput } from "./parse/edition.js";
export { safeUserEdition, userEdition } from "./parse/edition.js";
export { MAX_CSV_RECORD, MAX_JSON_DEPTH } from "./parse/limits.js";
export type { CustomRuleInput } from "./rules/custom.js";
export { customRule } from "./rules/custom.js";
export { checkEquipment20, EQUIPMENT_20 } from "./rules/equipment-20.js";
export type { RuleFigures, RuleOptions } from "./rules/evaluate.js";
// Rules
export { evaluateRule, RELATED_SPENDING_CAP_PCT } from "./rules/evaluate.js";
export { checkHagueCore, HAGUE_CORE } from "./rules/hague-core.js";
export { checkHagueTotal, HAGUE_TOTAL } from "./rules/hague-total.js";
export { getRule, RULES } from "./rules/registry.js";
export { checkTwoPercent, TWO_PERCENT } from "./rules/two-percent.js";
