"use client";

import { searchAllies } from "@nato/core";
import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useState, useTransition } from "react";
import styles from "./compare.module.css";

interface Option {
  readonly code: string;
  readonly name: string;
}

/**
 * Choosing Allies to compare. Without JavaScript it is a plain GET form (checkboxes and a Compare
 * button). With it: a search box that adds an Ally as soon as it is chosen, the chosen Allies in the
 * order of choice (each removable), and the chart and the URL updated at once, so that a link always
 * reproduces what is on screen.
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
  const router = useRouter();
  const [ready, setReady] = useState(false);
  const [chosen, setChosen] = useState<readonly string[]>(selected);
  const [query, setQuery] = useState("");
  const [pending, startTransition] = useTransition();
  useEffect(() => setReady(true), []);
  useEffect(() => setChosen(selected), [selected]);

  const nameOf = (code: string) => allies.find((a) => a.code === code)?.name ?? code;
  const href = (codes: readonly string[], m: string) =>
    `/compare?allies=${codes.join(",")}${m === "shareOfGdpPct" ? "" : `&metric=${m}`}`;
  const go = (codes: readonly string[], m = metric) => {
    setChosen(codes);
    startTransition(() => router.replace(href(codes, m), { scroll: false }));
  };
  const matches =
    query.trim() === ""
      ? []
      : searchAllies(query)
          .map((a) => a.code as string)
          .filter((code) => !chosen.includes(code))
          .slice(0, 8);
  const add = (code: string) => {
    setQuery("");
    go([...chosen, code]);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      const first = matches[0];
      if (first) add(first);
    }
  };

  if (!ready) {
    return (
      <form method="get" action="/compare" className={styles.form} aria-labelledby="compare-form-title">
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
              {metrics.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Compare</button>
        </div>
      </form>
    );
  }

  return (
    <section className={styles.form} aria-labelledby="compare-form-title" data-testid="compare-picker">
      <h2 id="compare-form-title">Choose Allies</h2>
      <ul className={styles.chips} aria-label="Chosen, in the order chosen">
        {chosen.map((code) => (
          <li key={code}>
            {nameOf(code)}
            <button
              type="button"
              aria-label={`Remove ${nameOf(code)}`}
              disabled={chosen.length === 1}
              onClick={() => go(chosen.filter((c) => c !== code))}
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
            value={query}
            placeholder="Type a name or code"
            autoComplete="off"
            aria-controls="compare-matches"
            onChange={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={onKey}
          />
        </label>
        <label>
          Figure
          <select value={metric} onChange={(event) => go(chosen, event.currentTarget.value)}>
            {metrics.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul id="compare-matches" className={styles.matches} aria-live="polite">
        {matches.map((code) => (
          <li key={code}>
            <button type="button" onClick={() => add(code)}>
              Add {nameOf(code)}
            </button>
          </li>
        ))}
        {query.trim() !== "" && matches.length === 0 ? (
          <li className="muted">No other Ally matches.</li>
        ) : null}
      </ul>
      <p className="muted" aria-live="polite">
        {pending ? "Updating the chart…" : ""}
      </p>
    </section>
  );
}
