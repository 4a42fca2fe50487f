// The checks NATO's own figures pass in every edition at hand. A failure names the cell that breaks it.
import { ALLIES } from "@nato/core";
import { ImportError } from "./read.mjs";

const GDP_ONLY = /^(gdpUsdCurrentBn|realGdpUsdConstant\d{4}Bn|gdpPerCapitaUsd\d{4})$/;
/** Category shares: NATO's four must sum to 100 within its rounding. */
export const SHARE_TOLERANCE = 0.05;
/** Share of GDP against constant spend over constant GDP, in points. */
export const RATIO_TOLERANCE = 0.015;
/** Aggregates against the sum of their members: NATO's unrounded totals equal it to float precision. */
export const SUM_TOLERANCE = 1e-6;

const whereOf = (data, code, year, metric) =>
  data.rows.get(code)?.cells.get(`${year}:${metric}`) ?? { sheet: data.kind === "workbook" ? undefined : "" };

/** Throws ImportError at the first figure that breaks one of NATO's checks; returns what was checked. */
export function validate(data, id) {
  const checked = { shares: 0, aggregates: 0, ratios: 0 };
  const [idYear] = id.split("-").map(Number);
  const base = data.priceBase;
  if (base === null)
    throw new ImportError('no price base found (expected a block or unit such as "Constant 2015 prices")');

  // Years inside the edition: none after its release, estimates only at the end.
  const last = data.years[data.years.length - 1];
  if (last > idYear)
    throw new ImportError(
      `year ${last} comes after the edition's release (${id}): expected years up to ${idYear}`,
      firstCellOfYear(data, last),
    );
  data.estimateYears.forEach((y, i) => {
    if (!data.years.includes(y) || y !== data.years[data.years.length - data.estimateYears.length + i])
      throw new ImportError(
        `estimate year ${y} is not among the edition's last years (${data.years.join(", ")})`,
      );
  });
  for (const [code, entry] of data.rows)
    for (const year of entry.values.keys())
      if (!data.years.includes(year))
        throw new ImportError(
          `${code} ${year} is outside the edition's years ${data.years[0]}-${last}`,
          [...entry.cells.values()][0],
        );

  // Accession: the Allies of the release month, no more, no fewer; Iceland with GDP only.
  const month = id;
  const expected = ALLIES.filter((a) => a.accessionDate.slice(0, 7) <= month).map((a) => a.code);
  for (const code of expected)
    if (!data.rows.has(code)) {
      const ally = ALLIES.find((a) => a.code === code);
      throw new ImportError(
        `${ally.name} (an Ally since ${ally.accessionDate}) is missing: expected a row for every Ally of ${id}`,
      );
    }
  for (const [code, entry] of data.rows) {
    const ally = ALLIES.find((a) => a.code === code);
    if (ally && !expected.includes(code))
      throw new ImportError(
        `${ally.name} joined on ${ally.accessionDate}, after the edition's release (${id}): a renamed country or a wrong id?`,
        [...entry.cells.values()][0],
      );
    if (ally && !ally.hasArmedForces)
      for (const [year, values] of entry.values)
        for (const metric of Object.keys(values))
          if (!GDP_ONLY.test(metric))
            throw new ImportError(
              `${ally.name} has no armed forces; NATO publishes only its GDP, but ${year} has ${metric}`,
              whereOf(data, code, year, metric),
            );
  }

  // Category shares sum to 100.
  for (const [code, entry] of data.rows)
    for (const [year, v] of entry.values) {
      const parts = [v.equipmentSharePct, v.personnelSharePct, v.infrastructureSharePct, v.otherSharePct];
      if (parts.some((p) => p === undefined)) continue;
      const total = parts.reduce((a, b) => a + b, 0);
      if (Math.abs(total - 100) > SHARE_TOLERANCE)
        throw new ImportError(
          `${code} ${year}: equipment, personnel, infrastructure and other shares sum to ${total.toFixed(4)}, expected 100 ± ${SHARE_TOLERANCE}`,
          whereOf(data, code, year, "otherSharePct"),
        );
      checked.shares++;
    }

  // Share of GDP = constant spend / constant GDP.
  const spendC = `expenditureUsdConstant${base}M`;
  const gdpC = `realGdpUsdConstant${base}Bn`;
  for (const [code, entry] of data.rows)
    for (const [year, v] of entry.values) {
      if (v.shareOfGdpPct === undefined || v[spendC] === undefined || v[gdpC] === undefined) continue;
      const ratio = (v[spendC] / (v[gdpC] * 1000)) * 100;
      if (Math.abs(ratio - v.shareOfGdpPct) > RATIO_TOLERANCE)
        throw new ImportError(
          `${code} ${year}: share of GDP ${v.shareOfGdpPct} but constant spend / constant GDP is ${ratio.toFixed(4)} (tolerance ${RATIO_TOLERANCE} points)`,
          whereOf(data, code, year, "shareOfGdpPct"),
        );
      checked.ratios++;
    }

  // Aggregates equal the sum of that year's members, counted from their accession year.
  const additive = ["expenditureUsdCurrentM", spendC, "militaryPersonnelThousands", "gdpUsdCurrentBn", gdpC];
  for (const [agg, europeOnly] of [
    ["NATO", false],
    ["NATO_EU_CA", true],
  ]) {
    const entry = data.rows.get(agg);
    if (!entry) continue;
    for (const [year, v] of entry.values)
      for (const metric of additive) {
        if (v[metric] === undefined) continue;
        const members = ALLIES.filter((a) => a.accessionYear <= year && (!europeOnly || a.europeOrCanada));
        const sum = members.reduce((a, m) => a + (data.rows.get(m.code)?.values.get(year)?.[metric] ?? 0), 0);
        if (Math.abs(sum - v[metric]) > SUM_TOLERANCE * Math.max(1, Math.abs(v[metric])))
          throw new ImportError(
            `${agg} ${year} ${metric} is ${v[metric]} but its ${members.length} members of ${year} sum to ${sum}`,
            whereOf(data, agg, year, metric),
          );
        checked.aggregates++;
      }
  }
  return checked;
}

function firstCellOfYear(data, year) {
  for (const entry of data.rows.values())
    for (const [key, where] of entry.cells) if (key.startsWith(`${year}:`)) return where;
  return {};
}
