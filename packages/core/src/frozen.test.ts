import { describe, expect, it } from "vitest";
import * as api from "./index.js";

/** Every object reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  const found = Object.isFrozen(value) ? [] : [path];
  for (const key of Object.keys(value))
    found.push(...unfrozen((value as Record<string, unknown>)[key], `${path}.${key}`, seen));
  return found;
}

/** Tries every kind of write on every object reachable from `value`; returns the ones that did not throw. */
function writable(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  const target = value as Record<string, unknown>;
  const found: string[] = [];
  const attempt = (what: string, write: () => void) => {
    try {
      write();
      found.push(`${path} (${what})`);
    } catch (error) {
      expect(error, `${path} ${what}`).toBeInstanceOf(TypeError);
    }
  };
  const keys = Object.keys(target);
  const first = keys[0];
  if (first !== undefined) {
    attempt("set", () => {
      target[first] = "changed";
    });
    attempt("delete", () => {
      delete target[first];
    });
  }
  attempt("add", () => {
    target.added = 1;
  });
  if (Array.isArray(target)) attempt("push", () => (target as unknown[]).push(1));
  for (const key of keys) found.push(...writable(target[key], `${path}.${key}`, seen));
  return found;
}

// What the package hands out from its shared state: the exported constants, and what its look-ups and
// cached datasets return (the same objects on every call, to every caller in the process).
const exportedValues = Object.entries(api).filter(([, value]) => typeof value !== "function");
const sharedResults: [string, unknown][] = [
  ["getDataset()", api.getDataset()],
  ["dataset2025_08()", api.dataset2025_08()],
  ["allDatasets()", api.allDatasets()[0]],
  ['getAlly("POL")', api.getAlly("POL")],
  ['allyByCode("ISL")', api.allyByCode("ISL")],
  ['aggregateByCode("NATO")', api.aggregateByCode("NATO")],
  ['findAlly("pl")', api.findAlly("pl")],
  ["membersIn(2024)[0]", api.membersIn(2024)[0]],
  ['getRule("hague-core")', api.getRule("hague-core")],
  ["customRule({ threshold: 3 })", api.customRule({ threshold: 3 })],
  ["datasetExportJsonSchema()", api.datasetExportJsonSchema()],
  ['observationOf(getDataset(), "POL", 2025)', api.observationOf(api.getDataset(), "POL", 2025)],
];

describe("shared data is deeply frozen", () => {
  it("walks every export: each is a function, a primitive or deeply frozen", () => {
    expect(exportedValues.length).toBeGreaterThan(20);
    for (const [name, value] of exportedValues) {
      if (typeof value === "object" && value !== null) expect(unfrozen(value, name), name).toEqual([]);
      else expect(["string", "number", "boolean"], name).toContain(typeof value);
    }
  });

  it("throws a TypeError on every write to every exported object, at any depth", () => {
    for (const [name, value] of exportedValues) expect(writable(value, name), name).toEqual([]);
  });

  it("freezes what look-ups and the cached datasets return", () => {
    for (const [name, value] of sharedResults) {
      expect(value, name).toBeTypeOf("object");
      expect(unfrozen(value, name), name).toEqual([]);
    }
    const [name, dataset] = sharedResults[0] as [string, api.Dataset];
    expect(writable(dataset, name)).toEqual([]);
  });

  it("keeps one careless write from changing anyone else's answer", () => {
    expect(() => {
      (api.HAGUE_CORE as { threshold: number }).threshold = 3;
    }).toThrow(TypeError);
    expect(() => {
      (api.getAlly("POL") as { hasArmedForces: boolean }).hasArmedForces = false;
    }).toThrow(TypeError);
    expect(() => {
      (api.getDataset().observations as api.Observation[]).pop();
    }).toThrow(TypeError);
    // Poland, 2025e: 4.25% of GDP (NATO, 2026 edition, Table 3), above The Hague's 3.5%.
    const verdict = api.allyVerdict(api.getDataset(), api.HAGUE_CORE, api.getAlly("POL"), 2025);
    expect(verdict).toMatchObject({ status: "met", value: 4.25, threshold: 3.5 });
  });
});
