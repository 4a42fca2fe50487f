import { DATASET_EXPORT_JSON_SCHEMA } from "./dataset-export-json-schema.js";
import type { Edition } from "./edition.js";
import type { Observation } from "./observation.js";

/**
 * The object a JSON download holds (`nato export --format json`, the site's JSON files): the credit
 * line, the edition's metadata and its observations.
 *
 * @category Export
 * @example
 * const data: DatasetExport = datasetExport(dataset2026_07());
 * data.observations.length; // 442
 */
export interface DatasetExport {
  /** The credit line, as `sourceLine()` writes it. */
  readonly source: string;
  readonly edition: Edition;
  readonly observations: readonly Observation[];
}

/**
 * A JSON Schema (draft 2020-12) for the JSON export. Generated from the zod schemas of
 * `@nato/core/schemas` (a test keeps the two identical), shipped as data so that it needs no zod.
 *
 * @category Export
 * @example
 * JSON.stringify(datasetExportJsonSchema(), null, 2);
 */
export function datasetExportJsonSchema(): Readonly<Record<string, unknown>> {
  return DATASET_EXPORT_JSON_SCHEMA;
}
