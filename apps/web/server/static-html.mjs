// @ts-check
// Pages with nothing to hydrate, sent as plain HTML. A Next page carries its whole React tree twice: once
// as HTML and once as the React Server Components payload in inline scripts (about 60% of a page's
// bytes), plus Next's runtime (about 135 KB of gzipped JavaScript) to hydrate it. A page whose payload
// references no client component but Next's own framework parts (the router's layout boxes, error
// boundaries, metadata) has nothing to hydrate: the site's links are plain <a>, so the client router
// never runs. Such a page is served without its scripts: the same HTML, readable and working as before,
// at a third of the bytes and with no script at all. A page with a client component of its own (none
// today: the sorter, the picker, the calculator and the chart tools are plain scripts; anything added
// later, from the site or a package) keeps everything.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

/**
 * Next's own client modules that only frame a page (no behaviour a reader can see without the router):
 * layout and segment boxes, error and not-found boundaries, metadata boundaries and the icon mark.
 * Anything else, next/link and next/script included, counts as a page's own client component.
 */
const FRAMEWORK =
  /\/node_modules\/next\/dist\/(esm\/)?(client\/components\/(layout-router|render-from-template-context|client-page|client-segment|http-access-fallback\/|builtin\/)|lib\/framework\/|lib\/metadata\/)/;

/**
 * The module ids of Next's framework parts, from the client reference manifests' module names.
 * @param {Iterable<Record<string, { id: string | number }>>} clientModuleMaps each manifest's `clientModules`
 * @returns {{ framework: Set<string>, own: Set<string> }}
 */
export function classifyClientModules(clientModuleMaps) {
  const framework = new Set();
  const own = new Set();
  for (const modules of clientModuleMaps) {
    for (const [name, module] of Object.entries(modules)) {
      (FRAMEWORK.test(name) ? framework : own).add(String(module.id));
    }
  }
  // An id listed under both (one module, two names) is treated as the page's own.
  for (const id of own) framework.delete(id);
  return { framework, own };
}

/**
 * Reads every `*_client-reference-manifest.js` of a build (`<distDir>/server/app`).
 * @param {string} distDir
 * @returns {Record<string, { id: string | number }>[]}
 */
export function readClientModuleMaps(distDir) {
  const maps = [];
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith("_client-reference-manifest.js")) {
        /** @type {{ __RSC_MANIFEST?: Record<string, { clientModules: Record<string, { id: string }> }> }} */
        const scope = {};
        vm.runInNewContext(readFileSync(path, "utf8"), { globalThis: scope }, { timeout: 1000 });
        for (const manifest of Object.values(scope.__RSC_MANIFEST ?? {})) maps.push(manifest.clientModules);
      }
    }
  };
  walk(join(distDir, "server", "app"));
  return maps;
}

/**
 * The React Server Components payload of a page, decoded, or null when the page has none.
 * @param {string} html
 * @returns {string | null}
 */
export function flightPayload(html) {
  const parts = [];
  for (const match of html.matchAll(/<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)) {
    try {
      const chunk = JSON.parse(match[1] ?? "");
      if (chunk[0] === 1 && typeof chunk[1] === "string") parts.push(chunk[1]);
    } catch {
      return null;
    }
  }
  return parts.length > 0 ? parts.join("") : null;
}

/**
 * The page without its scripts when it has nothing to hydrate; null when it must keep them: it has a
 * client component that is not one of `frameworkIds`, HTML still to be moved in place by script (a
 * streamed Suspense boundary), or no payload at all (not a page Next rendered).
 * @param {string} html
 * @param {ReadonlySet<string>} frameworkIds
 * @returns {string | null}
 */
export function withoutScripts(html, frameworkIds) {
  if (/\$R[CSX]\b|<template\b/.test(html)) return null;
  const payload = flightPayload(html);
  if (payload === null) return null;
  for (const match of payload.matchAll(/(?:^|\n)[0-9a-f]+:I\[("?)([^,"\]]+)\1,/g)) {
    if (!frameworkIds.has(match[2] ?? "")) return null;
  }
  // Inline scripts and Next's own files go; a script of the site's own (public/, a plain file such as
  // the Allies table's sorter) stays.
  return html
    .replace(/<script\b(?![^>]*\bsrc="(?!\/_next\/))[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*>/g, "")
    .replace(/<link\b(?=[^>]*\brel="modulepreload")[^>]*>/g, "");
}
