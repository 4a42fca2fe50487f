import { MAX_LINES } from "./params";

/**
 * The code another site pastes to frame one of the `/embed/...` pages: an `<iframe>` of the page at the
 * site's origin, named by the chart's title (escaped for an attribute), as wide as its column and
 * `height` pixels tall; then, on a line of its own, the host script (`<origin>/embed.js`,
 * public/embed.js), which fits the frame's height to the chart on every screen as the framed page
 * reports it (public/embed-frame.js). Without the script (a host that strips scripts) the frame keeps
 * the fixed height and scrolls inside when the chart is taller.
 *
 * @example
 * embedCode("https://example.org", "/embed/allies/POL", "Poland's share");
 * // '<iframe src="https://example.org/embed/allies/POL" title="Poland&#39;s share" width="100%" height="800" style="border:0" loading="lazy"></iframe>\n'
 * // + '<script async src="https://example.org/embed.js"></script>'
 */
export function embedCode(origin: string, href: string, title: string, height = EMBED_HEIGHT): string {
  const attribute = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;");
  const frame = `<iframe src="${attribute(`${origin}${href}`)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  const script = `<script async src="${attribute(`${origin}${EMBED_SCRIPT_PATH}`)}"></script>`;
  return `${frame}\n${script}`;
}

/**
 * The height of a framed chart where the host script cannot run, in CSS pixels: a line or bar chart with
 * its title, legend, source line and tools, from a 360 px phone to a 1000 px column (690 to 870 px
 * measured); a taller chart scrolls inside its frame. With the script, the frame takes the chart's own
 * height instead.
 */
export const EMBED_HEIGHT = 800;

/**
 * The framed map's height where the host script cannot run: the phone's tile grid with the title, legend
 * and source (883 px at 360 px wide). The two panels of a wider column are taller (1390 px at 650 px) and
 * scroll inside the frame; with the script, the frame takes the map's own height.
 */
export const MAP_EMBED_HEIGHT = 900;

/**
 * A comparison's frame height where the host script cannot run: up to eight lines share one chart (880 px
 * holds it on a 360 px phone: 855 to 866 px measured); past eight the chart becomes small multiples,
 * 1,271 px for nine on a phone, and 1,300 px holds nine or ten (more scroll inside the frame).
 */
export function compareEmbedHeight(lines: number): number {
  return lines <= MAX_LINES ? 880 : 1300;
}

/**
 * A scenario's frame height where the host script cannot run: the chart and its year table, one row a
 * year. Measured on a 360 px phone: 1,270 px for four years (by 2030), 1,461 px for nine (by 2035),
 * about 38 px a row.
 *
 * @example
 * scenarioEmbedHeight(9); // 1482
 */
export function scenarioEmbedHeight(years: number): number {
  return 1140 + 38 * Math.max(1, years);
}

/** How NATO revised an Ally's figures, edition by edition, where the host script cannot run (1,051 to 1,096 px measured on a phone). */
export const REVISIONS_EMBED_HEIGHT = 1100;

/** An Ally's path to the deadline, framed where the host script cannot run (863 px measured on a phone). */
export const PATH_EMBED_HEIGHT = 900;

/** An Ally's share in every edition, framed where the host script cannot run (921 to 941 px on a phone). */
export const EDITIONS_EMBED_HEIGHT = 960;

/** Where the site serves the host script of the embed code (public/embed.js). */
export const EMBED_SCRIPT_PATH = "/embed.js";
