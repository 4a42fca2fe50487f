import type { AllyCode } from "@nato/core";

/**
 * One colour per Ally on every chart of the site, whatever else is shown beside it: the number is the
 * palette slot (`--s1`..`--s10` in globals.css, light and dark). Nine colours for 32 Allies, so some
 * share one; they are spread so that the largest spenders and the Allies most often read together (the
 * Baltic states and Poland, the Nordics, Benelux, Central Europe, the Balkans) all differ. Slot 8 (grey)
 * is left for context lines.
 */
export const ALLY_COLOURS: Readonly<Record<AllyCode, number>> = Object.freeze({
  USA: 6,
  DEU: 1,
  FRA: 2,
  GBR: 10,
  POL: 4,
  ITA: 3,
  CAN: 7,
  ESP: 5,
  TUR: 9,
  EST: 3,
  LVA: 10,
  LTU: 5,
  NOR: 2,
  SWE: 9,
  FIN: 6,
  DNK: 4,
  ISL: 7,
  NLD: 9,
  BEL: 7,
  LUX: 3,
  CZE: 6,
  SVK: 10,
  HUN: 2,
  ROU: 1,
  BGR: 3,
  GRC: 6,
  ALB: 4,
  MNE: 10,
  MKD: 9,
  HRV: 5,
  SVN: 2,
  PRT: 4,
});

/** The palette slot of an Ally's lines and labels (see ALLY_COLOURS). */
export function allyColour(code: AllyCode): number {
  return ALLY_COLOURS[code];
}
