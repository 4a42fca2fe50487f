import { formatFactDate, formatThreshold, YARDSTICKS } from "@nato/core";
import type { Metadata } from "next";
import { parseScenarioSearch } from "../../components/scenarios/params";
import { ScenarioCalculator } from "../../components/scenarios/ScenarioCalculator";
import styles from "../../components/scenarios/scenarios.module.css";
import { baseYearLabel } from "../../components/scenarios/view";
import { siteUrl } from "../../lib/env";
import { describeIssues, type RawSearchParams } from "../../lib/params";

interface Props {
  readonly searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { values } = parseScenarioSearch(await searchParams);
  return {
    title: `What if every Ally reached ${formatThreshold(values.target)} of GDP by ${values.deadline}?`,
    description:
      "The extra defence spending if every NATO Ally reached a share of GDP by a deadline: per year, in total, per Ally, and for the United States against Europe and Canada, in constant 2021 US dollars.",
    alternates: { canonical: "/scenarios" },
  };
}

export default async function ScenariosPage({ searchParams }: Props) {
  const { values, issues } = parseScenarioSearch(await searchParams);
  return (
    <>
      <h1>What if every Ally reached the target?</h1>
      <p className="lede">
        Choose a share of GDP, a deadline and how fast economies grow: the calculator adds up the defence
        spending it takes, over holding today's shares (or the 2% floor, or an earlier year's shares), from
        NATO's own figures ({baseYearLabel()} is the starting point).
      </p>
      <ScenarioCalculator
        initial={{
          target: values.target,
          deadline: values.deadline,
          growth: values.growth,
          baseline: values.baseline,
          prices: values.prices,
        }}
        note={describeIssues(issues)}
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
