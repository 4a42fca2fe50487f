import * as z from "zod";
import { EditionSchema } from "./edition.js";
import { ObservationSchema } from "./observation.js";

/**
 * The shape of a dataset download (`nato export --format json`, the site's JSON files): the credit line,
 * the edition's metadata and every observation of that edition.
 *
 * @example
 * DatasetExportSchema.safeParse(JSON.parse(toJsonExport(dataset2026()))).success; // true
 */
export const DatasetExportSchema = /* @__PURE__ */ z
  .object({
    /** The credit line, as `sourceLine()` writes it. */
    source: z.string().min(1),
    edition: EditionSchema,
    observations: z.array(ObservationSchema),
  })
  .meta({
    title: "NATO defence expenditure dataset (export)",
    description:
      "One edition of NATO's annual defence tables: the credit line, the edition's metadata and one row per Ally or aggregate and year. null means no data.",
  });

/**
 * The object a JSON download holds: the credit line, the edition's metadata and its observations.
 *
 * @example
 * const data: DatasetExport = datasetExport(dataset2026());
 * data.observations.length; // 442
 */
export type DatasetExport = z.infer<typeof DatasetExportSchema>;

/**
 * A JSON Schema (draft 2020-12) for the JSON export, generated from the zod schemas so the two never drift.
 *
 * @example
 * JSON.stringify(datasetExportJsonSchema(), null, 2);
 */
export function datasetExportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DatasetExportSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
