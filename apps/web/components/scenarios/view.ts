// What the scenario calculator shows, computed by @nato/core and worded here once. Everything here runs
// on the server: the page, its embed and the calculator's updates (public/scenario-calculator.js asks the
// server for the page of the inputs on screen) all read the same.
import {
  allianceScenario,
  type Dataset,
  datasetYears,
  entityName,
  formatPercent,
  formatThreshold,
  formatUsdM,
  formatYear,
  getLatestDataset,
  type NatoEdition,
  type Projection,
  parseDeadline,
  parseGrowthPct,
  parsePercent,
  projectionVerdict,
  type RuleStatus,
  recentGdpGrowth,
  type Scenario,
  STATUS_LABELS,
  scenarioAllyExtra,
  YARDSTICKS,
} from "@nato/core";
import { first, MAX_PARAM_LENGTH, type RawSearchParams, shownValue } from "../../lib/params";

/** The calculator's inputs: target share of GDP, deadline, and one growth rate for all (null: each Ally's own). */
export interface ScenarioState {
  readonly target: number;
  readonly deadline: number;
  readonly growth: number | null;
  /** What the extra is measured against (default "base-year": the base year's own shares). */
  readonly baseline?: ScenarioBaselineChoice;
  /** The money's price basis (default "constant-2021"). */
  readonly prices?: ScenarioPrices;
}

/** The baseline as the form and the URL give it: a past year is its number. */
export type ScenarioBaselineChoice = "base-year" | "two-percent" | number;
export type ScenarioPrices = "constant-2021" | "current";

/** The inputs as typed, before they are understood. */
export interface ScenarioInputs {
  readonly target: string;
  readonly deadline: string;
  readonly growthMode: "auto" | "rate";
  readonly rate: string;
  readonly baseline?: string;
  readonly prices?: string;
}

export type InputErrors = Partial<Record<"target" | "deadline" | "rate" | "baseline" | "prices", string>>;

/**
 * The baselines offered: the base year's own shares, the 2% floor, and each earlier year of the edition,
 * latest first, with core's words for each.
 *
 * @example
 * baselineOptions()[1]; // { value: "two-percent", label: "the 2% floor" }
 */
export function baselineOptions(): { value: string; label: string }[] {
  const { year, estimate } = baseYearOf();
  const past = datasetYears(scenarioDataset())
    .filter((y) => y < year)
    .reverse();
  return [
    { value: "base-year", label: `${formatYear(year, estimate)} shares of GDP (today's)` },
    { value: "two-percent", label: "the 2% floor" },
    ...past.map((y) => ({ value: String(y), label: `${y} shares of GDP` })),
  ];
}

/** The price bases offered, with core's words for each. */
export function priceOptions(): { value: ScenarioPrices; label: string }[] {
  const { year, estimate } = baseYearOf();
  return [
    { value: "constant-2021", label: "constant 2021 US dollars" },
    { value: "current", label: `US dollars at ${formatYear(year, estimate)} prices and exchange rates` },
  ];
}

/** The figures the calculator uses: NATO's latest edition. */
export const scenarioDataset = (): Dataset<NatoEdition> => getLatestDataset();

/** The year every path starts from: the latest year of the dataset (an estimate in the latest edition). */
export function baseYearOf(): { year: number; estimate: boolean } {
  const dataset = scenarioDataset();
  const year = dataset.edition.lastYear;
  return { year, estimate: dataset.edition.estimateYears.includes(year) };
}

/**
 * The rate offered when a person switches to "one rate for all": the Alliance's own average real GDP
 * growth over the last five years of NATO's figures, to one decimal.
 */
export function allianceGrowth(): { pct: number; label: string } {
  const { year } = baseYearOf();
  const growth = recentGdpGrowth(scenarioDataset(), "NATO", year);
  const pct = growth ? Math.round(growth.pct * 10) / 10 : 0;
  const period = growth ? `${growth.fromYear}-${growth.toYear}` : "";
  return { pct, label: `the NATO total's average real GDP growth ${period}, NATO's figures` };
}

/**
 * The URL of a scenario, so a link reproduces it.
 *
 * @example
 * scenarioHref({ target: 3.5, deadline: 2035, growth: null }); // "/scenarios?target=3.5&deadline=2035&growth=auto"
 */
export function scenarioHref(state: ScenarioState): string {
  const growth = state.growth === null ? "auto" : String(state.growth);
  const baseline =
    state.baseline === undefined || state.baseline === "base-year" ? "" : `&baseline=${state.baseline}`;
  const prices = state.prices === "current" ? "&prices=current" : "";
  return `/scenarios?target=${state.target}&deadline=${state.deadline}&growth=${growth}${baseline}${prices}`;
}

/**
 * The URL of a scenario's figures as CSV (one row per Ally and year).
 *
 * @example
 * scenarioCsvHref({ target: 3.5, deadline: 2035, growth: null }); // "/scenarios/data.csv?target=3.5&deadline=2035&growth=auto"
 */
export function scenarioCsvHref(state: ScenarioState): string {
  return scenarioHref(state).replace("/scenarios?", "/scenarios/data.csv?");
}

/**
 * The address of a scenario's chart alone, for other sites to frame: the same parameters as its link.
 *
 * @example
 * scenarioEmbedHref({ target: 3.5, deadline: 2035, growth: null }); // "/embed/scenarios?target=3.5&deadline=2035&growth=auto"
 */
export function scenarioEmbedHref(state: ScenarioState): string {
  return `/embed${scenarioHref(state)}`;
}

/** The inputs a state shows in the form. */
export function inputsOf(state: ScenarioState, fallbackRate = allianceGrowth().pct): ScenarioInputs {
  return {
    target: String(state.target),
    deadline: String(state.deadline),
    growthMode: state.growth === null ? "auto" : "rate",
    rate: String(state.growth ?? fallbackRate),
    baseline: String(state.baseline ?? "base-year"),
    prices: state.prices ?? "constant-2021",
  };
}

/**
 * The calculator's form as it submits itself (`form=1` in the query, with or without JavaScript): each
 * field as typed, kept as typed, and read with core's parsers. Unlike a link's parameters (read by
 * `parseScenarioSearch`, which falls back to the default with a note), a field that is wrong is shown
 * with what was expected, and there are no figures until every field is right.
 *
 * @example
 * readScenarioForm({ form: "1", target: "150", deadline: "2035", growth: "auto" }).read.errors?.target;
 * // "Invalid target \"150\": expected a number from 0 to 100."
 */
export function readScenarioForm(raw: RawSearchParams): {
  inputs: ScenarioInputs;
  read: ReturnType<typeof readInputs>;
} {
  const text = (name: string): string | undefined => first(raw, name);
  const growth = text("growth")?.trim().toLowerCase() ?? "auto";
  const rate = text("rate");
  const inputs: ScenarioInputs = {
    target: text("target") ?? "",
    deadline: text("deadline") ?? "",
    growthMode: growth === "auto" ? "auto" : "rate",
    // The canonical link writes the rate as the growth itself (`growth=1.5`); the form as `growth=rate&rate=1.5`.
    rate:
      growth === "auto" || growth === "rate"
        ? (rate ?? (growth === "auto" ? String(allianceGrowth().pct) : ""))
        : (text("growth") ?? ""),
    baseline: text("baseline") ?? "base-year",
    prices: text("prices") ?? "constant-2021",
  };
  // A field longer than any link's parameter may be is read as its first 80 characters, so that the
  // message quotes it cut and no parser runs over it; the field keeps what was typed.
  const cut = (value: string | undefined) =>
    value !== undefined && value.length > MAX_PARAM_LENGTH ? shownValue(value) : value;
  const read = readInputs({
    ...inputs,
    target: cut(inputs.target) ?? "",
    deadline: cut(inputs.deadline) ?? "",
    rate: cut(inputs.rate) ?? "",
    baseline: cut(inputs.baseline),
    prices: cut(inputs.prices),
  });
  return { inputs, read };
}

/**
 * Reads what a person typed with core's parsers: a state, or one message per field that says what was
 * expected. Nothing typed is changed.
 *
 * @example
 * readInputs({ target: "4", deadline: "2030", growthMode: "auto", rate: "" }); // { state: { target: 4, deadline: 2030, growth: null } }
 * readInputs({ target: "abc", deadline: "2030", growthMode: "auto", rate: "" }).errors?.target;
 * // "Invalid target \"abc\": expected a number from 0 to 100."
 */
export function readInputs(
  inputs: ScenarioInputs,
): { state: ScenarioState; errors?: undefined } | { state?: undefined; errors: InputErrors } {
  const errors: InputErrors = {};
  const attempt = <T>(field: keyof InputErrors, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      errors[field] = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  };
  const target = attempt("target", () => parsePercent(inputs.target, "target"));
  const deadline = attempt("deadline", () => parseDeadline(inputs.deadline, baseYearOf().year));
  const growth = inputs.growthMode === "auto" ? null : attempt("rate", () => parseGrowthPct(inputs.rate));
  const baseline = attempt("baseline", () => readBaseline(inputs.baseline ?? "base-year"));
  const prices = attempt("prices", () => readPrices(inputs.prices ?? "constant-2021"));
  if (
    target === undefined ||
    deadline === undefined ||
    growth === undefined ||
    baseline === undefined ||
    prices === undefined
  )
    return { errors };
  const state: ScenarioState = { target, deadline, growth };
  return {
    state: {
      ...state,
      ...(baseline === "base-year" ? {} : { baseline }),
      ...(prices === "constant-2021" ? {} : { prices }),
    },
  };
}

function readBaseline(text: string): ScenarioBaselineChoice {
  const options = baselineOptions().map((o) => o.value);
  if (!options.includes(text)) {
    throw new Error(
      `Invalid baseline "${text}": expected the base year's shares, the 2% floor or a year from ${options[options.length - 1]} to ${options[2]}.`,
    );
  }
  return text === "base-year" || text === "two-percent" ? text : Number(text);
}

function readPrices(text: string): ScenarioPrices {
  if (text !== "constant-2021" && text !== "current") {
    throw new Error(`Invalid price basis "${text}": expected constant 2021 US dollars or current prices.`);
  }
  return text;
}

/** Core's alliance scenario for a state, on NATO's latest figures. */
export function computeScenario(state: ScenarioState): Scenario {
  return allianceScenario(scenarioDataset(), {
    targetPct: state.target,
    deadline: state.deadline,
    ...(state.growth === null ? {} : { gdpGrowthPct: state.growth }),
    baseline:
      state.baseline === undefined || state.baseline === "base-year"
        ? "base-year"
        : state.baseline === "two-percent"
          ? "two-percent"
          : { year: state.baseline },
    priceBasis: state.prices ?? "constant-2021",
  });
}

const money = (valueM: number | null) => formatUsdM(valueM);

/**
 * Which inputs the figures on screen are for, in words, so that results can never be read as those of
 * other inputs.
 *
 * @example
 * scenarioInputsText({ target: 3.5, deadline: 2035, growth: 1.5 });
 * // "Figures for a target of 3.5% of GDP by 2035, with GDP growing 1.5% a year for every Ally."
 */
export function scenarioInputsText(state: ScenarioState): string {
  const growth =
    state.growth === null
      ? "with each Ally's GDP growing at its own recent rate"
      : `with GDP growing ${formatPercent(state.growth, { digits: 1 })} a year for every Ally`;
  const baseline =
    state.baseline === undefined || state.baseline === "base-year"
      ? ""
      : `, measured against ${baselineOptions().find((o) => o.value === String(state.baseline))?.label ?? state.baseline}`;
  const prices = state.prices === "current" ? `, in ${priceOptions()[1]?.label}` : "";
  return `Figures for a target of ${formatThreshold(state.target)} of GDP by ${state.deadline}, ${growth}${baseline}${prices}.`;
}

/** The headline figures of a scenario, worded. */
export interface ScenarioHeadline {
  readonly question: string;
  readonly period: string;
  readonly total: string;
  readonly unitedStates: string;
  readonly europeAndCanada: string;
  /** The Allies that are members of the European Union, to set beside European costings. */
  readonly euMembers: string;
  /** The baseline and price basis, in words. */
  readonly frame: string;
  readonly perYearAverage: string;
  readonly deadlineYear: string;
  readonly counts: string;
  readonly growth: string;
}

/**
 * The scenario in words and figures for the headline block.
 *
 * @example
 * scenarioHeadline(computeScenario({ target: 3.5, deadline: 2035, growth: null })).total; // "$1.94 tn"
 */
export function scenarioHeadline(scenario: Scenario): ScenarioHeadline {
  const span = scenario.years.length;
  const last = scenario.years[scenario.years.length - 1];
  const from = scenario.years[0]?.year ?? scenario.deadline;
  const estimate = baseYearOf().estimate && scenario.baseYear === baseYearOf().year;
  const notApplicable = scenario.allies.filter((p) => p.status === "not-applicable").length;
  const noData = scenario.allies.filter((p) => p.status === "no-data").length;
  const countParts = [
    `${scenario.below} of ${scenario.allies.length - notApplicable} Allies with armed forces are below ${formatThreshold(scenario.targetPct)} in ${formatYear(scenario.baseYear, estimate)} and rise to it by ${scenario.deadline}`,
    `${scenario.alreadyMet} already spend at least that and hold their share`,
  ];
  if (notApplicable > 0) countParts.push(`${notApplicable} (Iceland) has no armed forces`);
  if (noData > 0) countParts.push(`${noData} without figures are left out`);
  return {
    question: `What if every Ally reached ${formatThreshold(scenario.targetPct)} of GDP by ${scenario.deadline}?`,
    period: from === scenario.deadline ? String(from) : `${from}-${scenario.deadline}`,
    total: money(scenario.totalExtraUsdM),
    unitedStates: money(scenario.unitedStatesExtraUsdM),
    europeAndCanada: money(scenario.europeAndCanadaExtraUsdM),
    euMembers: money(scenario.euMembersExtraUsdM),
    perYearAverage: money(
      span > 0 && scenario.totalExtraUsdM !== null ? scenario.totalExtraUsdM / span : null,
    ),
    deadlineYear: money(last?.extraUsdM ?? null),
    frame: `Measured against ${scenario.baselineLabel}, in ${scenario.priceLabel}.`,
    counts: `${countParts.join("; ")}.`,
    growth:
      scenario.gdpGrowthPct === null
        ? "GDP grows at each Ally's own median real growth of the last ten years in NATO's figures, leaving out series breaks the edition records (Luxembourg, 2023)."
        : `GDP grows at ${formatPercent(scenario.gdpGrowthPct, { digits: 1 })} a year in real terms for every Ally.`,
  };
}

/** One row of the per-Ally table. */
export interface AllyRow {
  readonly code: string;
  readonly name: string;
  readonly baseShare: string;
  readonly growth: string;
  readonly deadlineShare: string;
  readonly deadlineExtra: string;
  readonly totalExtra: string;
  readonly requiredRealGrowth: string;
  /** "projected", "already-met", "not-applicable" or "no-data", for the row's status mark. */
  readonly status: Projection["status"];
  readonly statusText: string;
  /** The Ally against the target in the base year, as core's verdict: met, below, not applicable, no data. */
  readonly verdict: RuleStatus;
  readonly verdictText: string;
}

const DASH = "–";

/**
 * Each Ally's part of a scenario, in NATO's table order.
 *
 * @example
 * allyRows(computeScenario({ target: 3.5, deadline: 2035, growth: null })).find((r) => r.code === "POL")?.statusText;
 * // "already at or above the target"
 */
export function allyRows(scenario: Scenario): AllyRow[] {
  return scenario.allies.map((p) => {
    const last = p.path[p.path.length - 1];
    const shows = p.status === "projected" || p.status === "already-met";
    const growth = p.gdpGrowth
      ? `${formatPercent(p.gdpGrowth.pct, { digits: 1 })}${p.gdpGrowth.source === "recent-median" && p.gdpGrowth.fromYear !== null ? ` (${p.gdpGrowth.fromYear}-${p.gdpGrowth.toYear})` : ""}`
      : DASH;
    return {
      code: p.code,
      name: entityName(p.code),
      baseShare:
        p.baseShareOfGdpPct === null
          ? p.status === "not-applicable"
            ? "not applicable"
            : "no data"
          : formatPercent(p.baseShareOfGdpPct, { estimate: p.baseEstimate }),
      growth: shows ? growth : DASH,
      deadlineShare: shows && last ? formatPercent(last.shareOfGdpPct) : DASH,
      deadlineExtra: shows && last ? money(scenarioAllyExtra(scenario, p.code, last.year)) : DASH,
      totalExtra: shows ? money(scenario.allyTotalsUsdM[p.code] ?? null) : DASH,
      requiredRealGrowth:
        shows && p.requiredRealGrowthPct !== null
          ? formatPercent(p.requiredRealGrowthPct, { digits: 1 })
          : DASH,
      status: p.status,
      verdict: projectionVerdict(p),
      verdictText: STATUS_LABELS[projectionVerdict(p)],
      statusText:
        p.status === "projected"
          ? "rises to the target"
          : p.status === "already-met"
            ? "already at or above the target"
            : p.status === "not-applicable"
              ? "no armed forces"
              : "no data",
    };
  });
}

/** One row of the per-year table. */
export interface YearRow {
  readonly year: number;
  readonly total: string;
  readonly unitedStates: string;
  readonly europeAndCanada: string;
  readonly euMembers: string;
}

/** The extra spending year by year, worded. */
export function yearRows(scenario: Scenario): YearRow[] {
  return scenario.years.map((y) => ({
    year: y.year,
    total: money(y.extraUsdM),
    unitedStates: money(y.unitedStatesExtraUsdM),
    europeAndCanada: money(y.europeAndCanadaExtraUsdM),
    euMembers: money(y.euMembersExtraUsdM),
  }));
}

/** The yardsticks of the debate, as the calculator's presets. */
export const PRESETS = YARDSTICKS.map((y) => ({ id: y.id, label: y.label, pct: y.pct, origin: y.origin }));

/** The label of the base year, "2026e" when NATO marks it as an estimate. */
export function baseYearLabel(): string {
  const base = baseYearOf();
  return formatYear(base.year, base.estimate);
}
