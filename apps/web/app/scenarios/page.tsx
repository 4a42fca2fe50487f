import { formatFactDate, formatThreshold, YARDSTICKS } from "@nato/core";
import type { Metadata } from "next";
import { parseScenarioSearch } from "../../components/scenarios/params";
import { ScenarioCalculator } from "../../components/scenarios/ScenarioCalculator";
import styles from "../../components/scenarios/scenarios.module.css";
import {
  baseYearLabel,
  inputsOf,
  readScenarioForm,
  type ScenarioState,
} from "../../components/scenarios/view";
import { siteUrl } from "../../lib/env";
import { describeIssues, first, type RawSearchParams } from "../../lib/params";

interface Props {
  readonly searchParams: Promise<RawSearchParams>;
}

/**
 * What the page shows for its parameters. A link's parameters are read as links are everywhere on the
 * site (anything not understood falls back to the default, with a note); the calculator's own form
 * (`form=1`) is read field by field as typed, and a wrong field is shown as typed with what was expected.
 */
function readPage(raw: RawSearchParams) {
  const fallback = parseScenarioSearch({}).values;
  const form = first(raw, "form") === "1";
  if (form) {
    const { inputs, read } = readScenarioForm(raw);
    return { inputs, state: read.state ?? null, errors: read.errors ?? {}, note: null, fallback };
  }
  const { values, issues } = parseScenarioSearch(raw);
  const state: ScenarioState = values;
  return { inputs: inputsOf(state), state, errors: {}, note: describeIssues(issues), fallback };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state } = readPage(await searchParams);
  return {
    title: state
      ? `What if every Ally reached ${formatThreshold(state.target)} of GDP by ${state.deadline}?`
      : "What if every Ally reached the target?",
    description:
      "The extra defence spending if every NATO Ally reached a share of GDP by a deadline: per year, in total, per Ally, and for the United States against Europe and Canada, in constant 2021 US dollars.",
    alternates: { canonical: "/scenarios" },
  };
}

export default async function ScenariosPage({ searchParams }: Props) {
  const { inputs, state, errors, note, fallback } = readPage(await searchParams);
  return (
    <>
      <h1>What if every Ally reached the target?</h1>
      <p className="lede">
        Choose a share of GDP, a deadline and how fast economies grow: the calculator adds up the defence
        spending it takes, over holding today's shares (or the 2% floor, or an earlier year's shares), from
        NATO's own figures ({baseYearLabel()} is the starting point).
      </p>
      <ScenarioCalculator
        inputs={inputs}
        state={state}
        errors={errors}
        fallback={fallback}
        note={note}
        origin={siteUrl}
      />

      <section aria-labelledby="yardsticks">
        <h2 id="yardsticks">Where the yardsticks come from</h2>
        <dl>
          {YARDSTICKS.map((y) => (
            <div key={y.id} className={styles.yardstick}>
              <dt>
                <strong>{y.label}</strong>: {y.origin}
              </dt>
              <dd>
                <p>{y.text}</p>
                {y.caveat ? <p className="note">{y.caveat}</p> : null}
                <p className="muted">
                  Source{y.sources.length > 1 ? "s" : ""}:{" "}
                  {y.sources.map((s, i) => (
                    <span key={s.name}>
                      {i > 0 ? "; " : ""}
                      {s.url ? <a href={s.url}>{s.name}</a> : s.name}
                      {s.date ? `, ${formatFactDate(s.date)}` : ""}
                    </span>
                  ))}
                  .
                </p>
              </dd>
            </div>
          ))}
        </dl>
        <p>
          More of the story, with dates: <a href="/context">context</a>.
        </p>
      </section>
    </>
  );
}
