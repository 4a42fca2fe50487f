/**
 * The code another site pastes to frame one of the `/embed/...` pages: an `<iframe>` of the page at the
 * site's origin, named by the chart's title (escaped for an attribute), as wide as its column.
 *
 * @example
 * embedCode("https://example.org", "/embed/allies/POL", "Poland's share");
 * // '<iframe src="https://example.org/embed/allies/POL" title="Poland&#39;s share" width="100%" height="600" style="border:0" loading="lazy"></iframe>'
 */
export function embedCode(origin: string, href: string, title: string, height = EMBED_HEIGHT): string {
  const attribute = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;");
  return `<iframe src="${attribute(`${origin}${href}`)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The height of a framed chart, in CSS pixels: a line chart with its title, legend, source and tools. */
export const EMBED_HEIGHT = 600;
