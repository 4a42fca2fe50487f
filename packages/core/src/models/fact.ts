import * as z from "zod";

/**
 * Where a fact was read: a document, a news report or a copy of an official text.
 *
 * @example
 * FactSourceSchema.safeParse({ name: "NATO, The Hague Summit Declaration", date: "2025-06-25" }).success; // true
 */
export const FactSourceSchema = /* @__PURE__ */ z.object({
  /** Who published it and what it is called, as one would cite it. */
  name: z.string().min(1),
  /** Its date as the source gives it (ISO date, or a month or year when that is all it gives). */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO date, year-month or year")
    .optional(),
  url: z.url().optional(),
});

/**
 * Where a fact of the timeline or a yardstick was read: who published it, its date and, when there is
 * one, a link.
 *
 * @example
 * const sources: FactSource[] = TIMELINE.flatMap((event) => event.sources);
 */
export type FactSource = z.infer<typeof FactSourceSchema>;

/**
 * One dated fact of the Alliance's spending story. `date` is as precise as the sources allow: a day
 * (`2025-06-25`), a month (`2025-01`) or a year (`2006`); `endDate` closes a span of days.
 *
 * @example
 * TIMELINE.every((event) => TimelineEventSchema.safeParse(event).success); // true
 */
export const TimelineEventSchema = /* @__PURE__ */ z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO date, year-month or year"),
  endDate: z.iso.date().optional(),
  /** A future milestone agreed in advance (the 2029 review, the 2035 deadline). */
  milestone: z.boolean(),
  title: z.string().min(1),
  /** What happened, in a few sentences; quotations are marked with quotation marks. */
  text: z.string().min(1),
  sources: z.array(FactSourceSchema).min(1),
  /** What the sources leave unconfirmed, said plainly; shown with the fact. */
  caveat: z.string().min(1).optional(),
});

/**
 * One dated fact of the Alliance's spending story (a summit, a pledge, an agreed milestone), with its
 * sources and what they leave unconfirmed.
 *
 * @example
 * const milestones: TimelineEvent[] = TIMELINE.filter((event) => event.milestone);
 * milestones.map((event) => event.id); // ["hague-review", "hague-deadline"]
 */
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/**
 * A share of GDP the spending debate uses as a yardstick, with who set or said it. `pct` is the value a
 * calculator uses; `rangePct` keeps a range when the source gave one.
 *
 * @example
 * YARDSTICKS.every((yardstick) => YardstickSchema.safeParse(yardstick).success); // true
 */
export const YardstickSchema = /* @__PURE__ */ z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** A short name ("3.5 % Hague core"). */
  label: z.string().min(1),
  pct: z.number().positive().max(100),
  rangePct: z.object({ low: z.number(), high: z.number() }).optional(),
  /** Who set it or said it, and when. */
  origin: z.string().min(1),
  text: z.string().min(1),
  /** Year by which it is to be reached, when one was agreed. */
  deadline: z.number().int().optional(),
  sources: z.array(FactSourceSchema).min(1),
  caveat: z.string().min(1).optional(),
});

/**
 * A share of GDP the spending debate measures against (2 %, 3.5 %, 5 %), in percent, with who set or
 * said it and its sources.
 *
 * @example
 * const hagueCore: Yardstick | undefined = YARDSTICKS.find((y) => y.id === "hague-core");
 * hagueCore?.pct; // 3.5
 */
export type Yardstick = z.infer<typeof YardstickSchema>;
