// @ts-check
// What the server renders at start, before the first reader asks (WARM pages at most): the pages a spike
// lands on. In order: the sitemap itself and every page it lists, robots.txt, the home page, then,
// breadth first from those pages, what they link to and what their GET forms send unchanged (the
// scenario form's defaults, the compare form's ticked Allies). Pure: the server fetches, this reads.

/** Where the warm-up starts, before anything is read. */
export const WARM_SEEDS = Object.freeze(["/sitemap.xml", "/robots.txt", "/"]);

/** @param {string} text */
const decodeEntities = (text) =>
  text.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&#39;", "'");

/**
 * The site's own paths in a sitemap (`<loc>` on the site's origin, whatever that is).
 * @param {string} xml
 * @returns {string[]}
 */
export function sitemapPaths(xml) {
  const paths = [];
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    try {
      const url = new URL(decodeEntities(match[1] ?? ""));
      paths.push(url.pathname + url.search);
    } catch {
      // not a URL: nothing to warm
    }
  }
  return paths;
}

/**
 * The site's own links in a page (`href="/..."`, not `//host`), without fragments, in document order.
 * @param {string} html
 * @returns {string[]}
 */
export function pageLinks(html) {
  const links = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref="(\/(?!\/)[^"#]*)/g))
    links.push(decodeEntities(match[1] ?? ""));
  return links;
}

/** @param {string} tag @param {string} name */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decodeEntities(match[1] ?? "") : null;
}

/**
 * What each GET form on the site's own paths sends when submitted as the page shows it: its checked
 * boxes and radios, its fields' values, each select's selected (or first) option. A form with a required
 * field left empty (the find-an-Ally box) sends nothing worth rendering and is left out.
 * @param {string} html
 * @returns {string[]}
 */
export function formDefaults(html) {
  const targets = [];
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const head = form[1] ?? "";
    const body = form[2] ?? "";
    const method = (attribute(head, "method") ?? "get").toLowerCase();
    const action = attribute(head, "action") ?? "";
    if (method !== "get" || !/^\/(?!\/)/.test(action)) continue;
    const params = new URLSearchParams();
    let complete = true;
    for (const field of body.matchAll(/<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>/g)) {
      const text = field[0];
      const tag = /^<[^>]*>/.exec(text)?.[0] ?? "";
      const name = attribute(tag, "name");
      if (!name || /\sdisabled(=|\s|>|\/)/.test(tag)) continue;
      if (text.startsWith("<select")) {
        const options = [...text.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
        const chosen = options.find((o) => /\sselected(=|\s|>|\/)/.test(o)) ?? options[0];
        if (chosen) params.append(name, attribute(chosen, "value") ?? "");
        continue;
      }
      const type = (attribute(tag, "type") ?? "text").toLowerCase();
      if (type === "submit" || type === "button" || type === "reset" || type === "image" || type === "file")
        continue;
      const checked = /\schecked(=|\s|>|\/)/.test(tag);
      if ((type === "checkbox" || type === "radio") && !checked) continue;
      const value = attribute(tag, "value") ?? (type === "checkbox" || type === "radio" ? "on" : "");
      if (value === "" && /\srequired(=|\s|>|\/)/.test(tag)) complete = false;
      params.append(name, value);
    }
    if (!complete) continue;
    const query = params.toString();
    targets.push(query === "" ? action : `${action}?${query}`);
  }
  return targets;
}

/**
 * The order of the warm-up: a queue that takes each path once, at most `limit` of them in all.
 */
export class WarmQueue {
  /** @param {number} limit */
  constructor(limit) {
    this.limit = limit;
    /** @type {string[]} */
    this.queue = [];
    /** @type {Set<string>} */
    this.seen = new Set();
  }

  /** @param {Iterable<string>} paths */
  add(paths) {
    for (const path of paths) {
      if (this.seen.size >= this.limit) return;
      if (this.seen.has(path)) continue;
      this.seen.add(path);
      this.queue.push(path);
    }
  }

  /** @returns {string | undefined} */
  next() {
    return this.queue.shift();
  }
}
