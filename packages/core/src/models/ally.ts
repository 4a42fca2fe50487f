/**
 * ISO 3166-1 alpha-3 codes of the 32 Allies, in NATO's table order.
 *
 * @category Allies
 * @example
 * ALLY_CODES.length; // 32
 * ALLY_CODES.includes("SWE"); // true
 */
export const ALLY_CODES = /* @__PURE__ */ Object.freeze([
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
] as const);

/**
 * ISO 3166-1 alpha-3 code of an Ally, e.g. `"POL"`.
 *
 * @category Allies
 * @example
 * const code: AllyCode = "POL";
 * allyByCode(code).name; // "Poland"
 */
export type AllyCode = (typeof ALLY_CODES)[number];

/**
 * An Ally: its codes, NATO's name for it, other names for look-ups, its accession, and whether it has
 * armed forces (Iceland has none).
 *
 * @category Allies
 * @example
 * const finland: Ally = getAlly("FIN");
 * finland.accessionYear; // 2023
 */
export interface Ally {
  /** ISO 3166-1 alpha-3. */
  readonly code: AllyCode;
  /** ISO 3166-1 alpha-2. */
  readonly alpha2: string;
  /** The name as NATO writes it in its tables ("Slovak Republic", "Türkiye"). */
  readonly name: string;
  /** Other names people use for it ("Turkey", "Slovakia", "UK"), for look-ups. */
  readonly aliases: readonly string[];
  /** Year the Ally joined; NATO's aggregates count it from this year on. */
  readonly accessionYear: number;
  /** ISO date of accession (for the founders, the signing of the Washington Treaty). */
  readonly accessionDate: string;
  /** Iceland has no armed forces: NATO publishes no defence figures for it. */
  readonly hasArmedForces: boolean;
  /** Whether the Ally is in "NATO Europe and Canada" (every Ally but the United States). */
  readonly europeOrCanada: boolean;
}

const allyCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(ALLY_CODES);

/**
 * True when `value` is the alpha-3 code of an Ally (exactly, in capitals): narrows a string from a URL,
 * a file or a form to `AllyCode`. Use `findAlly` to match names and other spellings.
 *
 * @category Allies
 * @example
 * const input: string = "POL";
 * if (isAllyCode(input)) observationOf(dataset2026_07(), input, 2025); // input is AllyCode here
 * isAllyCode("pol"); // false
 * isAllyCode("NATO"); // false (an aggregate)
 */
export function isAllyCode(value: unknown): value is AllyCode {
  return typeof value === "string" && allyCodes.has(value);
}

/**
 * True when `ally` was a member in `year`, the way NATO's aggregates count it (from the accession year).
 *
 * @category Allies
 * @example
 * isMemberIn(getAlly("FIN"), 2022); // false
 * isMemberIn(getAlly("FIN"), 2023); // true
 */
export function isMemberIn(ally: Pick<Ally, "accessionYear">, year: number): boolean {
  return year >= ally.accessionYear;
}
