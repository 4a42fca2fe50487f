import { EMBED_HEIGHT, embedCode } from "@/lib/embed";

/**
 * The embed code of a chart that has an `/embed/...` page, rendered on the server so that a visitor
 * without JavaScript can open it and copy it: a disclosure with the code (lib/embed.ts: the `<iframe>`
 * and the host script that fits its height) in a read-only field, and a note on what each line does.
 * With JavaScript, public/chart-tools.js writes the page's own origin into it (`data-origin` is the one
 * the server knew) and adds a copy button.
 */
export function ChartEmbed({
  chartId,
  href,
  title,
  origin,
  height = EMBED_HEIGHT,
}: {
  chartId: string;
  href: string;
  title: string;
  /** The site's public origin the server knows (lib/env.ts `siteUrl`); the script writes the page's own. */
  origin: string;
  height?: number;
}) {
  return (
    <details className="chart-embed" data-origin={origin}>
      <summary>Embed</summary>
      <label htmlFor={`${chartId}-embed`}>Embed code: copy it into your page</label>
      <p id={`${chartId}-embed-note`} className="chart-embed-note">
        The second line, a script, makes the frame as tall as the chart on any screen. Where scripts are not
        allowed, the frame alone works, {height} pixels tall.
      </p>
      <textarea
        id={`${chartId}-embed`}
        aria-describedby={`${chartId}-embed-note`}
        readOnly
        rows={4}
        spellCheck={false}
        value={embedCode(origin, href, title, height)}
      />
    </details>
  );
}
