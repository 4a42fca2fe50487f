/**
 * The tools under each chart, rendered hidden: the buttons for Chart / Table views, PNG, SVG and CSV
 * downloads, a share link and (where the chart has an embed page) the embed code, a status line and the
 * value box. public/chart-tools.js, a plain script loaded once per page, shows them and makes them work:
 * the value under the pointer, a tap or the keyboard (arrow keys on the focused chart), the views, the
 * downloads with the title, source and date inside. It reads everything from the chart's own HTML, so no
 * figure is sent twice, and the page has nothing for React to hydrate. Without JavaScript the tools stay
 * hidden: the chart's SVG and its data table are the content.
 */
export function ChartTools({
  chartId,
  dateLine,
  embedHref,
}: {
  chartId: string;
  dateLine: string;
  embedHref?: string | undefined;
}) {
  return (
    <>
      <div
        className="chart-tools"
        hidden
        data-chart={chartId}
        data-date-line={dateLine}
        data-embed-href={embedHref}
      >
        <fieldset className="chart-views">
          <legend className="visually-hidden">View</legend>
          <button type="button" aria-pressed="true" data-view="chart">
            Chart
          </button>
          <button type="button" aria-pressed="false" data-view="table">
            Table
          </button>
        </fieldset>
        <fieldset className="chart-actions">
          <legend className="visually-hidden">Download and share</legend>
          <button type="button" data-action="png">
            PNG
          </button>
          <button type="button" data-action="svg">
            SVG
          </button>
          <button type="button" data-action="csv">
            CSV
          </button>
          <button type="button" data-action="share">
            Share link
          </button>
          {embedHref ? (
            <button type="button" aria-expanded="false" data-action="embed">
              Embed
            </button>
          ) : null}
        </fieldset>
        <p className="chart-said" role="status" />
        <div id={`${chartId}-tip`} className="chart-tip" role="status" hidden />
      </div>
      {/* React loads an async script once per page, however many charts ask for it. */}
      <script async src="/chart-tools.js" />
    </>
  );
}
