import { scenarioToCsv } from "@nato/core";
import { parseScenarioSearch } from "../../../components/scenarios/params";
import { computeScenario } from "../../../components/scenarios/view";

// The calculator's figures as CSV, for the scenario in the query (`?target=3.5&deadline=2035&growth=auto`,
// optionally `&baseline=two-percent` or a year, `&prices=current`).
// Parameters are read as the page reads them: nonsense falls back to the defaults, never an error.
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { values } = parseScenarioSearch(query);
  const scenario = computeScenario(values);
  const growth = values.growth === null ? "own-growth" : `growth-${values.growth}`;
  const baseline = values.baseline === "base-year" ? "" : `-over-${values.baseline}`;
  const prices = values.prices === "current" ? "-current-prices" : "";
  const file = `nato-scenario-${values.target}pct-by-${values.deadline}-${growth}${baseline}${prices}.csv`;
  return new Response(scenarioToCsv(scenario), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file}"`,
    },
  });
}
