import { ALLIES } from "@nato/core";
import { describe, expect, it } from "vitest";
import { TILE_COLUMNS, TILE_GRID, TILE_ROWS } from "./map";

describe("the phone's tile map", () => {
  it("places every Ally once, inside the grid, no two on the same square", () => {
    const codes = ALLIES.map((a) => a.code);
    expect(Object.keys(TILE_GRID).sort()).toEqual([...codes].sort());
    const squares = Object.values(TILE_GRID).map(([c, r]) => `${c},${r}`);
    expect(new Set(squares).size).toBe(codes.length);
    for (const [c, r] of Object.values(TILE_GRID)) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThan(TILE_COLUMNS);
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(TILE_ROWS);
    }
  });
});
