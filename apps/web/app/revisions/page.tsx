import {
  ALLY_CODES,
  BASIS_LABELS,
  EDITION_IDS,
  EDITIONS,
  type EditionRevisions,
  editionLabel,
  editionSpan,
  entityName,
  formatFactDate,
  formatMetricValue,
  formatRevision,
  formatYear,
  type RevisionEntry,
  revisionsByAllies,
  revisionsByEdition,
  TWO_PERCENT,
  type VerdictFigure,
  verdictsAsFirstPublished,
  WALES_PLEDGE_YEAR,
} from "@nato/core";
import type { Metadata } from "next";
import { Fragment } from "react";
import { Value } from "@/components/charts/Estimate";
import { Status } from "@/components/Status";
import { TableWrap } from "@/components/tables/TableWrap";
import { siteSourceLine } from "@/lib/site";

export const metadata: Metadata = {
  title: "Revisions: how NATO restated its figures, edition by edition",
  description:
    "NATO restates its whole series in every edition. The largest revisions of each Ally's share of GDP, edition by edition and Ally by Ally, with NATO's 2026 change of basis kept apart.",
};

const LIMIT = 10;

const value = (f: RevisionEntry["change"]["from"]) =>
  formatMetricValue(f.value, "pct-of-gdp", { estimate: f.estimate });

function RevisionTable({ pair, caption }: { pair: EditionRevisions; caption: string }) {
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Ally</th>
            <th scope="col" className="num">
              Year
            </th>
            <th scope="col" className="num">
              {editionLabel(pair.from)}
            </th>
            <th scope="col" className="num">
              {editionLabel(pair.to)}
            </th>
            <th scope="col" className="num">
              {pair.kind === "basis-change" ? "Difference" : "Revision"}
            </th>
          </tr>
        </thead>
        <tbody>
          {pair.revisions.map((e) => (
            <tr key={`${e.code}-${e.year}`}>
              <th scope="row">
                {(ALLY_CODES as readonly string[]).includes(e.code) ? (
                  <a href={`/allies/${e.code}#revisions`}>{entityName(e.code)}</a>
                ) : (
                  entityName(e.code)
                )}
              </th>
              <td className="num">{formatYear(e.year, e.change.to.estimate)}</td>
              <td className="num">{value(e.change.from)}</td>
              <td className="num">{value(e.change.to)}</td>
              <td className="num">{formatRevision(e.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="table-source">
        {siteSourceLine(EDITIONS[pair.from as keyof typeof EDITIONS])}{" "}
        {siteSourceLine(EDITIONS[pair.to as keyof typeof EDITIONS])} {pair.compared} figures published by
        both;{" "}
        {pair.revisions.length < LIMIT ? `${pair.revisions.length} changed` : `the ${LIMIT} largest changes`}.
      </p>
    </TableWrap>
  );
}

/** Every Ally's verdict on the 2% guideline for the Wales pledge's deadline, release by release. */
function WalesPledge() {
  const wales = verdictsAsFirstPublished(TWO_PERCENT, WALES_PLEDGE_YEAR);
  const keys = { "first-published": "firstPublished", restated: "restated", latest: "latest" } as const;
  const names = { "first-published": "First published", restated: "Restated", latest: "Latest" } as const;
  const cell = (f: VerdictFigure | null, noForces: boolean) =>
    f === null || f.value === null ? (
      <td className="num">{noForces ? <Status status="not-applicable" /> : "–"}</td>
    ) : (
      <td className="num">
        <Value value={f.value} unit="pct-of-gdp" estimate={f.estimate} />
        <br />
        <Status status={f.status} />
      </td>
    );
  const rows = [...wales.allies].sort((a, b) => Number(b.changed) - Number(a.changed));
  const used = new Set(wales.views.flatMap((v) => v.editions));
  return (
    <section aria-labelledby="first-published">
      <h2 id="first-published">As first published: the Wales pledge&apos;s {WALES_PLEDGE_YEAR}</h2>
      <p>
        At Wales in 2014, Allies below 2% of GDP pledged to move towards it within a decade. Whether they had
        by {WALES_PLEDGE_YEAR} depends on which edition is asked: the figures NATO first published, at the
        time and as estimates, or the same year as later editions restated it.
      </p>
      <p data-testid="wales-sentence">
        <strong>{wales.sentence}</strong>
      </p>
      <TableWrap label={`Each Ally's ${WALES_PLEDGE_YEAR} share of GDP, edition by edition`}>
        <table>
          <caption>
            Each Ally&apos;s {WALES_PLEDGE_YEAR} share of GDP against 2%, edition by edition (verdicts that
            moved first)
          </caption>
          <thead>
            <tr>
              <th scope="col">Ally</th>
              {wales.views.map((v) => (
                <th key={v.kind} scope="col" className="num">
                  {names[v.kind]} ({v.editions.map((e) => editionLabel(e)).join(", ")})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.code}>
                <th scope="row">
                  <a href={`/allies/${a.code}#first-published`}>{entityName(a.code)}</a>
                  {a.changed ? " *" : ""}
                </th>
                {wales.views.map((v) => (
                  <Fragment key={v.kind}>
                    {cell(a[keys[v.kind]], a.latest?.status === "not-applicable")}
                  </Fragment>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="table-source">
          * The verdict on the first published figure and the latest differ. Iceland has no armed forces.{" "}
          {EDITION_IDS.filter((id) => used.has(id))
            .map((id) => siteSourceLine(EDITIONS[id]))
            .join(" ")}
        </p>
      </TableWrap>
    </section>
  );
}

export default function RevisionsPage() {
  const pairs = revisionsByEdition({ limit: LIMIT });
  const ordinary = pairs.filter((p) => p.kind === "revision");
  const basis = pairs.filter((p) => p.kind === "basis-change");
  const allies = revisionsByAllies().filter((a) => (ALLY_CODES as readonly string[]).includes(a.code));
  return (
    <>
      <h1>How NATO revised its figures</h1>
      <p className="lede">
        NATO restates its whole series in every edition: a year&apos;s share of GDP first appears as an
        estimate, then as a figure, then restated again. Here, each Ally&apos;s share of GDP in every edition
        the site carries, the largest revisions edition by edition and Ally by Ally, and NATO&apos;s change of
        basis in its latest edition kept apart, because it changed what is counted rather than revised a
        figure.
      </p>

      <h2 id="editions">The editions</h2>
      <TableWrap label="The NATO editions compared">
        <table>
          <caption>The NATO editions compared, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Edition</th>
              <th scope="col">Published</th>
              <th scope="col">Years</th>
              <th scope="col">Constant prices</th>
              <th scope="col">Basis</th>
              <th scope="col">Figures here</th>
            </tr>
          </thead>
          <tbody>
            {EDITION_IDS.map((id) => {
              const e = EDITIONS[id];
              return (
                <tr key={id}>
                  <th scope="row">
                    {editionLabel(e)} ({id})
                  </th>
                  <td className="nowrap">{formatFactDate(e.publishedOn)}</td>
                  <td className="nowrap">{editionSpan(e)}</td>
                  <td>{e.priceBase}</td>
                  <td>{BASIS_LABELS[e.basis]}</td>
                  <td>{e.coverage === "full" ? "all tables" : "share of GDP only"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>

      <WalesPledge />

      <h2 id="by-edition">Largest revisions, edition by edition</h2>
      <p>
        Share of GDP, in percentage points: each edition against the one before it. Shares of GDP can be
        compared across price bases; constant-price money cannot, and is never compared here.
      </p>
      {ordinary.length === 0 ? (
        <p>No two editions on the same basis carry the share of GDP yet.</p>
      ) : (
        ordinary.map((pair) => (
          <section key={`${pair.from}-${pair.to}`} aria-labelledby={`rev-${pair.from}-${pair.to}`}>
            <h3 id={`rev-${pair.from}-${pair.to}`}>
              {editionLabel(pair.to)} edition against {editionLabel(pair.from)}
            </h3>
            <RevisionTable
              pair={pair}
              caption={`Largest revisions of share of GDP, ${editionLabel(pair.from)} to ${editionLabel(pair.to)} edition`}
            />
          </section>
        ))
      )}

      <h2 id="basis-change">The change of basis, kept apart</h2>
      {basis.map((pair) => (
        <section key={`${pair.from}-${pair.to}`} aria-labelledby={`basis-${pair.from}-${pair.to}`}>
          <p>
            The {editionLabel(pair.to)} edition counts {BASIS_LABELS["core-defence-expenditure"]}, the basis
            of The Hague&apos;s 3.5% commitment, and restated every earlier year on it. Its differences from
            the {editionLabel(pair.from)} edition, which counted {BASIS_LABELS["defence-expenditure"]}, are
            partly that change, not ordinary revisions.
          </p>
          <h3 id={`basis-${pair.from}-${pair.to}`}>
            {editionLabel(pair.to)} edition against {editionLabel(pair.from)}: the largest differences
          </h3>
          <RevisionTable
            pair={pair}
            caption={`Largest differences in share of GDP across the change of basis, ${editionLabel(pair.from)} to ${editionLabel(pair.to)} edition`}
          />
        </section>
      ))}

      <h2 id="by-ally">By Ally</h2>
      <p>
        Each Ally&apos;s largest revision of its share of GDP from one edition to the next, and its largest
        difference across the change of basis. Every year and edition is on the Ally&apos;s page.
      </p>
      <TableWrap label="Largest revision of each Ally">
        <table>
          <caption>Largest revision of each Ally&apos;s share of GDP, and across the change of basis</caption>
          <thead>
            <tr>
              <th scope="col">Ally</th>
              <th scope="col">Largest revision</th>
              <th scope="col" className="num">
                Points
              </th>
              <th scope="col">Largest difference at the change of basis</th>
              <th scope="col" className="num">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {allies.map((a) => {
              const r = a.revisions[0];
              const b = a.basisChanges[0];
              const said = (e: RevisionEntry) =>
                `${formatYear(e.year, e.change.to.estimate)}: ${value(e.change.from)} (${editionLabel(e.change.from.edition)}) to ${value(e.change.to)} (${editionLabel(e.change.to.edition)})`;
              return (
                <tr key={a.code}>
                  <th scope="row">
                    <a href={`/allies/${a.code}#revisions`}>{entityName(a.code)}</a>
                  </th>
                  <td>{r ? said(r) : "none"}</td>
                  <td className="num">{r ? formatRevision(r.change) : "–"}</td>
                  <td>{b ? said(b) : "none"}</td>
                  <td className="num">{b ? formatRevision(b.change) : "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="table-source">{EDITION_IDS.map((id) => siteSourceLine(EDITIONS[id])).join(" ")}</p>
      </TableWrap>
      <p>
        How the editions differ and what each counts: <a href="/methodology#editions">methodology</a>.
      </p>
    </>
  );
}
