import { z } from "zod";
import { ObservationSchema } from "./observation.js";

/**
 * A JSON Schema (draft 2020-12) for a dataset file: `{ observations: Observation[] }`, generated from the
 * zod schemas so the two never drift.
 *
 * @example
 * JSON.stringify(datasetJsonSchema(), null, 2);
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.object({ observations: z.array(ObservationSchema) }).meta({
    title: "NATO defence expenditure dataset",
    description:
      "One row per Ally or aggregate, year and edition, as in NATO's Defence Expenditure of NATO Countries. null means no data.",
  });
  return z.toJSONSchema(schema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
