/**
 * zod schemas of the package's models, for checking data at run time: `@nato/core/schemas`.
 *
 * They are built with the zod your project installs (a peer dependency, zod 3.25 or later, or zod 4), so
 * an app has one zod in its bundle and can put these schemas inside its own. They use only what zod 3 and
 * zod 4 share, and are typed `ZodType<Model>`: `.parse`, `.safeParse` and nesting work with either.
 *
 * @module
 */
import * as z from "zod";
import { AGGREGATE_CODES, type Aggregate } from "../models/aggregate.js";
import { ALLY_CODES, type Ally } from "../models/ally.js";
import type { DatasetExport } from "../models/dataset-export.js";
import type { Edition, EditionId, NatoEdition } from "../models/edition.js";
import type { FactSource, TimelineEvent, Yardstick } from "../models/fact.js";
import { METRICS } from "../models/metric.js";
import type { EntityCode, Observation } from "../models/observation.js";
import type { Rule } from "../models/rule.js";

const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date such as 2025-06-25");
const looseDate = () => z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO date, year-month or year");
const year = () => z.number().int();

/**
 * An Ally of NATO: checks an Ally record such as those of `ALLIES`.
 *
 * @category Schemas
 * @example
 * AllySchema.safeParse(getAlly("POL")).success; // true
 */
export const AllySchema: z.ZodType<Ally> = /* @__PURE__ */ z.object({
  code: z.enum(ALLY_CODES),
  alpha2: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  accessionYear: year().min(1949),
  accessionDate: isoDate(),
  hasArmedForces: z.boolean(),
  europeOrCanada: z.boolean(),
});

/**
 * One of NATO's published aggregates.
 *
 * @category Schemas
 * @example
 * AggregateSchema.parse({ code: "NATO", name: "NATO Total", members: "all" }).members; // "all"
 */
export const AggregateSchema: z.ZodType<Aggregate> = /* @__PURE__ */ z.object({
  code: z.enum(AGGREGATE_CODES),
  name: z.string().min(1),
  members: z.enum(["all", "europe-and-canada"]),
});

/**
 * An edition id: NATO's are the month NATO released the edition, `YYYY-MM` ("2026-07"); a user's, any id
 * of letters, digits, dots, hyphens and underscores, at most 64 characters.
 *
 * @category Schemas
 * @example
 * EditionIdSchema.safeParse("2026-07").success; // true
 * EditionIdSchema.safeParse("budget-2027").success; // true
 * EditionIdSchema.safeParse("my figures").success; // false
 */
export const EditionIdSchema: z.ZodType<EditionId> = /* @__PURE__ */ z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "an edition id such as 2026-07 or budget-2027");

/**
 * An edition's metadata, NATO's (`publisher: "NATO"`) or a user's own.
 *
 * @category Schemas
 * @example
 * EditionSchema.parse(getEdition("2026-07")).estimateYears; // [2025, 2026]
 */
export const EditionSchema: z.ZodType<Edition> = /* @__PURE__ */ z.object({
  id: EditionIdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  publishedOn: isoDate().nullable(),
  dataCutOff: isoDate().nullable(),
  url: z.string().url().nullable(),
  firstYear: year(),
  lastYear: year(),
  estimateYears: z.array(year()),
  metrics: z.array(z.string()),
  source: z.string().min(1),
  creditNote: z.string().optional(),
  notes: z.array(z.string()),
});

/**
 * One of NATO's editions shipped with the package: an edition with NATO's release date and address, its
 * aliases, price base, basis, coverage and sources.
 *
 * @category Schemas
 * @example
 * NatoEditionSchema.parse(getEdition("2024-06")).priceBase; // 2015
 */
export const NatoEditionSchema: z.ZodType<NatoEdition> = /* @__PURE__ */ z.object({
  id: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "NATO's edition id, the release month as YYYY-MM, such as 2026-07"),
  aliases: z.array(z.string()),
  title: z.string().min(1),
  publisher: z.literal("NATO"),
  publishedOn: isoDate(),
  dataCutOff: isoDate().nullable(),
  url: z.string().url(),
  firstYear: year(),
  lastYear: year(),
  estimateYears: z.array(year()),
  priceBase: z.union([z.literal(2015), z.literal(2021)]),
  basis: z.enum(["defence-expenditure", "core-defence-expenditure"]),
  coverage: z.enum(["full", "share-of-gdp"]),
  metrics: z.array(z.string()),
  source: z.string().min(1),
  sources: z.array(z.object({ name: z.string().min(1), url: z.string().url().optional() })),
  creditNote: z.string().optional(),
  notes: z.array(z.string()),
});

const ENTITY_CODES = [...ALLY_CODES, ...AGGREGATE_CODES] as unknown as readonly [EntityCode, ...EntityCode[]];
const pct = () => z.number().min(0).max(100).nullable();
const nonNegative = () => z.number().nonnegative().nullable();

/**
 * One Ally's (or aggregate's) figures for one year, as one edition gives them. `null` means no data.
 *
 * @category Schemas
 * @example
 * ObservationSchema.safeParse(observationOf(dataset2026_07(), "POL", 2025)).success; // true
 */
export const ObservationSchema: z.ZodType<Observation> = /* @__PURE__ */ z.object({
  code: z.enum(ENTITY_CODES),
  year: year().min(1949).max(2100),
  edition: EditionIdSchema,
  estimate: z.boolean(),
  shareOfGdpPct: pct(),
  equipmentSharePct: pct(),
  personnelSharePct: pct(),
  infrastructureSharePct: pct(),
  otherSharePct: pct(),
  expenditureUsdCurrentM: nonNegative(),
  expenditureUsdConstant2021M: nonNegative(),
  realGdpUsdConstant2021Bn: nonNegative(),
  expenditurePerCapitaUsd2021: nonNegative(),
  militaryPersonnelThousands: nonNegative(),
  note: z.string().optional(),
});

/**
 * A spending rule: a figure that must reach a threshold, optionally by a deadline.
 *
 * @category Schemas
 * @example
 * RuleSchema.safeParse(HAGUE_CORE).success; // true
 */
export const RuleSchema: z.ZodType<Rule> = /* @__PURE__ */ z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  metric: z.enum(METRICS),
  threshold: z.number().finite(),
  deadline: year().optional(),
  baselineYear: year().optional(),
  adopted: z.string(),
  description: z.string(),
});

/**
 * Where a fact was read: a document, a news report or a copy of an official text.
 *
 * @category Schemas
 * @example
 * FactSourceSchema.safeParse({ name: "NATO, The Hague Summit Declaration", date: "2025-06-25" }).success; // true
 */
export const FactSourceSchema: z.ZodType<FactSource> = /* @__PURE__ */ z.object({
  name: z.string().min(1),
  date: looseDate().optional(),
  url: z.string().url().optional(),
});

/**
 * One dated fact of the Alliance's spending story.
 *
 * @category Schemas
 * @example
 * TIMELINE.every((event) => TimelineEventSchema.safeParse(event).success); // true
 */
export const TimelineEventSchema: z.ZodType<TimelineEvent> = /* @__PURE__ */ z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: looseDate(),
  endDate: isoDate().optional(),
  milestone: z.boolean(),
  title: z.string().min(1),
  text: z.string().min(1),
  sources: z.array(FactSourceSchema).min(1),
  caveat: z.string().min(1).optional(),
});

/**
 * A share of GDP the spending debate uses as a yardstick.
 *
 * @category Schemas
 * @example
 * YARDSTICKS.every((yardstick) => YardstickSchema.safeParse(yardstick).success); // true
 */
export const YardstickSchema: z.ZodType<Yardstick> = /* @__PURE__ */ z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  pct: z.number().positive().max(100),
  rangePct: z.object({ low: z.number(), high: z.number() }).optional(),
  origin: z.string().min(1),
  text: z.string().min(1),
  deadline: year().optional(),
  sources: z.array(FactSourceSchema).min(1),
  caveat: z.string().min(1).optional(),
});

/**
 * The shape of a dataset download (`nato export --format json`, the site's JSON files): the credit line,
 * the edition's metadata and every observation of that edition. `datasetExportJsonSchema()` in the main
 * entry gives the same as a JSON Schema.
 *
 * @category Schemas
 * @example
 * DatasetExportSchema.safeParse(JSON.parse(toJsonExport(dataset2026_07()))).success; // true
 */
export const DatasetExportSchema: z.ZodType<DatasetExport> = /* @__PURE__ */ z.object({
  source: z.string().min(1),
  edition: z.union([NatoEditionSchema, EditionSchema]),
  observations: z.array(ObservationSchema),
});
