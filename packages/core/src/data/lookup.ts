import { distance } from "fastest-levenshtein";
import type { Aggregate, AggregateCode } from "../models/aggregate.js";
import type { Ally, AllyCode } from "../models/ally.js";
import { NatoError } from "../models/error.js";
import { AGGREGATES } from "./aggregates.js";
import { ALLIES } from "./allies.js";

/** Folds case, accents, punctuation and spacing: "Türkiye" and "turkiye" match, so do "U.K." and "uk". */
function fold(text: string): string {
  // Plain ASCII has no accents to strip: the Unicode steps are skipped (what they would remove from it,
  // such as "^", the last step removes too).
  const bare = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFD").replace(/\p{Diacritic}/gu, "");
  return bare.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function keysOf(ally: Ally): string[] {
  return [ally.code, ally.alpha2, ally.name, ...ally.aliases].map(fold);
}

let byKey: Map<string, Ally> | undefined;

/** Every Ally by each of its folded codes, names and aliases, built on first use. */
function allyIndex(): Map<string, Ally> {
  if (!byKey) {
    byKey = new Map();
    for (const ally of ALLIES) for (const key of keysOf(ally)) if (!byKey.has(key)) byKey.set(key, ally);
  }
  return byKey;
}

/**
 * The Ally named by an alpha-3 code, alpha-2 code, NATO's name or a common alias, in any case;
 * `undefined` when none matches.
 *
 * @category Allies
 * @example
 * findAlly("pl")?.code; // "POL"
 * findAlly("turkey")?.name; // "Türkiye"
 */
export function findAlly(query: string): Ally | undefined {
  const text = String(query);
  // An alpha-3 code as written, the commonest query, needs no index.
  const exact = ALLIES.find((ally) => ally.code === text);
  if (exact) return exact;
  const key = fold(text);
  if (key === "") return undefined;
  return allyIndex().get(key);
}

/**
 * The Ally whose code or name is closest to `query`, for "did you mean".
 *
 * @category Allies
 * @example
 * suggestAlly("Polnd")?.code; // "POL"
 */
export function suggestAlly(query: string): Ally | undefined {
  const key = fold(String(query));
  if (key === "") return undefined;
  let best: { ally: Ally; score: number } | undefined;
  for (const ally of ALLIES) {
    for (const candidate of keysOf(ally)) {
      // Prefixes count as near ("nether" -> Netherlands); otherwise edit distance relative to length.
      const score =
        candidate.startsWith(key) && key.length >= 3 ? 0 : distance(key, candidate) / candidate.length;
      if (!best || score < best.score) best = { ally, score };
    }
  }
  return best && best.score <= 0.5 ? best.ally : undefined;
}

/**
 * The Ally named by `query` (code or name, any case). Throws `NatoError` `UNKNOWN_ALLY` naming the input
 * and, when one is close, the nearest Ally.
 *
 * @category Allies
 * @example
 * getAlly("Poland").code; // "POL"
 * getAlly("Polnd"); // throws: Unknown Ally "Polnd". Did you mean Poland (POL)? ...
 */
export function getAlly(query: string): Ally {
  const found = findAlly(query);
  if (found) return found;
  const near = suggestAlly(query);
  const hint = near ? ` Did you mean ${near.name} (${near.code})?` : "";
  throw new NatoError(
    "UNKNOWN_ALLY",
    `Unknown Ally "${query}".${hint} Expected an ISO code (POL, PL) or a name (Poland).`,
    near
      ? { received: query, expected: "an Ally's ISO alpha-3 or alpha-2 code or name", suggestion: near.code }
      : { received: query, expected: "an Ally's ISO alpha-3 or alpha-2 code or name" },
  );
}

/**
 * The Ally with this exact alpha-3 code.
 *
 * @category Allies
 * @example
 * allyByCode("ISL").hasArmedForces; // false
 */
export function allyByCode(code: AllyCode): Ally {
  const found = ALLIES.find((ally) => ally.code === code);
  if (!found) throw new NatoError("UNKNOWN_ALLY", `Unknown Ally code "${code}".`, { received: code });
  return found;
}

/**
 * One of NATO's aggregates by code.
 *
 * @category Allies
 * @example
 * aggregateByCode("NATO_EU_CA").name; // "NATO Europe and Canada"
 */
export function aggregateByCode(code: AggregateCode): Aggregate {
  const found = AGGREGATES.find((a) => a.code === code);
  if (!found) throw new NatoError("UNKNOWN_ALLY", `Unknown aggregate "${code}".`, { received: code });
  return found;
}

/**
 * The name NATO uses for an Ally or aggregate code.
 *
 * @category Allies
 * @example
 * entityName("NATO"); // "NATO Total"
 * entityName("SVK"); // "Slovak Republic"
 */
export function entityName(code: string): string {
  return ALLIES.find((a) => a.code === code)?.name ?? AGGREGATES.find((a) => a.code === code)?.name ?? code;
}

/**
 * The Allies that were members in `year`, as NATO's aggregates count them.
 *
 * @category Allies
 * @example
 * membersIn(2016).length; // 28
 */
export function membersIn(year: number): Ally[] {
  return ALLIES.filter((ally) => ally.accessionYear <= year);
}

/**
 * The Allies a search box's text may mean, best first: the one it names exactly (code, alpha-2 code,
 * name or alias, any case or accents), else those whose name or alias starts with it, else the nearest
 * by spelling. Empty when nothing is close.
 *
 * @category Allies
 * @example
 * searchAllies("pol").map((a) => a.code); // ["POL"]
 * searchAllies("Türk").map((a) => a.code); // ["TUR"]
 * searchAllies("UK").map((a) => a.code); // ["GBR"]
 * searchAllies("slov").map((a) => a.code); // ["SVK", "SVN"]
 */
export function searchAllies(query: string): Ally[] {
  const key = fold(String(query));
  if (key === "") return [];
  const exact = findAlly(query);
  if (exact) return [exact];
  const prefixed = ALLIES.filter((ally) =>
    [ally.name, ...ally.aliases]
      .map(fold)
      .some((k) => k.startsWith(key) || (key.length >= 3 && k.includes(key))),
  );
  if (prefixed.length > 0) return prefixed;
  const near = suggestAlly(query);
  return near ? [near] : [];
}
