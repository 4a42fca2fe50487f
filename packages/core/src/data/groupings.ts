import { deepFreeze } from "../internal/freeze.js";
import type { AllyCode } from "../models/ally.js";

/**
 * A group of Allies a result can be split by: `"united-states"`, `"europe-and-canada"` (every Ally but the
 * United States, as NATO's aggregate) and `"eu-members"` (the Allies that are members of the European Union).
 *
 * @category Allies
 * @example
 * const id: GroupingId = "eu-members";
 * GROUPINGS[id].codes.length; // 23
 */
export type GroupingId = "united-states" | "europe-and-canada" | "eu-members";

/**
 * The groups results are split by, with their names. The EU members among the Allies are the 27 members
 * of the European Union less Austria, Cyprus, Ireland and Malta, which are not Allies: 23 Allies.
 *
 * @category Allies
 * @example
 * GROUPINGS["eu-members"].codes.includes("GBR"); // false
 */
export const GROUPINGS: Readonly<
  Record<GroupingId, { readonly name: string; readonly codes: readonly AllyCode[] }>
> = /* @__PURE__ */ deepFreeze({
  "united-states": { name: "United States", codes: ["USA"] },
  "europe-and-canada": {
    name: "Europe and Canada",
    codes: [
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
    ],
  },
  "eu-members": {
    name: "EU members",
    codes: [
      "BEL",
      "BGR",
      "HRV",
      "CZE",
      "DNK",
      "EST",
      "FIN",
      "FRA",
      "DEU",
      "GRC",
      "HUN",
      "ITA",
      "LVA",
      "LTU",
      "LUX",
      "NLD",
      "POL",
      "PRT",
      "ROU",
      "SVK",
      "SVN",
      "ESP",
      "SWE",
    ],
  },
});
