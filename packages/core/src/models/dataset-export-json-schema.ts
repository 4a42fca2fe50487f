// Generated from DatasetExportSchema by src/schemas/schemas.test.ts (NATO_WRITE_JSON_SCHEMA=1). Do not edit.
import { deepFreeze } from "../internal/freeze.js";

/** @internal */
export const DATASET_EXPORT_JSON_SCHEMA: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "NATO defence expenditure dataset (export)",
  description:
    "One edition of a dataset of defence expenditure in the shape of NATO's Defence Expenditure of NATO Countries: the credit line, the edition's metadata and one row per Ally or aggregate and year. null means no data.",
  type: "object",
  properties: {
    source: {
      type: "string",
      minLength: 1,
    },
    edition: {
      anyOf: [
        {
          type: "object",
          properties: {
            id: {
              type: "string",
              pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
            },
            aliases: {
              type: "array",
              items: {
                type: "string",
              },
            },
            title: {
              type: "string",
              minLength: 1,
            },
            publisher: {
              type: "string",
              const: "NATO",
            },
            publishedOn: {
              type: "string",
              pattern: "^\\d{4}-\\d{2}-\\d{2}$",
            },
            dataCutOff: {
              anyOf: [
                {
                  type: "string",
                  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
                },
                {
                  type: "null",
                },
              ],
            },
            url: {
              type: "string",
              format: "uri",
            },
            firstYear: {
              type: "integer",
              minimum: -9007199254740991,
              maximum: 9007199254740991,
            },
            lastYear: {
              type: "integer",
              minimum: -9007199254740991,
              maximum: 9007199254740991,
            },
            estimateYears: {
              type: "array",
              items: {
                type: "integer",
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            },
            priceBase: {
              anyOf: [
                {
                  type: "number",
                  const: 2015,
                },
                {
                  type: "number",
                  const: 2021,
                },
              ],
            },
            basis: {
              type: "string",
              enum: ["defence-expenditure", "core-defence-expenditure"],
            },
            coverage: {
              type: "string",
              enum: ["full", "share-of-gdp"],
            },
            metrics: {
              type: "array",
              items: {
                type: "string",
              },
            },
            source: {
              type: "string",
              minLength: 1,
            },
            sources: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  name: {
                    type: "string",
                    minLength: 1,
                  },
                  url: {
                    type: "string",
                    format: "uri",
                  },
                },
                required: ["name"],
                additionalProperties: false,
              },
            },
            creditNote: {
              type: "string",
            },
            notes: {
              type: "array",
              items: {
                type: "string",
              },
            },
          },
          required: [
            "id",
            "aliases",
            "title",
            "publisher",
            "publishedOn",
            "dataCutOff",
            "url",
            "firstYear",
            "lastYear",
            "estimateYears",
            "priceBase",
            "basis",
            "coverage",
            "metrics",
            "source",
            "sources",
            "notes",
          ],
          additionalProperties: false,
        },
        {
          type: "object",
          properties: {
            id: {
              type: "string",
              pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
            },
            title: {
              type: "string",
              minLength: 1,
            },
            publisher: {
              type: "string",
              minLength: 1,
            },
            publishedOn: {
              anyOf: [
                {
                  type: "string",
                  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
                },
                {
                  type: "null",
                },
              ],
            },
            dataCutOff: {
              anyOf: [
                {
                  type: "string",
                  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
                },
                {
                  type: "null",
                },
              ],
            },
            url: {
              anyOf: [
                {
                  type: "string",
                  format: "uri",
                },
                {
                  type: "null",
                },
              ],
            },
            firstYear: {
              type: "integer",
              minimum: -9007199254740991,
              maximum: 9007199254740991,
            },
            lastYear: {
              type: "integer",
              minimum: -9007199254740991,
              maximum: 9007199254740991,
            },
            estimateYears: {
              type: "array",
              items: {
                type: "integer",
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
            },
            metrics: {
              type: "array",
              items: {
                type: "string",
              },
            },
            source: {
              type: "string",
              minLength: 1,
            },
            creditNote: {
              type: "string",
            },
            notes: {
              type: "array",
              items: {
                type: "string",
              },
            },
          },
          required: [
            "id",
            "title",
            "publisher",
            "publishedOn",
            "dataCutOff",
            "url",
            "firstYear",
            "lastYear",
            "estimateYears",
            "metrics",
            "source",
            "notes",
          ],
          additionalProperties: false,
        },
      ],
    },
    observations: {
      type: "array",
      items: {
        type: "object",
        properties: {
          code: {
            type: "string",
            enum: [
              "ALB",
              "BEL",
              "BGR",
              "CAN",
              "HRV",
              "CZE",
              "DNK",
              "EST",
              "FIN",
              "FRA",
              "DEU",
              "GRC",
              "HUN",
              "ISL",
              "ITA",
              "LVA",
              "LTU",
              "LUX",
              "MNE",
              "NLD",
              "MKD",
              "NOR",
              "POL",
              "PRT",
              "ROU",
              "SVK",
              "SVN",
              "ESP",
              "SWE",
              "TUR",
              "GBR",
              "USA",
              "NATO",
              "NATO_EU_CA",
            ],
          },
          year: {
            type: "integer",
            minimum: 1949,
            maximum: 2100,
          },
          edition: {
            type: "string",
            pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
          },
          estimate: {
            type: "boolean",
          },
          shareOfGdpPct: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
                maximum: 100,
              },
              {
                type: "null",
              },
            ],
          },
          equipmentSharePct: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
                maximum: 100,
              },
              {
                type: "null",
              },
            ],
          },
          personnelSharePct: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
                maximum: 100,
              },
              {
                type: "null",
              },
            ],
          },
          infrastructureSharePct: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
                maximum: 100,
              },
              {
                type: "null",
              },
            ],
          },
          otherSharePct: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
                maximum: 100,
              },
              {
                type: "null",
              },
            ],
          },
          expenditureUsdCurrentM: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
              },
              {
                type: "null",
              },
            ],
          },
          expenditureUsdConstant2021M: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
              },
              {
                type: "null",
              },
            ],
          },
          realGdpUsdConstant2021Bn: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
              },
              {
                type: "null",
              },
            ],
          },
          expenditurePerCapitaUsd2021: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
              },
              {
                type: "null",
              },
            ],
          },
          militaryPersonnelThousands: {
            anyOf: [
              {
                type: "number",
                minimum: 0,
              },
              {
                type: "null",
              },
            ],
          },
          note: {
            type: "string",
          },
        },
        required: [
          "code",
          "year",
          "edition",
          "estimate",
          "shareOfGdpPct",
          "equipmentSharePct",
          "personnelSharePct",
          "infrastructureSharePct",
          "otherSharePct",
          "expenditureUsdCurrentM",
          "expenditureUsdConstant2021M",
          "realGdpUsdConstant2021Bn",
          "expenditurePerCapitaUsd2021",
          "militaryPersonnelThousands",
        ],
        additionalProperties: false,
      },
    },
  },
  required: ["source", "edition", "observations"],
  additionalProperties: false,
});
