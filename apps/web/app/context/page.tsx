import {
  complianceByYear,
  entityName,
  type FactSource,
  formatFactDate,
  formatThreshold,
  formatYear,
  getDataset,
  HAGUE_CORE,
  sourceLine,
  TIMELINE,
  TWO_PERCENT,
  YARDSTICKS,
} from "@nato/core";
import type { Metadata } from "next";
import styles from "./context.module.css";

export const metadata: Metadata = {
  title: "Context: the 2% guideline to The Hague's 5%",
  description:
    "The Alliance's spending story in dates, each fact with its source: the 2006 guideline, Wales 2014, the Ukraine Defense Contact Group, Vilnius 2023, Finland and Sweden, The Hague 2025, the 2029 review and the 2035 deadline.",
  alternates: { canonical: "/context" },
};

function Sources({ sources }: { sources: readonly FactSource[] }) {
  return (
    <p className={`muted ${styles.sources}`}>
      {sources.length > 1 ? "Sources: " : "Source: "}
      {sources.map((s, i) => (
        <span key={s.name}>
          {i > 0 ? "; " : ""}
          {s.url ? <a href={s.url}>{s.name}</a> : s.name}
          {s.date ? `, ${formatFactDate(s.date)}` : ""}
        </span>
      ))}
      .
    </p>
  );
}

export default function ContextPage() {
  const dataset = getDataset();
  const twoPercent = complianceByYear(dataset, TWO_PERCENT);
  const core = complianceByYear(dataset, HAGUE_CORE);
  const first = twoPercent[0];
  const last = twoPercent[twoPercent.length - 1];
  const lastCore = core[core.length - 1];
  const names = (codes: readonly string[]) => codes.map((c) => entityName(c)).join(", ");
  return (
    <>
      <h1>From 2% to 5%: the story in dates</h1>
      <p className="lede">
        How the Alliance came to measure defence by a share of GDP, and where the debate stands. Every fact
        names where it was read; quotations come from copies of the official texts or from reports quoting
        them, so check the official NATO text before quoting them in turn. Where a fact could not be
        confirmed, it says so.
      </p>

      {first && last && lastCore ? (
        <section aria-labelledby="in-figures">
          <h2 id="in-figures">In NATO's figures</h2>
          <ul className="figures">
            <li className="figure">
              <span className="value">
                {first.met} of {first.members}
              </span>
              <span className="label">
                Allies met 2% in {formatYear(first.year, first.estimate)}: {names(first.metCodes)}
              </span>
            </li>
            <li className="figure">
              <span className="value">
                {last.met} of {last.members}
              </span>
              <span className="label">Allies at 2% or more in {formatYear(last.year, last.estimate)}</span>
            </li>
            <li className="figure">
              <span className="value">
                {lastCore.met} of {lastCore.members}
              </span>
              <span className="label">
                Allies at 3.5% or more in {formatYear(lastCore.year, lastCore.estimate)}:{" "}
                {names(lastCore.metCodes)}
              </span>
            </li>
          </ul>
          <p className="muted">
            Counted among the members of each year (Iceland, with no armed forces, is not applicable).{" "}
            {sourceLine(dataset.edition)}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <ol className={styles.timeline}>
          {TIMELINE.map((event) => (
            <li key={event.id} id={event.id} className={event.milestone ? styles.milestone : undefined}>
              <h3>
                <span className={styles.date}>{formatFactDate(event.date, event.endDate)}</span>
                {event.milestone ? <span className="muted"> (agreed milestone)</span> : null}
                <br />
                {event.title}
              </h3>
              <p>{event.text}</p>
              {event.caveat ? <p className="note">{event.caveat}</p> : null}
              <Sources sources={event.sources} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="yardsticks">
        <h2 id="yardsticks">The yardsticks of the debate</h2>
        <p>
          The shares of GDP Allies are measured against. Each is a preset of the{" "}
          <a href="/scenarios">scenario calculator</a>.
        </p>
        <ul className={styles.yardsticks}>
          {YARDSTICKS.map((y) => (
            <li key={y.id} id={`yardstick-${y.id}`}>
              <h3>{y.label}</h3>
              <p className="muted">{y.origin}</p>
              <p>{y.text}</p>
              {y.caveat ? <p className="note">{y.caveat}</p> : null}
              <Sources sources={y.sources} />
              <p>
                <a href={`/scenarios?target=${y.pct}&deadline=${y.deadline ?? 2035}&growth=auto`}>
                  What if every Ally reached {formatThreshold(y.pct)} by {y.deadline ?? 2035}?
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
