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
 * renders "4.25%" + <abbr>e</abbr>, whose text reads "4.25%e".
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
  return (
    <span className={estimate && hasValue ? "num estimate" : "num"}>
      {text}
      {estimate && hasValue ? <EstimateMark /> : null}
    </span>
  );
}
