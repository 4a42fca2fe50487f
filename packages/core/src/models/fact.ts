/**
 * Where a fact of the timeline or a yardstick was read: who published it, its date and, when there is
 * one, a link.
 *
 * @category Facts
 * @example
 * const sources: readonly FactSource[] = TIMELINE.flatMap((event) => event.sources);
 */
export interface FactSource {
  /** Who published it and what it is called, as one would cite it. */
  readonly name: string;
  /** Its date as the source gives it (ISO date, or a month or year when that is all it gives). */
  readonly date?: string;
  readonly url?: string;
}

/**
 * One dated fact of the Alliance's spending story (a summit, a pledge, an agreed milestone), with its
 * sources and what they leave unconfirmed. `date` is as precise as the sources allow: a day
 * (`2025-06-25`), a month (`2025-01`) or a year (`2006`); `endDate` closes a span of days.
 *
 * @category Facts
 * @example
 * const milestones: TimelineEvent[] = TIMELINE.filter((event) => event.milestone);
 * milestones.map((event) => event.id); // ["hague-review", "hague-deadline"]
 */
export interface TimelineEvent {
  readonly id: string;
  readonly date: string;
  readonly endDate?: string;
  /** A future milestone agreed in advance (the 2029 review, the 2035 deadline). */
  readonly milestone: boolean;
  readonly title: string;
  /** What happened, in a few sentences; quotations are marked with quotation marks. */
  readonly text: string;
  readonly sources: readonly FactSource[];
  /** What the sources leave unconfirmed, said plainly; shown with the fact. */
  readonly caveat?: string;
}

/**
 * A share of GDP the spending debate measures against (2%, 3.5%, 5%), in percent, with who set or
 * said it and its sources. `pct` is the value a calculator uses; `rangePct` keeps a range when the source
 * gave one.
 *
 * @category Facts
 * @example
 * const hagueCore: Yardstick | undefined = YARDSTICKS.find((y) => y.id === "hague-core");
 * hagueCore?.pct; // 3.5
 */
export interface Yardstick {
  readonly id: string;
  /** A short name ("3.5% Hague core"). */
  readonly label: string;
  readonly pct: number;
  readonly rangePct?: { readonly low: number; readonly high: number };
  /** Who set it or said it, and when. */
  readonly origin: string;
  readonly text: string;
  /** Year by which it is to be reached, when one was agreed. */
  readonly deadline?: number;
  readonly sources: readonly FactSource[];
  readonly caveat?: string;
}
