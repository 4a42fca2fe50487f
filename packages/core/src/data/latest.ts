import type { Dataset } from "../models/dataset.js";
import type { NatoEdition } from "../models/edition.js";
import { dataset2026_07 } from "./dataset-2026-07.js";

/**
 * The latest edition's dataset (today NATO's July 2026 edition), the light way: a bundle that calls this
 * function carries that edition's figures only, where `getDataset()`, which can return any edition by
 * name, carries all five. It moves to NATO's next edition when the package ships it, as `getDataset()`
 * does; pin an edition with its own function (`dataset2026_07()`) or `getDataset("2026-07")`.
 *
 * @category Editions
 * @example
 * getLatestDataset().edition.id; // "2026-07"
 * getLatestDataset() === getDataset(); // true
 */
export function getLatestDataset(): Dataset<NatoEdition> {
  return dataset2026_07();
}
