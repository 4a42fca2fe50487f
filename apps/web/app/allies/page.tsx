import {
  editionSpan,
  formatChangePct,
  formatYear,
  getDataset,
  getEdition,
  type MetricUnit,
} from "@nato/core";
import type { Metadata } from "next";
import { Fragment } from "react";
import { Value } from "@/components/charts/Estimate";
import { Status } from "@/components/Status";
import { TableWrap } from "@/components/tables/TableWrap";
import { type AllyRow, allyRows, FILTER_LABELS, filterRows, sortRows, sortValue } from "@/lib/allies-table";
import {
  ALLIES_FILTERS,
  type AlliesParams,
  type AlliesSortKey,
  describeIssues,
  latestYears,
  parseAlliesParams,
  type RawSearchParams,
} from "@/lib/params";
import { siteSourceLine } from "@/lib/site";

export const metadata: Metadata = {
  title: "Allies",
  description: `All 32 NATO Allies for any year ${editionSpan(getEdition())}: share of GDP, spending, per capita, equipment share, personnel and real change, with each rule's verdict. Sortable and filterable.`,
  alternates: { canonical: "/allies" },
};

interface Column {
  readonly key: AlliesSortKey;
  readonly label: string;
  readonly unit?: MetricUnit;
  readonly first: "asc" | "desc";
}

const COLUMNS: readonly Column[] = [
  { key: "name", label: "Ally", first: "asc" },
  { key: "share", label: "Share of GDP", unit: "pct-of-gdp", first: "desc" },
  { key: "spend", label: "Spend, current $", unit: "usd-m", first: "desc" },
  { key: "perCapita", label: "Per capita, 2021 $", unit: "usd", first: "desc" },
  { key: "equipment", label: "Equipment share", unit: "pct-of-expenditure", first: "desc" },
  { key: "personnel", label: "Personnel", unit: "thousands", first: "desc" },
  { key: "realChange", label: "Real change", first: "desc" },
];

/** Verdict columns, each shown right after the figure it judges. */
const VERDICTS_AFTER: Partial<
  Record<AlliesSortKey, readonly { key: "twoPercent" | "hagueCore" | "equipment20"; label: string }[]>
> = {
  share: [
    { key: "twoPercent", label: "2%" },
    { key: "hagueCore", label: "3.5%" },
  ],
  equipment: [{ key: "equipment20", label: "20%" }],
};

const DEFAULT_ORDERS = Object.fromEntries(COLUMNS.map((c) => [c.key, c.first]));

function href(params: AlliesParams, change: Partial<AlliesParams>): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams({
    year: String(next.year),
    sort: next.sort,
    order: next.order,
    show: next.show,
  });
  return `/allies?${query.toString()}`;
}

function cellValue(row: AllyRow, column: Column) {
  if (column.key === "realChange") {
    return row.realChangePct === null ? "–" : formatChangePct(row.realChangePct);
  }
  const value = sortValue(row, column.key);
  return (
    <Value
      value={typeof value === "number" ? value : null}
      unit={column.unit ?? "pct-of-gdp"}
      estimate={row.estimate}
    />
  );
}

export default async function AlliesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { values: params, issues } = parseAlliesParams(await searchParams);
  const dataset = getDataset();
  const all = allyRows(dataset, params.year);
  const rows = sortRows(filterRows(all, params.show), params.sort, params.order);
  const estimate = dataset.edition.estimateYears.includes(params.year);
  const yearText = formatYear(params.year, estimate);
  const problem = describeIssues(issues);
  const source = siteSourceLine(dataset.edition);
  const indexOf = new Map(all.map((r, i) => [r.code, i]));

  return (
    <>
      <h1>Allies, {yearText}</h1>
      <p className="lede">
        Every member in {params.year} with NATO's figures and each rule's verdict. Sort by any column; choose
        a year or show only the Allies that meet or miss a rule.
      </p>
      {problem ? (
        <p className="note" role="status">
          {problem}
        </p>
      ) : null}
      <nav aria-label="Year">
        <h2 className="visually-hidden">Year</h2>
        <ul className="pill-list">
          {latestYears().map((y) => (
            <li key={y}>
              <a
                href={href(params, { year: y })}
                aria-current={y === params.year ? "true" : undefined}
                data-keeps-sort=""
              >
                {formatYear(y, dataset.edition.estimateYears.includes(y))}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Filter">
        <h2 className="visually-hidden">Filter</h2>
        <ul className="pill-list">
          {ALLIES_FILTERS.map((f) => (
            <li key={f}>
              <a
                href={href(params, { show: f })}
                aria-current={f === params.show ? "true" : undefined}
                data-keeps-sort=""
              >
                {FILTER_LABELS[f]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TableWrap label="Allies table">
        <table id="allies-table">
          <caption>
            {FILTER_LABELS[params.show]}, {yearText}: {rows.length} of {all.length} members
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c, i) => {
                const active = c.key === params.sort;
                const nextOrder = active ? (params.order === "asc" ? "desc" : "asc") : c.first;
                return (
                  <Fragment key={c.key}>
                    <th
                      scope="col"
                      className={i === 0 ? undefined : "num"}
                      aria-sort={active ? (params.order === "asc" ? "ascending" : "descending") : "none"}
                    >
                      <a
                        className="sort-link"
                        href={href(params, { sort: c.key, order: nextOrder })}
                        data-sort-key={c.key}
                      >
                        {c.label}
                        <span aria-hidden="true" data-sort-mark="">
                          {active ? (params.order === "asc" ? "▲" : "▼") : ""}
                        </span>
                      </a>
                    </th>
                    {(VERDICTS_AFTER[c.key] ?? []).map((v) => (
                      <th key={v.key} scope="col">
                        {v.label}
                      </th>
                    ))}
                  </Fragment>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-index={indexOf.get(row.code)}>
                {COLUMNS.map((c, i) => {
                  const value = sortValue(row, c.key);
                  return i === 0 ? (
                    <th key={c.key} scope="row" data-sort-key={c.key} data-type="text" data-value={row.name}>
                      <a href={`/allies/${row.code}`}>{row.name}</a>
                    </th>
                  ) : (
                    <Fragment key={c.key}>
                      <td className="num" data-sort-key={c.key} data-value={value ?? ""}>
                        {cellValue(row, c)}
                      </td>
                      {(VERDICTS_AFTER[c.key] ?? []).map((v) => (
                        <td key={v.key}>
                          <Status status={row[v.key].status} />
                        </td>
                      ))}
                    </Fragment>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="table-source">
          {source} Real change: constant-price spending against the year before. Equipment includes related
          research and development; personnel in thousands.
        </p>
      </TableWrap>
      {/* Sorts in place without a reload (public/table-sorter.js): a plain script, so that the page has
          nothing for React to hydrate and is served as plain HTML. */}
      <script
        src="/table-sorter.js"
        defer
        data-table="allies-table"
        data-default-orders={JSON.stringify(DEFAULT_ORDERS)}
      />
    </>
  );
}
