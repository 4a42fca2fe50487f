import * as z from "zod";

/**
 * ISO 3166-1 alpha-3 codes of the 32 Allies, in NATO's table order.
 *
 * @example
 * ALLY_CODES.length; // 32
 * ALLY_CODES.includes("SWE"); // true
 */
export const ALLY_CODES = [
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
] as const;

/**
 * ISO 3166-1 alpha-3 code of an Ally, e.g. `"POL"`.
 *
 * @example
 * const code: AllyCode = "POL";
 * allyByCode(code).name; // "Poland"
 */
export type AllyCode = (typeof ALLY_CODES)[number];

/**
 * An Ally of NATO, as a zod schema: checks an Ally record such as those of `ALLIES`.
 *
 * @example
 * AllySchema.safeParse(getAlly("POL")).success; // true
 */
export const AllySchema = /* @__PURE__ */ z.object({
  /** ISO 3166-1 alpha-3. */
  code: z.enum(ALLY_CODES),
  /** ISO 3166-1 alpha-2. */
  alpha2: z.string().regex(/^[A-Z]{2}$/),
  /** The name as NATO writes it in its tables ("Slovak Republic", "Türkiye"). */
  name: z.string().min(1),
  /** Other names people use for it ("Turkey", "Slovakia", "UK"), for look-ups. */
  aliases: z.array(z.string()),
  /** Year the Ally joined; NATO's aggregates count it from this year on. */
  accessionYear: z.number().int().min(1949),
  /** ISO date of accession (for the founders, the signing of the Washington Treaty). */
  accessionDate: z.iso.date(),
  /** Iceland has no armed forces: NATO publishes no defence figures for it. */
  hasArmedForces: z.boolean(),
  /** Whether the Ally is in "NATO Europe and Canada" (every Ally but the United States). */
  europeOrCanada: z.boolean(),
});

/**
 * An Ally: its codes, NATO's name for it, other names for look-ups, its accession, and whether it has
 * armed forces (Iceland has none).
 *
 * @example
 * const finland: Ally = getAlly("FIN");
 * finland.accessionYear; // 2023
 */
export type Ally = z.infer<typeof AllySchema>;

/**
 * True when `ally` was a member in `year`, the way NATO's aggregates count it (from the accession year).
 *
 * @example
 * isMemberIn(getAlly("FIN"), 2022); // false
 * isMemberIn(getAlly("FIN"), 2023); // true
 */
export function isMemberIn(ally: Pick<Ally, "accessionYear">, year: number): boolean {
  return year >= ally.accessionYear;
}
