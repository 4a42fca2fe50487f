import type { Threshold } from "@/components/charts/LineChart";

/**
 * The labelled lines on every share-of-GDP chart: the 2% guideline and The Hague's 3.5% and 5%. The
 * chart's margin shows the short names; the legend and description the full ones.
 */
export const SHARE_THRESHOLDS: readonly Threshold[] = [
  { value: 2, label: "2% guideline" },
  { value: 3.5, label: "3.5% core, The Hague", short: "3.5% core" },
  { value: 5, label: "5% total, The Hague", short: "5% total" },
];
