import { formatThreshold, INPUT_LIMITS, sourceLine } from "@nato/core";
import type { ReactNode } from "react";
import { ScenarioBars } from "./ScenarioBars";
import { ScenarioYearTable } from "./ScenarioYearTable";
import styles from "./scenarios.module.css";
import {
  allianceGrowth,
  allyRows,
  baselineOptions,
  baseYearLabel,
  baseYearOf,
  computeScenario,
  type InputErrors,
  PRESETS,
  priceOptions,
  type ScenarioInputs,
  type ScenarioState,
  scenarioCsvHref,
  scenarioDataset,
  scenarioEmbedHref,
  scenarioHeadline,
  scenarioHref,
  scenarioInputsText,
} from "./view";

const VERDICT_CLASS: Record<string, string> = {
  met: "status status-met",
  below: "status status-below",
  "not-applicable": "status status-not-applicable",
  "no-data": "status status-no-data",
};

/**
 * The "what if every Ally reached X % by Y" calculator, rendered on the server for the inputs it is given:
 * the figures of a valid state, or each wrong field with what was expected and no figures. Without
 * JavaScript it is a plain GET form. With it, public/scenario-calculator.js submits the form in the
 * background as its inputs change and puts the server's answer in place (the parts marked `data-swap`),
 * keeping the URL in step, so that a link reproduces what is on screen. The figures are core's, computed
 * once, on the server: the browser carries no copy of the data or of the rules.
 */
export function ScenarioCalculator({
  inputs,
  state,
  errors,
  fallback,
  note,
  origin,
}: {
  /** The fields as typed (or as the link's state writes them). */
  inputs: ScenarioInputs;
  /** The scenario the fields give, or null while a field is wrong. */
  state: ScenarioState | null;
  /** One message per wrong field, in core's words. */
  errors: InputErrors;
  /** The scenario the presets' links start from while a field is wrong (the page's default). */
  fallback: ScenarioState;
  /** What was ignored in the link's parameters, if anything. */
  note: string | null;
  /** The site's origin the server knows, for the chart's embed code. */
  origin: string;
}) {
  const growthDefault = allianceGrowth();
  const base = baseYearOf();
  const linkBase = state ?? fallback;
  const fieldError = (field: keyof InputErrors): ReactNode => (
    <div data-swap={`${field}-error`}>
      {errors[field] ? (
        <p id={`scenario-${field}-error`} className={styles.error}>
          {errors[field]}
        </p>
      ) : null}
    </div>
  );
  const invalid = (field: keyof InputErrors) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": errors[field] ? `scenario-${field}-error` : undefined,
  });

  return (
    <>
      <div data-swap="note">
        {note ? (
          <p className="note" role="status">
            {note}
          </p>
        ) : null}
      </div>
      <form className={styles.form} method="get" action="/scenarios" data-scenario-form="">
        <fieldset className={styles.fieldset}>
          <legend>Target share of GDP</legend>
          <ul className={`pill-list ${styles.presets}`} aria-label="The debate's yardsticks" data-presets="">
            {PRESETS.map((preset) => (
              <li key={preset.id}>
                <a
                  href={scenarioHref({ ...linkBase, target: preset.pct })}
                  data-pct={preset.pct}
                  aria-current={state?.target === preset.pct ? "true" : undefined}
                >
                  {preset.label}
                </a>
              </li>
            ))}
          </ul>
          <p className={styles.hint}>
            <a href="#yardsticks">Where each yardstick comes from</a>
          </p>
          <label className={styles.field} htmlFor="scenario-target">
            <span>Target, % of GDP</span>
            <input
              id="scenario-target"
              name="target"
              type="number"
              inputMode="decimal"
              step="any"
              min={0}
              max={100}
              defaultValue={inputs.target}
              {...invalid("target")}
            />
          </label>
          {fieldError("target")}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Deadline</legend>
          <label className={styles.field} htmlFor="scenario-deadline">
            <span>Reached by (a year after {base.year})</span>
            <input
              id="scenario-deadline"
              name="deadline"
              type="number"
              inputMode="numeric"
              step={1}
              min={base.year + 1}
              max={INPUT_LIMITS.latestDeadline}
              defaultValue={inputs.deadline}
              {...invalid("deadline")}
            />
          </label>
          {fieldError("deadline")}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Real GDP growth</legend>
          <label className={styles.radio}>
            <input type="radio" name="growth" value="auto" defaultChecked={inputs.growthMode === "auto"} />
            <span>Each Ally's own recent real growth (its median of the last ten years, NATO's figures)</span>
          </label>
          <label className={styles.radio}>
            <input type="radio" name="growth" value="rate" defaultChecked={inputs.growthMode === "rate"} />
            <span>One rate for all</span>
          </label>
          <label className={styles.field} htmlFor="scenario-rate">
            <span>
              % a year, every Ally (suggested: {growthDefault.pct}, {growthDefault.label})
            </span>
            <input
              id="scenario-rate"
              name="rate"
              type="number"
              inputMode="decimal"
              step="any"
              min={INPUT_LIMITS.growthPct.min}
              max={INPUT_LIMITS.growthPct.max}
              defaultValue={inputs.rate}
              {...invalid("rate")}
            />
          </label>
          {fieldError("rate")}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Measured against</legend>
          <label className={styles.field} htmlFor="scenario-baseline">
            <span>The extra is counted over each Ally holding</span>
            <select
              id="scenario-baseline"
              name="baseline"
              defaultValue={inputs.baseline ?? "base-year"}
              {...invalid("baseline")}
            >
              {baselineOptions().map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          {fieldError("baseline")}
          <label className={styles.field} htmlFor="scenario-prices">
            <span>Money in</span>
            <select
              id="scenario-prices"
              name="prices"
              defaultValue={inputs.prices ?? "constant-2021"}
              {...invalid("prices")}
            >
              {priceOptions().map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          {fieldError("prices")}
        </fieldset>
        {/* The form reads its fields as typed, each wrong one named (see readScenarioForm). */}
        <input type="hidden" name="form" value="1" />
        <div className={styles.actions} data-scenario-submit="">
          <button type="submit">Show this scenario</button>
        </div>
      </form>

      <section
        aria-labelledby="scenario-result"
        className={styles.result}
        data-swap="result"
        data-href={state ? scenarioHref(state) : undefined}
      >
        {state ? (
          <ScenarioResult state={state} origin={origin} />
        ) : (
          <>
            <h2 id="scenario-result">No figures yet</h2>
            <p className="note" role="status" data-testid="scenario-invalid">
              No figures until every field above is valid: {Object.values(errors).join(" ")}
            </p>
          </>
        )}
      </section>
      <script src="/scenario-calculator.js" defer />
    </>
  );
}

function ScenarioResult({ state, origin }: { state: ScenarioState; origin: string }) {
  const scenario = computeScenario(state);
  const headline = scenarioHeadline(scenario);
  const baseLabel = baseYearLabel();
  const nobodyBelow = scenario.below === 0;
  return (
    <>
      <h2 id="scenario-result">{headline.question}</h2>
      <p data-testid="scenario-inputs">{scenarioInputsText(state)}</p>
      <p className={styles.unit} data-testid="scenario-frame">
        Extra defence spending over {scenario.baselineLabel}, in <strong>{scenario.priceLabel}</strong>
        {scenario.priceBasis === "constant-2021" ? " (2021 prices and exchange rates)" : ""}.
      </p>
      {nobodyBelow ? (
        <p className="note" data-testid="scenario-all-there">
          {headline.counts} Reaching {formatThreshold(scenario.targetPct)} by {scenario.deadline} takes no
          extra spending: there is nothing to draw.
        </p>
      ) : (
        <ul className="figures" aria-live="polite" data-testid="scenario-figures">
          <li className="figure">
            <span className="value" data-testid="scenario-total">
              {headline.total}
            </span>
            <span className="label">in total, {headline.period}</span>
          </li>
          <li className="figure">
            <span className="value" data-testid="scenario-us">
              {headline.unitedStates}
            </span>
            <span className="label">of it by the United States</span>
          </li>
          <li className="figure">
            <span className="value" data-testid="scenario-euca">
              {headline.europeAndCanada}
            </span>
            <span className="label">of it by Europe and Canada</span>
          </li>
          <li className="figure">
            <span className="value" data-testid="scenario-deadline-year">
              {headline.deadlineYear}
            </span>
            <span className="label">
              in {scenario.deadline} alone (an average of {headline.perYearAverage} a year)
            </span>
          </li>
        </ul>
      )}
      {nobodyBelow ? null : <p>{headline.counts}</p>}
      <p className="muted">
        {headline.growth} Each Ally's share of GDP rises in a straight line from {baseLabel} to the target in{" "}
        {scenario.deadline}; an Ally already above it holds its share.{" "}
        <a href="/methodology#scenario">How this is computed</a>.
      </p>
      <p className="muted">
        Link to this scenario:{" "}
        <a href={scenarioHref(state)} data-testid="scenario-link" className={styles.link}>
          {scenarioHref(state)}
        </a>
      </p>

      {nobodyBelow ? null : (
        <>
          <ScenarioBars
            scenario={scenario}
            source={sourceLine(scenarioDataset().edition)}
            dataHref={scenarioCsvHref(state)}
            embedHref={scenarioEmbedHref(state)}
            origin={origin}
          />
          <ScenarioYearTable scenario={scenario} />
        </>
      )}
      <div className={`table-wrap ${styles.wrapHeads}`}>
        <table data-testid="scenario-allies">
          <caption>
            Each Ally against {formatThreshold(scenario.targetPct)} in {baseLabel}, and its path: money in{" "}
            {scenario.priceLabel}, growth in real terms
          </caption>
          <thead>
            <tr>
              <th scope="col">Ally</th>
              <th scope="col">{formatThreshold(scenario.targetPct)} now</th>
              <th scope="col" className="num">
                Share of GDP {baseLabel}
              </th>
              <th scope="col" className="num">
                GDP growth a year
              </th>
              <th scope="col" className="num">
                Share in {scenario.deadline}
              </th>
              <th scope="col" className="num">
                Extra in {scenario.deadline}
              </th>
              <th scope="col" className="num">
                Extra, {headline.period}
              </th>
              <th scope="col" className="num">
                Defence spending growth needed a year
              </th>
            </tr>
          </thead>
          <tbody>
            {allyRows(scenario).map((row) => (
              <tr key={row.code} data-code={row.code}>
                <th scope="row">
                  <a href={`/allies/${row.code}`}>{row.name}</a>
                </th>
                <td data-testid="scenario-verdict">
                  <span className={VERDICT_CLASS[row.verdict]}>{row.verdictText}</span>
                </td>
                <td className="num">{row.baseShare}</td>
                <td className="num">{row.growth}</td>
                <td className="num">{row.deadlineShare}</td>
                <td className="num">{row.deadlineExtra}</td>
                <td className="num">{row.totalExtra}</td>
                <td className="num">{row.requiredRealGrowth}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="table-source">{sourceLine(scenarioDataset().edition)}</p>
      </div>
    </>
  );
}
