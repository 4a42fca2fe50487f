"use client";

import { formatThreshold, INPUT_LIMITS, sourceLine } from "@nato/core";
import { type MouseEvent, useEffect, useMemo, useState } from "react";
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
  inputsOf,
  PRESETS,
  priceOptions,
  readInputs,
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
 * The "what if every Ally reached X % by Y" calculator. The server renders it from the URL; in the browser
 * it recomputes with @nato/core as the inputs change and keeps the URL in step, so a link reproduces what
 * is on screen. Without JavaScript it is a plain GET form.
 */
export function ScenarioCalculator({
  initial,
  note,
  origin: siteOrigin,
}: {
  initial: ScenarioState;
  note: string | null;
  /** The site's origin the server knows, for the chart's embed code (the page's own once in the browser). */
  origin: string;
}) {
  const growthDefault = allianceGrowth();
  const [inputs, setInputs] = useState<ScenarioInputs>(() => inputsOf(initial, growthDefault.pct));
  const [state, setState] = useState<ScenarioState>(initial);
  const [showNote, setShowNote] = useState(note !== null);
  const [enhanced, setEnhanced] = useState(false);
  const [origin, setOrigin] = useState(siteOrigin);
  useEffect(() => {
    setEnhanced(true);
    setOrigin(window.location.origin);
  }, []);

  const errors = readInputs(inputs).errors ?? {};
  // Results are shown only for the inputs on screen: while a field is invalid there are none.
  const invalid = Object.keys(errors).length > 0;
  const scenario = useMemo(() => computeScenario(state), [state]);
  const headline = scenarioHeadline(scenario);
  const base = baseYearOf();
  const baseLabel = baseYearLabel();

  function update(next: ScenarioInputs) {
    setInputs(next);
    const read = readInputs(next);
    if (read.state) {
      setState(read.state);
      setShowNote(false);
      window.history.replaceState(window.history.state, "", scenarioHref(read.state));
    }
  }

  function choosePreset(event: MouseEvent<HTMLAnchorElement>, pct: number) {
    event.preventDefault();
    update({ ...inputs, target: String(pct) });
  }

  const set = (field: keyof ScenarioInputs) => (event: { currentTarget: { value: string } }) =>
    update({ ...inputs, [field]: event.currentTarget.value } as ScenarioInputs);

  return (
    <>
      {showNote && note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}
      <form
        className={styles.form}
        method="get"
        action="/scenarios"
        onSubmit={(event) => {
          // With JavaScript the figures are already up to date; without it the form reloads the page.
          event.preventDefault();
        }}
      >
        <fieldset className={styles.fieldset}>
          <legend>Target share of GDP</legend>
          <ul className={`pill-list ${styles.presets}`} aria-label="The debate's yardsticks">
            {PRESETS.map((preset) => (
              <li key={preset.id}>
                <a
                  href={scenarioHref({ ...state, target: preset.pct })}
                  aria-current={state.target === preset.pct ? "true" : undefined}
                  onClick={(event) => choosePreset(event, preset.pct)}
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
              value={inputs.target}
              onChange={set("target")}
              aria-invalid={errors.target ? true : undefined}
              aria-describedby={errors.target ? "scenario-target-error" : undefined}
            />
          </label>
          {errors.target ? (
            <p id="scenario-target-error" className={styles.error}>
              {errors.target}
            </p>
          ) : null}
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
              value={inputs.deadline}
              onChange={set("deadline")}
              aria-invalid={errors.deadline ? true : undefined}
              aria-describedby={errors.deadline ? "scenario-deadline-error" : undefined}
            />
          </label>
          {errors.deadline ? (
            <p id="scenario-deadline-error" className={styles.error}>
              {errors.deadline}
            </p>
          ) : null}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Real GDP growth</legend>
          <label className={styles.radio}>
            <input
              type="radio"
              name="growth"
              value="auto"
              checked={inputs.growthMode === "auto"}
              onChange={() => update({ ...inputs, growthMode: "auto" })}
            />
            <span>Each Ally's own recent real growth (its median of the last ten years, NATO's figures)</span>
          </label>
          <label className={styles.radio}>
            <input
              type="radio"
              name="growth"
              value="rate"
              checked={inputs.growthMode === "rate"}
              onChange={() => update({ ...inputs, growthMode: "rate" })}
            />
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
              value={inputs.rate}
              onChange={(event) => update({ ...inputs, rate: event.currentTarget.value, growthMode: "rate" })}
              aria-invalid={errors.rate ? true : undefined}
              aria-describedby={errors.rate ? "scenario-rate-error" : undefined}
            />
          </label>
          {errors.rate ? (
            <p id="scenario-rate-error" className={styles.error}>
              {errors.rate}
            </p>
          ) : null}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Measured against</legend>
          <label className={styles.field} htmlFor="scenario-baseline">
            <span>The extra is counted over each Ally holding</span>
            <select
              id="scenario-baseline"
              name="baseline"
              value={inputs.baseline ?? "base-year"}
              onChange={set("baseline")}
            >
              {baselineOptions().map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field} htmlFor="scenario-prices">
            <span>Money in</span>
            <select
              id="scenario-prices"
              name="prices"
              value={inputs.prices ?? "constant-2021"}
              onChange={set("prices")}
            >
              {priceOptions().map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <div className={styles.actions} hidden={enhanced}>
          <button type="submit">Show this scenario</button>
        </div>
      </form>

      <section aria-labelledby="scenario-result" className={styles.result}>
        <h2 id="scenario-result">{headline.question}</h2>
        {invalid ? (
          <p className="note" role="status" data-testid="scenario-invalid">
            No figures until every field above is valid: {Object.values(errors).join(" ")}
          </p>
        ) : (
          <ScenarioResult
            scenario={scenario}
            state={state}
            headline={headline}
            baseLabel={baseLabel}
            origin={origin}
            hydrated={enhanced}
          />
        )}
      </section>
    </>
  );
}

function ScenarioResult({
  scenario,
  state,
  headline,
  baseLabel,
  origin,
  hydrated,
}: {
  scenario: ReturnType<typeof computeScenario>;
  state: ScenarioState;
  headline: ReturnType<typeof scenarioHeadline>;
  baseLabel: string;
  origin: string;
  hydrated: boolean;
}) {
  const nobodyBelow = scenario.below === 0;
  return (
    <>
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
            pending={!hydrated}
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
