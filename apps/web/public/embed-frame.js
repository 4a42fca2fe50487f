// @ts-check
// Inside an /embed/... page framed by another site: tells the page around it how tall the chart is, so
// that the frame can fit it (no scrollbar inside the frame, no empty space under it). Loaded by the embed
// pages' layout only (app/embed/layout.tsx); sends nothing when the page is not framed.
//
// It posts `{ type: "nato-embed:height", height, id }` to the parent window when the page loads and
// whenever its height changes (a ResizeObserver on the document element, at most one message every
// 100 ms), where `height` is the document's height in CSS pixels and `id` the embed's path and query
// (what the frame's `src` names). The host script (public/embed.js, the second half of the embed code)
// listens for it; a host asking again (`{ type: "nato-embed:ask" }`, sent when its script arrives after
// the frame) gets the height at once. The height and the path are public, so the message goes to any
// parent (`"*"`); the host checks that it comes from this site.
(() => {
  // Drawn light unless the frame's address ends in `#dark=auto` (app/globals.css): then it follows the
  // reader's setting, for host pages that do the same.
  if (/(?:^#|&)dark=auto(?:&|$)/.test(location.hash)) document.documentElement.dataset.scheme = "auto";
  if (window.parent === window) return;
  const HEIGHT = "nato-embed:height";
  const ASK = "nato-embed:ask";
  const INTERVAL_MS = 100;
  const id = location.pathname + location.search;
  const root = document.documentElement;
  let last = -1;
  let sentAt = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  /** The document's height: the root element's box, which holds the body and its margins. */
  const height = () => Math.ceil(root.getBoundingClientRect().height);

  /** @param {boolean} force send even when the height has not changed since the last message */
  const send = (force) => {
    clearTimeout(timer);
    timer = undefined;
    const now = height();
    if (now === last && !force) return;
    last = now;
    sentAt = Date.now();
    window.parent.postMessage({ type: HEIGHT, height: now, id }, "*");
  };
  // Throttled: the first change goes at once, the next within INTERVAL_MS, with the height of that time.
  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => send(false), Math.max(0, sentAt + INTERVAL_MS - Date.now()));
  };

  new ResizeObserver(schedule).observe(root);
  window.addEventListener("load", schedule);
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.data?.type === ASK) send(true);
  });
  schedule();
})();
