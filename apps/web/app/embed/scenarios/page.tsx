import { formatThreshold, getEdition, sourceLine } from "@nato/core";
import type { Metadata } from "next";
import { parseScenarioSearch } from "@/components/scenarios/params";
import { ScenarioBars } from "@/components/scenarios/ScenarioBars";
import { ScenarioYearTable } from "@/components/scenarios/ScenarioYearTable";
import {
  computeScenario,
  type ScenarioState,
  scenarioCsvHref,
  scenarioEmbedHref,
  scenarioHeadline,
  scenarioHref,
  scenarioInputsText,
} from "@/components/scenarios/view";
import { siteUrl } from "@/lib/env";
import { describeIssues, type RawSearchParams } from "@/lib/params";

interface Props {
  readonly searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { values } = parseScenarioSearch(await searchParams);
  return {
    title: `What if every Ally reached ${formatThreshold(values.target)} of GDP by ${values.deadline}? (chart to embed)`,
    robots: { index: false },
    alternates: { canonical: "/scenarios" },
  };
}

/**
 * A scenario's chart alone, for other sites to frame: the parameters of /scenarios, read and checked the
 * same way (anything invalid falls back to its default, and the page says what it ignored).
 */
export default async function EmbedScenarioPage({ searchParams }: Props) {
  const { values, issues } = parseScenarioSearch(await searchParams);
  const state: ScenarioState = values;
  const scenario = computeScenario(state);
  const headline = scenarioHeadline(scenario);
  const note = describeIssues(issues);
  return (
    <div className="embed-page">
      <h1 className="visually-hidden">{headline.question}</h1>
      {note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}
      {scenario.below === 0 ? (
        <p className="note" data-testid="scenario-all-there">
          {headline.counts} Reaching {formatThreshold(scenario.targetPct)} by {scenario.deadline} takes no
          extra spending: there is nothing to draw.
        </p>
      ) : (
        <ScenarioBars
          scenario={scenario}
          source={sourceLine(getEdition())}
          dataHref={scenarioCsvHref(state)}
          embedHref={scenarioEmbedHref(state)}
          origin={siteUrl}
          figuresNote="The table below gives the years; the download gives every figure, Ally by Ally."
        />
      )}
      {scenario.below === 0 ? null : <ScenarioYearTable scenario={scenario} />}
      <p className="muted" data-testid="scenario-inputs">
        {scenarioInputsText(state)}
      </p>
      <p className="embed-more">
        <a href={scenarioHref(state)} target="_top">
          Every figure of this scenario, Ally by Ally
        </a>
      </p>
    </div>
  );
}
