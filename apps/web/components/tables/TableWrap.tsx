import type { ReactNode } from "react";

/**
 * The box a table scrolls in on narrow screens. It takes keyboard focus so that a keyboard user can
 * scroll it too (WCAG 2.1.1), and is a named region so that the focus stop says what it is.
 */
export function TableWrap({ label, id, children }: { label: string; id?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled.
    <section className="table-wrap" id={id} tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
