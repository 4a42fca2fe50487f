import { EQUIPMENT_20, formatThreshold, HAGUE_CORE, HAGUE_TOTAL, TWO_PERCENT } from "@nato/core";
import type { Threshold } from "@/components/charts/LineChart";

/**
 * The labelled lines on every share-of-GDP chart: the 2% guideline and The Hague's 3.5% and 5%, at the
 * thresholds of core's rules. The chart's margin shows the short names; the legend and description the
 * full ones.
 */
export const SHARE_THRESHOLDS: readonly Threshold[] = [
  { value: TWO_PERCENT.threshold, label: `${formatThreshold(TWO_PERCENT.threshold)} guideline` },
  {
    value: HAGUE_CORE.threshold,
    label: `${formatThreshold(HAGUE_CORE.threshold)} core, The Hague`,
    short: `${formatThreshold(HAGUE_CORE.threshold)} core`,
  },
  {
    value: HAGUE_TOTAL.threshold,
    label: `${formatThreshold(HAGUE_TOTAL.threshold)} total, The Hague`,
    short: `${formatThreshold(HAGUE_TOTAL.threshold)} total`,
  },
];

/** The labelled line on every chart of the equipment share: the 20% guideline of Wales 2014. */
export const EQUIPMENT_THRESHOLDS: readonly Threshold[] = [
  {
    value: EQUIPMENT_20.threshold,
    label: `${formatThreshold(EQUIPMENT_20.threshold)} guideline, Wales 2014`,
    short: `${formatThreshold(EQUIPMENT_20.threshold)} guideline`,
  },
];
