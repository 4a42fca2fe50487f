import { formatPp, formatYear, type RankingEntry, type RuleResult } from "@nato/core";
import { Value } from "@/components/charts/Estimate";
import { Status } from "@/components/Status";
import { TableWrap } from "@/components/tables/TableWrap";

export interface RankingRow {
  readonly entry: RankingEntry;
  readonly name: string;
  readonly twoPercent: RuleResult;
  readonly hagueCore: RuleResult;
}

/** Allies ranked by share of GDP in one year, with the 2% and 3.5% verdicts and the gap to 3.5%. */
export function RankingTable({
  id,
  year,
  estimate,
  rows,
  source,
}: {
  id: string;
  year: number;
  estimate: boolean;
  rows: readonly RankingRow[];
  source: string;
}) {
  return (
    <TableWrap label="Ranking" id={id}>
      <table>
        <caption>Allies ranked by defence spending as a share of GDP, {formatYear(year, estimate)}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="rank" aria-hidden="true">
                #
              </span>
              <span className="visually-hidden">Rank and </span>Ally
            </th>
            <th scope="col" className="num">
              Share of GDP
            </th>
            <th scope="col">2%</th>
            <th scope="col">3.5%</th>
            <th scope="col" className="num">
              Gap to 3.5%
            </th>
            <th scope="col" className="num">
              Extra spend for 3.5%
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.entry.code}>
              <th scope="row">
                <span className="rank">{r.entry.rank ?? "–"}</span>{" "}
                <a href={`/allies/${r.entry.code}`}>{r.name}</a>
              </th>
              <td className="num">
                <Value value={r.entry.value} unit="pct-of-gdp" estimate={r.entry.estimate} />
              </td>
              <td>
                <Status status={r.twoPercent.status} />
              </td>
              <td>
                <Status status={r.hagueCore.status} />
              </td>
              <td className="num">{r.hagueCore.marginPp === null ? "–" : formatPp(r.hagueCore.marginPp)}</td>
              <td className="num">
                {r.hagueCore.status === "below" ? (
                  <Value value={r.hagueCore.gapUsdCurrentM} unit="usd-m" estimate={r.hagueCore.estimate} />
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="table-source">
        {source} Gap: extra spending that year to reach 3.5% of GDP, current prices.
      </p>
    </TableWrap>
  );
}
