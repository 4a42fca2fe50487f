import {
  GROWTH_EXPECTED,
  type Parsed,
  parseScenarioParams,
  type RawSearchParams,
  type ScenarioParams,
} from "../../lib/params";

/**
 * `/scenarios` parameters as links and the no-JavaScript form write them. The canonical form is
 * `?target=3.5&deadline=2035&growth=auto` (or `growth=1.5`); the plain form submits its radio buttons as
 * `growth=auto` or `growth=rate` with the rate in `rate`. Both read the same; anything else falls back to
 * the default with an issue, as `parseScenarioParams` does.
 *
 * @example
 * parseScenarioSearch({ growth: "rate", rate: "1.5" }).values.growth; // 1.5
 * parseScenarioSearch({ growth: "auto" }).values.growth; // null
 */
export function parseScenarioSearch(raw: RawSearchParams): Parsed<ScenarioParams> {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const growth = first(raw.growth)?.trim().toLowerCase();
  const normalised: Record<string, string | string[] | undefined> = { ...raw };
  if (growth === "auto") delete normalised.growth;
  else if (growth === "rate") {
    const rate = first(raw.rate);
    // "One rate for all" without a rate is a mistake worth naming: report it as the rate's issue.
    if (rate === undefined || rate.trim() === "") {
      const parsed = parseScenarioParams({ ...normalised, growth: undefined });
      return {
        values: parsed.values,
        issues: [
          ...parsed.issues,
          {
            name: "rate",
            received: "",
            expected: GROWTH_EXPECTED,
          },
        ],
      };
    }
    normalised.growth = rate;
  }
  return parseScenarioParams(normalised);
}
