import type { AllyCode } from "@nato/core";
import { ALLY_COLOURS } from "../../lib/ally-colours";
import { DEFAULT_COMPARE_METRIC } from "../../lib/params";
import styles from "./compare.module.css";

interface Option {
  readonly code: string;
  readonly name: string;
}

/**
 * Choosing Allies to compare. Without JavaScript it is a plain GET form (checkboxes and a Compare
 * button). With it, public/compare-picker.js hides the form and shows the section rendered hidden beside
 * it: a search box that adds an Ally as soon as it is chosen (the matches are core's `searchAllies`, from
 * `/find/allies`), the chosen Allies in the order of choice (each removable, each marked with its line's
 * colour) and the figure; each change
 * loads the new URL at once, so that a link always reproduces what is on screen. A plain script, not a
 * React component: the page has nothing for React to hydrate and is sent as plain HTML.
 */
export function ComparePicker({
  allies,
  selected,
  metric,
  metrics,
}: {
  allies: readonly Option[];
  selected: readonly string[];
  metric: string;
  metrics: readonly { value: string; label: string }[];
}) {
  const nameOf = (code: string) => allies.find((a) => a.code === code)?.name ?? code;
  const options = metrics.map((m) => (
    <option key={m.value} value={m.value}>
      {m.label}
    </option>
  ));
  return (
    <>
      <form
        method="get"
        action="/compare"
        className={`${styles.form} compare-form`}
        aria-labelledby="compare-form-title"
      >
        <h2 id="compare-form-title">Choose Allies</h2>
        <fieldset className={styles.allies}>
          <legend>Allies</legend>
          <ul className={styles.grid}>
            {allies.map((ally) => (
              <li key={ally.code}>
                <label className={styles.check}>
                  <input
                    type="checkbox"
                    name="allies"
                    value={ally.code}
                    defaultChecked={selected.includes(ally.code)}
                  />
                  <span>{ally.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="controls">
          <label>
            Figure
            <select name="metric" defaultValue={metric}>
              {options}
            </select>
          </label>
          <button type="submit">Compare</button>
        </div>
      </form>

      <section
        className={`${styles.form} compare-picker`}
        aria-labelledby="compare-picker-title"
        data-testid="compare-picker"
        data-selected={selected.join(",")}
        data-metric={metric}
        data-default-metric={DEFAULT_COMPARE_METRIC}
        hidden
      >
        <h2 id="compare-picker-title">Choose Allies</h2>
        <ul className={styles.chips} aria-label="Chosen, in the order chosen">
          {selected.map((code) => (
            <li key={code} data-code={code}>
              {/* The Ally's line colour (lib/ally-colours.ts), so that a chip matches its line. */}
              <span
                className={`${styles.swatch} series-${ALLY_COLOURS[code as AllyCode] ?? 0}`}
                aria-hidden="true"
              />
              {nameOf(code)}
              <button
                type="button"
                aria-label={`Remove ${nameOf(code)}`}
                data-remove={code}
                disabled={selected.length === 1}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="controls">
          <label>
            Add an Ally
            <input
              type="search"
              placeholder="Type a name or code"
              autoComplete="off"
              maxLength={60}
              aria-controls="compare-matches"
              data-search=""
            />
          </label>
          <label>
            Figure
            <select defaultValue={metric}>{options}</select>
          </label>
        </div>
        <ul id="compare-matches" className={styles.matches} aria-live="polite" />
        <p className="muted" aria-live="polite" data-status="" />
      </section>
      <script src="/compare-picker.js" defer />
    </>
  );
}
