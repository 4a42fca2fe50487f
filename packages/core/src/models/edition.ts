import * as z from "zod";

/** An edition shipped with the package, named by the year it was published. */
export type BuiltinEditionId = "2026" | "2025";

/** An edition id: the year NATO published it, as four digits ("2026"). User data may name others. */
export const EditionIdSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}$/, "a four-digit edition year such as 2026");
export type EditionId = string;

/** One annual release of NATO's "Defence Expenditure of NATO Countries". */
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

export type Edition = z.infer<typeof EditionSchema>;
