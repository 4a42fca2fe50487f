import { type Scenario, sourceLine } from "@nato/core";
import styles from "./scenarios.module.css";
import { scenarioDataset, yearRows } from "./view";

/**
 * The scenario's extra spending year by year, for the Alliance, the United States and Europe and Canada:
 * the figures of its bar chart as a table, under the chart on /scenarios and in its embed.
 */
export function ScenarioYearTable({ scenario }: { scenario: Scenario }) {
  return (
    <div className={`table-wrap ${styles.wrapHeads}`}>
      <table>
        <caption>Extra spending by year, {scenario.priceLabel}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              Alliance
            </th>
            <th scope="col" className="num">
              United States
            </th>
            <th scope="col" className="num">
              Europe and Canada
            </th>
          </tr>
        </thead>
        <tbody>
          {yearRows(scenario).map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td className="num">{row.total}</td>
              <td className="num">{row.unitedStates}</td>
              <td className="num">{row.europeAndCanada}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="table-source">{sourceLine(scenarioDataset().edition)}</p>
    </div>
  );
}
