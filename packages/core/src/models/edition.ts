import * as z from "zod";

export type { BuiltinEditionId } from "./edition-ids.js";
export { BUILTIN_EDITION_IDS } from "./edition-ids.js";

/**
 * An edition id: the month NATO released it, `YYYY-MM` ("2026-07").
 *
 * @example
 * EditionIdSchema.safeParse("2026-07").success; // true
 * EditionIdSchema.safeParse("26").success; // false
 */
export const EditionIdSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "an edition id, the release month as YYYY-MM, such as 2026-07");

/**
 * An edition id, `YYYY-MM`. A plain string, since a user's own figures may name editions the package does
 * not ship; `EditionIdSchema` checks the form and `resolveEditionId` the ids the package ships.
 *
 * @example
 * const id: EditionId = getDataset().edition.id; // "2026-07"
 */
export type EditionId = string;

/**
 * The price base of an edition's constant-price money (constant US dollars, real GDP, per capita): NATO
 * moved from 2015 to 2021 prices with the 2025 edition. Figures of different bases are never compared.
 *
 * @example
 * const base: PriceBase = getEdition("2024-06").priceBase; // 2015
 */
export type PriceBase = 2015 | 2021;

/**
 * What an edition counts: NATO defence expenditure under the agreed definition, or (from the 2026 edition)
 * core defence expenditure, The Hague's wording for the same definition, under which NATO restated the
 * whole series.
 *
 * @example
 * getEdition("latest").basis; // "core-defence-expenditure"
 */
export type EditionBasis = "defence-expenditure" | "core-defence-expenditure";

/**
 * Which of an edition's figures the package carries: all of NATO's tables, or share of GDP only.
 *
 * @example
 * getEdition("2025-08").coverage; // "share-of-gdp"
 */
export type EditionCoverage = "full" | "share-of-gdp";

/**
 * One source an edition's figures were read from.
 *
 * @example
 * getEdition("2024-06").sources[0]?.name; // "NATO's workbook 240617-def-exp-2024-TABLES-en.xlsx"
 */
export const EditionSourceSchema = /* @__PURE__ */ z.object({
  name: z.string().min(1),
  url: z.url().optional(),
});

/**
 * One annual release of NATO's defence-expenditure tables, as a zod schema.
 *
 * @example
 * EditionSchema.parse(getEdition("2026-07")).estimateYears; // [2025, 2026]
 */
export const EditionSchema = /* @__PURE__ */ z.object({
  id: EditionIdSchema,
  /** Other names the edition answers to ("2026" for "2026-07"). */
  aliases: z.array(z.string()),
  title: z.string().min(1),
  publisher: z.literal("NATO"),
  /** ISO date of publication. */
  publishedOn: z.iso.date(),
  /** ISO date of NATO's data cut-off; null where no source here states it. */
  dataCutOff: z.iso.date().nullable(),
  url: z.url(),
  /** First and last year the edition covers. */
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  /** Years NATO marks as estimates ("2025e"). */
  estimateYears: z.array(z.number().int()),
  /** The price base of constant-price money. */
  priceBase: z.union([z.literal(2015), z.literal(2021)]),
  basis: z.enum(["defence-expenditure", "core-defence-expenditure"]),
  coverage: z.enum(["full", "share-of-gdp"]),
  /** Metrics the edition ships in this package. */
  metrics: z.array(z.string()),
  /** How the figures reached this package. */
  source: z.string().min(1),
  /** What the figures were read from. */
  sources: z.array(EditionSourceSchema),
  /** Said in the credit line when the figures are not NATO's own file (the 2025 edition's transcriptions). */
  creditNote: z.string().optional(),
  notes: z.array(z.string()),
});

/**
 * An edition's metadata: where and when NATO published it, its data cut-off, the years it covers and
 * which are estimates, its price base, basis and coverage, and how its figures reached this package.
 *
 * @example
 * const edition: Edition = getEdition("2025");
 * edition.id; // "2025-08"
 * edition.dataCutOff; // "2025-06-03"
 */
export type Edition = z.infer<typeof EditionSchema>;
