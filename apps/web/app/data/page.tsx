import { EDITION_IDS, EDITIONS, getDataset, LATEST_EDITION_ID, sourceLine } from "@nato/core";
import type { Metadata } from "next";
import { EMBED_HEIGHT } from "@/lib/embed";
import { DATA_FILES, editionFileName, README_FILE, SCHEMA_FILE } from "./files";

export const metadata: Metadata = {
  title: "Data downloads",
  description:
    "NATO's defence-expenditure figures for every Ally and year as CSV and JSON, one file per edition, with a JSON Schema and a note on the columns.",
  alternates: { canonical: "/data" },
};

const kib = (text: string) => `${Math.max(1, Math.round(new TextEncoder().encode(text).length / 1024))} KB`;

export default function DataPage() {
  const latest = EDITIONS[LATEST_EDITION_ID];
  return (
    <>
      <h1>Data downloads</h1>
      <p className="lede">
        Every figure on this site, as files: one CSV and one JSON file per edition of NATO's annual tables (
        <em>Defence Investment of NATO Countries</em> from 2026,{" "}
        <em>Defence Expenditure of NATO Countries</em> before), written at build time by the library that
        draws the site (<code>toCsv</code> and <code>toJsonExport</code> in <code>@nato/core</code>).
      </p>
      <p>
        Why one file per edition: NATO restates its history in each edition, so the same Ally and year has a
        different figure in each. A file per edition keeps one row per Ally and year; every row still names
        its edition in an <code>edition</code> column, so files can be stacked to compare editions. The{" "}
        {latest.id} edition is the latest and the one the site shows.
      </p>

      <div className="table-wrap table-cards">
        <table data-testid="downloads">
          <caption>Files</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">What it holds</th>
              <th scope="col" className="num">
                Rows
              </th>
              <th scope="col" className="num">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {DATA_FILES.map((file) => (
              <tr key={file.name}>
                <th scope="row">
                  <a href={`/data/${file.name}`} download={file.name}>
                    {file.name}
                  </a>
                </th>
                <td data-label="What it holds">{file.description}</td>
                <td className="num" data-label="Rows">
                  {file.edition ? getDataset(file.edition).observations.length : "–"}
                </td>
                <td className="num" data-label="Size">
                  {kib(file.body())}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="table-source">
          {sourceLine(latest)} Earlier editions:{" "}
          {EDITION_IDS.filter((id) => id !== LATEST_EDITION_ID)
            .map((id) => sourceLine(EDITIONS[id]))
            .join(" ")}
        </p>
      </div>

      <h2 id="columns">Columns and conventions</h2>
      <p>
        The CSV files have NATO's compiled-table column names. An empty cell means NATO published no figure
        (Iceland, with no armed forces, has none); <code>estimate</code> is <code>true</code> where NATO marks
        the figure as an estimate. The full list of columns, units and conventions is in{" "}
        <a href={`/data/${README_FILE}`}>{README_FILE}</a>, which belongs with the CSV files; the JSON files
        carry the credit line and the edition's notes themselves and follow{" "}
        <a href={`/data/${SCHEMA_FILE}`}>{SCHEMA_FILE}</a>. Definitions are on the{" "}
        <a href="/methodology#definitions">methodology</a> page.
      </p>

      <h2 id="use">Use them</h2>
      <ul>
        <li>
          In a spreadsheet: open{" "}
          <a href={`/data/${editionFileName(latest.id, "csv")}`}>{editionFileName(latest.id, "csv")}</a>.
        </li>
        <li>
          In a terminal: <code>nato export --format csv</code> or <code>nato export --format json</code>.
        </li>
        <li>
          In code: <code>import {"{ getDataset }"} from "@nato/core"</code> gives the same figures, typed (
          <code>getDataset()</code> follows the latest edition; <code>getDataset("{latest.id}")</code> pins
          this one).
        </li>
      </ul>

      <h2 id="embed">Put a chart on your page</h2>
      <p>
        Every chart on this site has an <strong>Embed</strong> button under it. It gives two lines to paste
        into your page's HTML where the chart should appear:
      </p>
      <ol>
        <li>
          a frame (<code>&lt;iframe&gt;</code>) that shows the chart from this site, with its title, its
          source line and a link to the full page; it always shows the edition the site shows;
        </li>
        <li>
          a script (<code>&lt;script src="…/embed.js"&gt;</code>) that makes the frame exactly as tall as the
          chart, on a phone as on a desktop, and again whenever the chart changes size (a phone turned
          sideways, a table opened). It only reads the height the chart reports, and only from this site; it
          does nothing else on your page.
        </li>
      </ol>
      <p>
        If your publishing system removes scripts, paste the frame alone: it works at a fixed height, written
        in the code ({EMBED_HEIGHT} pixels for most charts, more for the map and the longer ones), enough for
        the chart on most phones; where the chart is taller it scrolls inside the frame, and where it is
        shorter a space is left under it. Several charts on one page need the script once, but pasting it with
        each is fine. The credit line is inside every chart.
      </p>
      <p>
        The chart is drawn light, as most news pages are, even for readers who set their device to dark mode.
        If your page turns dark with the reader's setting, add <code>#dark=auto</code> to the end of the
        frame's address (after <code>/embed/…</code>, inside the quotes) and the chart will follow it too.
      </p>
      <p>
        Credit: <strong>{sourceLine(latest)}</strong>
      </p>
    </>
  );
}
