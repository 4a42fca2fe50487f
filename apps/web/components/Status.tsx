import { type RuleStatus, STATUS_LABELS } from "@nato/core";

/** A verdict in words, with a shape and the status colour (never colour alone). */
export function Status({ status }: { status: RuleStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
