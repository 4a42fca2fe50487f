import {
  ESTIMATE_CLASS,
  ESTIMATE_MARK,
  ESTIMATE_SEPARATOR,
  formatMetricValue,
  type MetricUnit,
} from "@nato/core";

/** NATO's estimate mark alone, for a legend ("e = estimate"). */
export function EstimateAbbr() {
  return (
    <abbr className={ESTIMATE_CLASS} title="estimate">
      {ESTIMATE_MARK}
    </abbr>
  );
}

/**
 * NATO's estimate mark after a figure, as core's `formatHtml` writes it: a no-break space, then an
 * <abbr class="estimate"> spelled out for screen readers and on hover. Its text reads as core's text form
 * ("4.25% e", "$44.2 bn e").
 */
export function EstimateMark() {
  return (
    <>
      {ESTIMATE_SEPARATOR}
      <EstimateAbbr />
    </>
  );
}

/**
 * A figure formatted by core, followed by the estimate mark when NATO marks it as one:
 * renders "4.25%" + no-break space + <abbr>e</abbr>, whose text reads "4.25% e". Put it in an element with
 * class "num" (table cells have it) for tabular figures.
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
