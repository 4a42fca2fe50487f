/** The line under every chart and map: NATO's credit for the edition shown, and a link to the figures. */
export function ChartSource({ source, dataHref }: { source: string; dataHref: string }) {
  return (
    <p className="chart-source">
      {source}{" "}
      <a href={dataHref}>{dataHref.endsWith(".csv") ? "Download the data (CSV)" : "Download the data"}</a>
    </p>
  );
}
