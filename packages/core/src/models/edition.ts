import * as z from "zod";

/**
 * An edition shipped with the package, named by the year it was published.
 *
 * @example
 * const id: BuiltinEditionId = "2025";
 * EDITIONS[id].title; // "Defence Expenditure of NATO Countries (2014-2025)"
 */
export type BuiltinEditionId = "2026" | "2025";

/**
 * An edition id: the year NATO published it, as four digits ("2026"). User data may name others.
 *
 * @example
 * EditionIdSchema.safeParse("2026").success; // true
 * EditionIdSchema.safeParse("26").success; // false
 */
export const EditionIdSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}$/, "a four-digit edition year such as 2026");
/**
 * An edition id, four digits ("2026"). A plain string, since a user's own figures may name editions the
 * package does not ship; `EditionIdSchema` checks the form.
 *
 * @example
 * const id: EditionId = dataset2026().edition.id; // "2026"
 */
export type EditionId = string;

/**
 * One annual release of NATO's "Defence Expenditure of NATO Countries", as a zod schema.
 *
 * @example
 * EditionSchema.parse(EDITION_2026).estimateYears; // [2025, 2026]
 */
export const EditionSchema = /* @__PURE__ */ z.object({
  id: EditionIdSchema,
  title: z.string().min(1),
  publisher: z.literal("NATO"),
  /** ISO date of publication. */
  publishedOn: z.iso.date(),
  /** ISO date of NATO's data cut-off. */
  dataCutOff: z.iso.date(),
  url: z.url(),
  /** First and last year the edition covers. */
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  /** Years NATO marks as estimates ("2025e"). */
  estimateYears: z.array(z.number().int()),
  /** Metrics the edition ships in this package (earlier editions: share of GDP only). */
  metrics: z.array(z.string()),
  /** How the figures reached this package. */
  source: z.string().min(1),
  notes: z.array(z.string()),
});

/**
 * An edition's metadata: where and when NATO published it, its data cut-off, the years it covers and
 * which are estimates, and how its figures reached this package.
 *
 * @example
 * const edition: Edition = dataset2025().edition;
 * edition.dataCutOff; // "2025-06-03"
 */
export type Edition = z.infer<typeof EditionSchema>;
