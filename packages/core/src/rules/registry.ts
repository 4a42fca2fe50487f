import { distance } from "fastest-levenshtein";
import { deepFreeze } from "../internal/freeze.js";
import { NatoError } from "../models/error.js";
import type { KnownOr } from "../models/known.js";
import type { BuiltinRuleId, Rule } from "../models/rule.js";
import { EQUIPMENT_20 } from "./equipment-20.js";
import { HAGUE_CORE } from "./hague-core.js";
import { HAGUE_TOTAL } from "./hague-total.js";
import { TWO_PERCENT } from "./two-percent.js";

/**
 * The Alliance's agreed rules, by id.
 *
 * @category Rules
 * @example
 * Object.values(RULES).map((rule) => rule.threshold); // [2, 20, 3.5, 5]
 */
export const RULES: Readonly<Record<BuiltinRuleId, Rule>> = /* @__PURE__ */ deepFreeze({
  "two-percent": TWO_PERCENT,
  "equipment-20": EQUIPMENT_20,
  "hague-core": HAGUE_CORE,
  "hague-total": HAGUE_TOTAL,
});

/**
 * A built-in rule by id. A literal id must be one of `RULE_IDS` (`getRule("hague-cor")` does not compile); a
 * string read at run time is checked then, and throws `NatoError` `UNKNOWN_RULE` naming the ids it knows.
 *
 * @category Rules
 * @example
 * getRule("hague-core").threshold; // 3.5
 */
export function getRule<Id extends string>(id: KnownOr<Id, BuiltinRuleId>): Rule {
  const key = String(id).trim().toLowerCase();
  if (key in RULES) return RULES[key as BuiltinRuleId];
  // A misspelt id (two-percnt, hague_core) gets the closest one.
  const near = Object.keys(RULES)
    .map((rule) => ({ rule, d: distance(key.replace(/[_\s]+/g, "-"), rule) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint = near && near.d <= 3 ? ` Did you mean "${near.rule}"?` : "";
  throw new NatoError(
    "UNKNOWN_RULE",
    `Unknown rule "${id}"${hint ? `.${hint} Expected` : ": expected"} one of ${Object.keys(RULES).join(", ")}.`,
    {
      received: id,
      expected: Object.keys(RULES).join(" | "),
    },
  );
}
