// Revisions across editions: every edition's value, first published and latest, ordinary revisions apart
// from NATO's 2026 change of basis, and constant-price money never compared across price bases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { allDatasets } from "../data/datasets.js";
import { EDITION_IDS, EDITIONS, LATEST_EDITION_ID } from "../data/editions.js";
import { yearEditionsTitle } from "../format/chart-titles.js";
import { formatRevision, revisionSentence } from "../format/revision.js";
import { AGGREGATE_CODES } from "../models/aggregate.js";
import { ALLY_CODES } from "../models/ally.js";
import type { Dataset } from "../models/dataset.js";
import type { EditionBasis, NatoEdition, PriceBase } from "../models/edition.js";
import { isNatoError } from "../models/error.js";
import { METRIC_INFO, METRICS, type Metric } from "../models/metric.js";
import type { Observation } from "../models/observation.js";
import {
  asFirstPublished,
  figureRevisions,
  largestRevisions,
  mostPublishedYear,
  parseEntity,
  type RevisionChange,
  revisionHistory,
  revisionMeasure,
  revisionsByAllies,
  revisionsByAlly,
  revisionsByEdition,
} from "./revisions.js";

const TWO = { datasets: [dataset2026_07(), dataset2025_08()] };

function natoError(fn: () => unknown): Error & { code: string } {
  try {
    fn();
  } catch (error) {
    if (isNatoError(error)) return error;
    throw error;
  }
  throw new Error("expected a NatoError");
}

describe("figureRevisions on NATO's figures", () => {
  it("keeps the 2026 change of basis apart: Poland 2024, 3.79% (2025 edition, 2024e) then 3.75% (2026)", () => {
    // NATO 2025 edition, Table 3 (transcribed): Poland 2024e 3.79%; NATO 2026 edition, Table 3: 3.75%.
    const r = figureRevisions("POL", 2024, TWO);
    expect(r.measure).toBe("points");
    expect(r.editions.map((e) => [e.edition, e.value, e.estimate, e.priceBase, e.basis])).toEqual([
      ["2026-07", 3.75, false, 2021, "core-defence-expenditure"],
      ["2025-08", 3.79, true, 2021, "defence-expenditure"],
    ]);
    expect(r.firstPublished?.edition).toBe("2025-08");
    expect(r.latest?.edition).toBe("2026-07");
    expect(r.revision).toBeNull();
    expect(r.basisChange?.kind).toBe("basis-change");
    expect(r.basisChange?.change).toBe(-0.04);
    expect(r.firstToLatest?.kind).toBe("basis-change");
  });

  it("gives a year only the newest edition covers as first published and latest at once", () => {
    // NATO 2026 edition, Table 3: Poland 2026e 4.68%; the 2025 edition ends in 2025.
    const r = figureRevisions("POL", 2026, TWO);
    expect(r.editions.map((e) => e.edition)).toEqual(["2026-07"]);
    expect(r.firstPublished?.value).toBe(4.68);
    expect(r.latest).toEqual(r.firstPublished);
    expect([r.revision, r.basisChange, r.firstToLatest, r.steps.length]).toEqual([null, null, null, 0]);
  });

  it("names the value's own source where it differs: Estonia 2025e from a news report", () => {
    const r = figureRevisions("Estonia", 2025, TWO);
    // NATO 2025 edition 2025e 3.38% (as reported in the news); NATO 2026 edition 2025e 3.93%.
    expect(r.firstPublished?.value).toBe(3.38);
    expect(r.firstPublished?.note).toMatch(/reported/);
    expect(r.basisChange?.change).toBe(0.55);
  });

  it("leaves out editions without the metric (the 2025 edition carries share of GDP only)", () => {
    const r = figureRevisions("POL", 2024, { ...TWO, metric: "spend" });
    expect(r.measure).toBe("percent");
    expect(r.editions.map((e) => e.edition)).toEqual(["2026-07"]);
  });

  it("reads aggregates and names", () => {
    expect(parseEntity("nato")).toBe("NATO");
    expect(parseEntity("NATO_EU_CA")).toBe("NATO_EU_CA");
    expect(parseEntity("Poland")).toBe("POL");
    expect(parseEntity("pl")).toBe("POL");
  });

  it("refuses unknown Allies, metrics, editions and years with what is known", () => {
    const ally = natoError(() => figureRevisions("Polnd", 2019));
    expect(ally.code).toBe("UNKNOWN_ALLY");
    expect(ally.message).toContain("Did you mean Poland (POL)?");
    expect(ally.message).toContain("NATO_EU_CA");
    const metric = natoError(() => figureRevisions("POL", 2019, { metric: "shares" }));
    expect(metric.code).toBe("UNKNOWN_METRIC");
    expect(metric.message).toContain("share (shareOfGdpPct)");
    const edition = natoError(() => figureRevisions("POL", 2019, { until: "2022" }));
    expect(edition.code).toBe("UNKNOWN_EDITION");
    for (const id of EDITION_IDS) expect(edition.message).toContain(id);
    const year = natoError(() => figureRevisions("POL", 1990));
    expect(year.code).toBe("YEAR_OUT_OF_RANGE");
    expect(year.message).toMatch(/expected a year from \d{4} to \d{4}/);
  });
});

describe("largest revisions", () => {
  it("marks every difference between the 2025 and 2026 editions as the change of basis", () => {
    // NATO 2025 edition 2025e (news reports): Estonia 3.38%, Albania 2.01%; NATO 2026 edition: 3.93%, 1.48%.
    const r = largestRevisions({ from: "latest", to: "2025", limit: 2, ...TWO });
    expect([r.from, r.to, r.kind, r.measure, r.comparable]).toEqual([
      "2025-08",
      "2026-07",
      "basis-change",
      "points",
      true,
    ]);
    expect(r.revisions.map((e) => [e.code, e.year, e.change.change])).toEqual([
      ["EST", 2025, 0.55],
      ["ALB", 2025, -0.53],
    ]);
  });

  it("lists each pair of successive editions that carry the metric, newest first", () => {
    const pairs = revisionsByEdition();
    const ids = allDatasets()
      .filter((d) => d.observations.some((o) => o.shareOfGdpPct !== null))
      .map((d) => d.edition.id);
    expect(pairs.map((p) => p.to)).toEqual(ids.slice(0, -1));
    expect(pairs.map((p) => p.from)).toEqual(ids.slice(1));
  });

  it("keeps an Ally's ordinary revisions and its changes of basis apart", () => {
    const r = revisionsByAlly("POL", TWO);
    expect(r.revisions).toEqual([]);
    // Poland 2025e: 4.48% (2025 edition) to 4.25% (2026 edition).
    expect(r.basisChanges.find((e) => e.year === 2025)?.change.change).toBe(-0.23);
    expect(revisionsByAllies(TWO)).toHaveLength(ALLY_CODES.length + AGGREGATE_CODES.length);
  });
});

// ---- Properties on made-up editions: any values, any price bases, one change of basis at any point. ----

function edition(i: number, basis: EditionBasis, priceBase: PriceBase): NatoEdition {
  return {
    ...EDITIONS[LATEST_EDITION_ID],
    id: `20${10 + i}-06`,
    aliases: [],
    publishedOn: `20${10 + i}-06-01`,
    firstYear: 2000,
    lastYear: 2030,
    estimateYears: [],
    basis,
    priceBase,
  };
}

interface Made {
  readonly datasets: Dataset[];
  readonly editions: { value: number | null; basis: EditionBasis; priceBase: PriceBase }[];
}

const made: fc.Arbitrary<Made> = fc
  .tuple(
    fc.array(
      fc.record({
        value: fc.option(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { nil: null }),
        priceBase: fc.constantFrom<PriceBase>(2015, 2021),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    fc.nat(6),
  )
  .map(([rows, switchAt]) => {
    const editions = rows.map((r, i) => ({
      ...r,
      basis: (i >= switchAt ? "core-defence-expenditure" : "defence-expenditure") as EditionBasis,
    }));
    const datasets = editions
      .map((e, i): Dataset => {
        const o = {
          ...Object.fromEntries(METRICS.map((m) => [m, e.value])),
          code: "POL",
          year: 2020,
          edition: `20${10 + i}-06`,
          estimate: false,
        } as unknown as Observation;
        // Another Ally's row, so that every edition carries the metric even where Poland's value is missing.
        const other = { ...o, ...Object.fromEntries(METRICS.map((m) => [m, 1])), code: "DEU" } as Observation;
        const observations = [o, other];
        return { edition: edition(i, e.basis, e.priceBase), observations };
      })
      .reverse();
    return { datasets, editions };
  });

describe("revision properties", () => {
  it("first published is the oldest value, latest the newest, and steps chain them", () => {
    fc.assert(
      fc.property(made, fc.constantFrom<Metric>(...METRICS), ({ datasets, editions }, metric) => {
        const r = figureRevisions("POL", 2020, { datasets, metric });
        const published = editions.filter((e) => e.value !== null);
        expect(r.editions).toHaveLength(editions.length);
        expect(r.firstPublished?.value ?? null).toBe(published[0]?.value ?? null);
        expect(r.latest?.value ?? null).toBe(published[published.length - 1]?.value ?? null);
        expect(r.steps).toHaveLength(Math.max(0, published.length - 1));
        r.steps.forEach((s, i) => {
          if (i > 0) expect(s.from).toEqual(r.steps[i - 1]?.to);
          expect(s.kind).toBe(s.from.basis === s.to.basis ? "revision" : "basis-change");
        });
      }),
      { numRuns: 300 },
    );
  });

  it("never compares constant-price money of different price bases, and says why", () => {
    const constant = METRICS.filter((m) => METRIC_INFO[m].prices?.startsWith("constant"));
    fc.assert(
      fc.property(made, fc.constantFrom<Metric>(...constant), ({ datasets }, metric) => {
        const r = figureRevisions("POL", 2020, { datasets, metric });
        for (const c of [...r.steps, r.revision, r.basisChange, r.firstToLatest]) {
          if (!c) continue;
          expect(c.comparable).toBe(c.from.priceBase === c.to.priceBase);
          if (!c.comparable) {
            expect(c.change).toBeNull();
            expect(c.reason).toContain(`${c.from.priceBase} and ${c.to.priceBase} prices`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("counts the change of basis apart: the ordinary revision is the sum of the steps before it", () => {
    fc.assert(
      fc.property(made, ({ datasets, editions }) => {
        const r = figureRevisions("POL", 2020, { datasets, metric: "shareOfGdpPct" });
        const first = editions.find((e) => e.value !== null);
        const sameBasis = r.steps.filter((s) => s.kind === "revision" && s.to.basis === first?.basis);
        const sum = sameBasis.reduce((a, s) => a + (s.change as number), 0);
        if (r.revision === null) expect(sameBasis).toEqual([]);
        else {
          expect(r.revision.kind).toBe("revision");
          expect(r.revision.change as number).toBeCloseTo(sum, 6);
        }
        const crossings = r.steps.filter((s) => s.kind === "basis-change");
        expect(r.basisChange).toEqual(crossings[0] ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it("as first published keeps the oldest value of each year and no edition after `until`", () => {
    fc.assert(
      fc.property(made, fc.nat(5), ({ datasets, editions }, cut) => {
        const ids = datasets.map((d) => d.edition.id).reverse();
        const until = ids[Math.min(cut, ids.length - 1)] as string;
        const s = asFirstPublished("POL", { datasets, until });
        const kept = editions.slice(0, ids.indexOf(until) + 1).filter((e) => e.value !== null);
        expect(s.until).toBe(until);
        expect(s.points.map((p) => p.figure.value)).toEqual(kept[0] ? [kept[0].value] : []);
      }),
      { numRuns: 200 },
    );
  });
});

describe("revision properties on every edition shipped", () => {
  const codes = [...ALLY_CODES, ...AGGREGATE_CODES];
  it("answers every Ally, aggregate and metric with editions newest first and finite changes", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...METRICS), (code, metric) => {
        for (const r of revisionHistory(code, { metric })) {
          const dates = r.editions.map((e) => e.publishedOn ?? "");
          expect(dates).toEqual([...dates].sort().reverse());
          for (const c of r.steps) {
            if (c.change !== null) expect(Number.isFinite(c.change)).toBe(true);
            if (METRIC_INFO[metric].prices?.startsWith("constant") && c.from.priceBase !== c.to.priceBase) {
              expect(c.change).toBeNull();
            }
          }
          expect(r.measure).toBe(revisionMeasure(metric));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("sorts the largest revisions by size and leaves out unchanged figures", () => {
    for (const pair of revisionsByEdition()) {
      const sizes = pair.revisions.map((e) => Math.abs(e.change.change));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      expect(sizes.every((s) => s > 0)).toBe(true);
      expect(pair.revisions.every((e) => e.change.kind === pair.kind)).toBe(true);
    }
  });

  it("refuses junk with a NatoError, never a TypeError", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (code, metric) => {
        try {
          figureRevisions(code as string, 2020, { metric: metric as string });
        } catch (error) {
          if (!isNatoError(error)) throw new Error(`not a NatoError: ${String(error)}`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatting a revision", () => {
  it("writes points for shares, percent for money, and says when values cannot be compared", () => {
    // Poland 2025e: 4.48% (NATO 2025 edition) to 4.25% (NATO 2026 edition).
    const poland = figureRevisions("POL", 2025, TWO).basisChange;
    expect(formatRevision(poland)).toBe("−0.23 pp");
    expect(revisionSentence(poland as RevisionChange, (v, e) => `${v.toFixed(2)}%${e ? "e" : ""}`)).toBe(
      "From 4.48%e (2025-08) to 4.25%e (2026-07): −0.23 pp, across NATO's change of basis from defence expenditure to core defence expenditure.",
    );
    expect(formatRevision({ change: 3.125, measure: "percent", comparable: true })).toBe("+3.1%");
    expect(formatRevision({ change: null, measure: "percent", comparable: false })).toBe("not comparable");
    expect(formatRevision(null)).toBe("");
  });
});

describe("the year to follow and its chart title", () => {
  it("follows the latest year that the most editions published", () => {
    // The 2025 edition covers 2014-2025 and the 2026 edition 2014-2026: 2025 is the last year both give.
    expect(mostPublishedYear("POL", TWO)).toBe(2025);
    expect(mostPublishedYear("POL", { datasets: [dataset2026_07()] })).toBe(2026);
    // Iceland: NATO publishes no share of GDP for it.
    expect(mostPublishedYear("ISL", TWO)).toBeNull();
  });

  it("states what NATO first said and what it says now, naming the change of basis", () => {
    // Poland 2025e: 4.48% (NATO August 2025 edition), 4.25% (NATO July 2026 edition, core defence expenditure).
    expect(yearEditionsTitle("Poland", figureRevisions("POL", 2025, TWO))).toBe(
      "NATO first put Poland's 2025 share of GDP at 4.48%\u00a0e (August 2025 edition); the July 2026 edition says 4.25%\u00a0e, as core defence expenditure",
    );
    // Poland 2019: 1.96% in both editions.
    expect(yearEditionsTitle("Poland", figureRevisions("POL", 2019, TWO))).toBe(
      "NATO gave Poland's 2019 share of GDP as 1.96% in its August 2025 edition and still does in July 2026, as core defence expenditure",
    );
    expect(yearEditionsTitle("Poland", figureRevisions("POL", 2026, TWO))).toBe(
      "Only NATO's July 2026 edition gives Poland's 2026 share of GDP: 4.68%\u00a0e",
    );
    expect(yearEditionsTitle("Iceland", figureRevisions("ISL", 2020, TWO))).toBe(
      "No NATO edition gives Iceland's 2020 share of GDP",
    );
  });
});
