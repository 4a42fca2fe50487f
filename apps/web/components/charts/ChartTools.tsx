import { ChartEmbed } from "./ChartEmbed";

/** A chart's page for other sites to frame: its address, the title the frame is named by, and the origin. */
export interface EmbedTarget {
  readonly href: string;
  readonly title: string;
  readonly origin: string;
  readonly height?: number;
}

/**
 * The tools under each chart, rendered hidden: the buttons for Chart / Table views, PNG, SVG and CSV
 * downloads, a share link, a status line and the value box; and, where the chart has an embed page, its
 * embed code, rendered visible (see ChartEmbed: it works without JavaScript). public/chart-tools.js, a plain script loaded once per page, shows them and makes them work:
 * the value under the pointer, a tap or the keyboard (arrow keys on the focused chart), the views, the
 * downloads with the title, source and date inside. It reads everything from the chart's own HTML, so no
 * figure is sent twice, and the page has nothing for React to hydrate. Without JavaScript the tools stay
 * hidden: the chart's SVG and its data table are the content.
 */
export function ChartTools({
  chartId,
  dateLine,
  embed,
}: {
  chartId: string;
  dateLine: string;
  embed?: EmbedTarget | undefined;
}) {
  return (
    <>
      <div className="chart-tools" hidden data-chart={chartId} data-date-line={dateLine}>
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
        </fieldset>
        <p className="chart-said" role="status" />
        <div id={`${chartId}-tip`} className="chart-tip" role="status" hidden />
      </div>
      {embed ? (
        <ChartEmbed
          chartId={chartId}
          href={embed.href}
          title={embed.title}
          origin={embed.origin}
          height={embed.height}
        />
      ) : null}
      {/* React loads an async script once per page, however many charts ask for it. */}
      <script async src="/chart-tools.js" />
    </>
  );
}
