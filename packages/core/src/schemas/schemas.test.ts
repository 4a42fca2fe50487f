import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { DATASET_EXPORT_JSON_SCHEMA } from "../models/dataset-export-json-schema.js";
import { DatasetExportSchema } from "./index.js";

// The JSON Schema of the JSON export ships as data (no zod in the main entry); it must stay what zod makes
// of the schema. NATO_WRITE_JSON_SCHEMA=1 rewrites the module after a change to the schemas.
const generated = () => {
  const { $schema, ...rest } = z.toJSONSchema(DatasetExportSchema as z.ZodType, { target: "draft-2020-12" });
  return {
    $schema,
    title: "NATO defence expenditure dataset (export)",
    description:
      "One edition of a dataset of defence expenditure in the shape of NATO's Defence Expenditure of NATO Countries: the credit line, the edition's metadata and one row per Ally or aggregate and year. null means no data.",
    ...rest,
  };
};

describe("the shipped JSON Schema", () => {
  it("is the one zod generates from DatasetExportSchema", () => {
    const schema = generated();
    if (process.env.NATO_WRITE_JSON_SCHEMA === "1") {
      writeFileSync(
        new URL("../models/dataset-export-json-schema.ts", import.meta.url),
        `// Generated from DatasetExportSchema by src/schemas/schemas.test.ts (NATO_WRITE_JSON_SCHEMA=1). Do not edit.\nimport { deepFreeze } from "../internal/freeze.js";\n\n/** @internal */\nexport const DATASET_EXPORT_JSON_SCHEMA: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(${JSON.stringify(schema, null, 2)});\n`,
      );
    }
    expect(DATASET_EXPORT_JSON_SCHEMA).toEqual(schema);
  });
});
