// @ts-check
// The host script of the embed code: another site pastes it under the <iframe> of one of this site's
// /embed/... pages (lib/embed.ts writes both). It makes each such frame as tall as its chart, on any
// screen: the framed page (public/embed-frame.js) posts `{ type: "nato-embed:height", height, id }`
// whenever its height changes, and this sets the height of the frame that sent it.
//
// It trusts only messages from this site's origin (the origin it was loaded from), of exactly that shape,
// from a frame of the page; anything else is ignored. Without it (a host that strips scripts) the frame
// keeps the fixed height written in its `height` attribute and scrolls inside if the chart is taller.
// Pasting the code twice, or two charts with their scripts, is fine: one listener serves every frame.
(() => {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return;
  const origin = new URL(script.src).origin;
  const HEIGHT = "nato-embed:height";
  const ASK = "nato-embed:ask";
  /** The tallest height taken, in CSS pixels: a guard against a runaway page, far above any chart. */
  const MAX_HEIGHT = 20_000;

  /** This site's embed frames on the page. */
  const frames = () =>
    [...document.querySelectorAll("iframe")].filter((frame) => {
      try {
        const url = new URL(frame.src, location.href);
        return url.origin === origin && url.pathname.startsWith("/embed/");
      } catch {
        return false;
      }
    });

  // Frames that loaded before this script arrived have posted their height already: ask again. The ask
  // carries nothing, so it goes to whatever the frame holds ("*"): a frame still loading holds a blank
  // page of the host's origin, and naming this site's origin would log an error there.
  const ask = () => {
    for (const frame of frames()) frame.contentWindow?.postMessage({ type: ASK }, "*");
  };

  /** @type {Record<string, (() => void) | undefined>} */
  const registry = /** @type {any} */ (window).__natoEmbeds ?? {};
  /** @type {any} */ (window).__natoEmbeds = registry;
  const listening = registry[origin];
  if (listening) {
    listening();
    return;
  }
  registry[origin] = ask;

  /**
   * @param {unknown} data
   * @returns {data is { type: string, height: number, id: string }}
   */
  const isHeight = (data) => {
    if (typeof data !== "object" || data === null) return false;
    const { type, height, id } = /** @type {Record<string, unknown>} */ (data);
    return (
      type === HEIGHT &&
      typeof height === "number" &&
      Number.isFinite(height) &&
      height > 0 &&
      height <= MAX_HEIGHT &&
      typeof id === "string" &&
      id.startsWith("/embed/")
    );
  };

  window.addEventListener("message", (event) => {
    if (event.origin !== origin || !isHeight(event.data)) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      frame.style.height = `${Math.ceil(event.data.height)}px`;
    }
  });
  ask();
})();
