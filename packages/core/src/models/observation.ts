import * as z from "zod";
import { AGGREGATE_CODES, type AggregateCode } from "./aggregate.js";
import { ALLY_CODES, type AllyCode } from "./ally.js";
import { EditionIdSchema } from "./edition.js";

/**
 * An Ally or one of NATO's aggregates: what a dataset has rows for.
 *
 * @example
 * const code: EntityCode = "NATO";
 * observationOf(dataset2026_07(), code, 2026)?.shareOfGdpPct; // 2.86
 */
export type EntityCode = AllyCode | AggregateCode;

const pct = (max: number) => z.number().min(0).max(max).nullable();
const nonNegative = () => z.number().nonnegative().nullable();

/**
 * One Ally's (or aggregate's) figures for one year, as one edition gives them. `null` means NATO
 * published no figure ("no data"); for Iceland, which has no armed forces, every defence figure is null.
 *
 * @example
 * ObservationSchema.safeParse(observationOf(dataset2026_07(), "POL", 2025)).success; // true
 */
export const ObservationSchema = /* @__PURE__ */ z.object({
  code: z.enum([...ALLY_CODES, ...AGGREGATE_CODES]),
  year: z.number().int().min(1949).max(2100),
  edition: EditionIdSchema,
  /** NATO marks the figure as an estimate ("2025e"). */
  estimate: z.boolean(),
  shareOfGdpPct: pct(100),
  equipmentSharePct: pct(100),
  personnelSharePct: pct(100),
  infrastructureSharePct: pct(100),
  otherSharePct: pct(100),
  expenditureUsdCurrentM: nonNegative(),
  expenditureUsdConstant2021M: nonNegative(),
  realGdpUsdConstant2021Bn: nonNegative(),
  expenditurePerCapitaUsd2021: nonNegative(),
  militaryPersonnelThousands: nonNegative(),
  /** Where a figure's source differs from the edition's main source, it is named here. */
  note: z.string().optional(),
});

/**
 * One row of a dataset: an Ally's or aggregate's figures for one year in one edition, each metric in the
 * unit its name says; `null` means no data.
 *
 * @example
 * const o: Observation | undefined = observationOf(dataset2026_07(), "POL", 2025);
 * o?.shareOfGdpPct; // 4.25 (o.estimate is true: NATO's 2025e)
 */
export type Observation = z.infer<typeof ObservationSchema> & { readonly code: EntityCode };
