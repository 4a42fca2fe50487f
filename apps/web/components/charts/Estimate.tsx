import { ESTIMATE_MARK, formatMetricValue, type MetricUnit } from "@nato/core";

/** NATO's estimate mark, spelled out for screen readers and on hover. */
export function EstimateMark() {
  return (
    <abbr className="e" title="estimate">
      {ESTIMATE_MARK}
    </abbr>
  );
}

/**
 * A figure formatted by core, followed by the estimate mark when NATO marks it as one:
 * renders "4.25%" + <abbr>e</abbr>, whose text reads "4.25%e". Put it in an element with class "num"
 * (table cells have it) for tabular figures.
 */
export function Value({
  value,
  unit,
  estimate = false,
  digits,
}: {
  value: number | null | undefined;
  unit: MetricUnit;
  estimate?: boolean | undefined;
  digits?: number | undefined;
}) {
  const text = formatMetricValue(value, unit, digits === undefined ? {} : { digits });
  const hasValue = typeof value === "number" && Number.isFinite(value);
  // No wrapping element: tables hold hundreds of these, and every element costs the phone at hydration.
  return (
    <>
      {text}
      {estimate && hasValue ? <EstimateMark /> : null}
    </>
  );
}
