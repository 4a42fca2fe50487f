// @ts-check
// Progressive enhancement for the server-rendered charts: the tools under each chart (components/charts/
// ChartTools.tsx renders them hidden, with the chart's id and its date line in data
// attributes). The SVG and its data table stay the content; with JavaScript this adds the value under
// the pointer, a tap or the keyboard (arrow keys, Home and End on the focused chart, Escape to hide),
// Chart / Table views, downloads of what is shown (PNG, SVG with the title, source and date inside; CSV
// of the table), a share link, and a copy button on the embed code (rendered on the server, so that it
// can be copied without JavaScript too). It reads everything from the chart's own HTML, so no
// figure is sent twice.
//
// A plain script, not a React component: the pages with charts then have nothing for React to hydrate,
// and are served as plain HTML without Next's runtime or the server-component payload (apps/web/server/
// static-html.mjs). Loaded once per page with `<script async src="/chart-tools.js">`.
(() => {
  /** @param {HTMLElement} tools */
  function enhance(tools) {
    if (tools.dataset.ready === "1") return;
    const chartId = tools.dataset.chart ?? "";
    const dateLine = tools.dataset.dateLine ?? "";
    const figure = document.getElementById(chartId);
    if (!figure) return;
    tools.dataset.ready = "1";
    const svg = /** @type {SVGSVGElement | null} */ (figure.querySelector(".chart-frame svg"));
    const tip = /** @type {HTMLElement | null} */ (tools.querySelector(".chart-tip"));
    const said = /** @type {HTMLElement | null} */ (tools.querySelector(".chart-said"));

    // The value under the pointer, a tap or the keyboard.
    if (svg && tip) {
      const points = () =>
        [.../** @type {NodeListOf<SVGElement>} */ (svg.querySelectorAll("[data-tip]"))].sort(
          (a, b) => Number(a.dataset.x) - Number(b.dataset.x) || Number(a.dataset.y) - Number(b.dataset.y),
        );
      const columns = () => [...new Set(points().map((p) => p.dataset.x ?? ""))];
      let index = -1;
      const clear = () => {
        for (const p of svg.querySelectorAll(".is-active")) p.classList.remove("is-active");
      };
      /** @param {string} column */
      const show = (column) => {
        const at = points().filter((p) => p.dataset.x === column);
        const first = at[0];
        if (!first) return;
        clear();
        for (const p of at) p.classList.add("is-active");
        const box = first.getBoundingClientRect();
        const frame = figure.getBoundingClientRect();
        tip.textContent = at.map((p) => p.dataset.tip).join("\n");
        tip.style.left = `${Math.min(Math.max(box.left - frame.left, 70), frame.width - 70)}px`;
        tip.style.top = `${box.top - frame.top}px`;
        tip.hidden = false;
      };
      const hide = () => {
        tip.hidden = true;
        tip.textContent = "";
        clear();
      };
      /** @param {number} clientX */
      const nearest = (clientX) => {
        /** @type {{ column: string, d: number } | null} */
        let best = null;
        for (const p of points()) {
          const r = p.getBoundingClientRect();
          const d = Math.abs(r.left + r.width / 2 - clientX);
          if (!best || d < best.d) best = { column: p.dataset.x ?? "", d };
        }
        return best?.column ?? null;
      };
      /** @param {PointerEvent} event */
      const onPointer = (event) => {
        const column = nearest(event.clientX);
        if (column !== null) {
          index = columns().indexOf(column);
          show(column);
        }
      };
      /** @param {KeyboardEvent} event */
      const onKey = (event) => {
        const all = columns();
        if (all.length === 0) return;
        const { key } = event;
        if (key === "ArrowRight" || key === "ArrowLeft" || key === "Home" || key === "End") {
          event.preventDefault();
          index =
            key === "Home"
              ? 0
              : key === "End"
                ? all.length - 1
                : Math.min(
                    all.length - 1,
                    Math.max(0, index + (key === "ArrowRight" ? 1 : index < 0 ? all.length : -1)),
                  );
          show(/** @type {string} */ (all[index]));
        } else if (key === "Escape") hide();
      };
      const onFocus = () => {
        const all = columns();
        if (index < 0) index = all.length - 1;
        const column = all[index];
        if (column !== undefined) show(column);
      };
      if (points().length > 0) {
        svg.setAttribute("tabindex", "0");
        svg.setAttribute("aria-describedby", tip.id);
        svg.addEventListener("pointermove", onPointer);
        svg.addEventListener("pointerdown", onPointer);
        // A finger lifted "leaves" the chart too: the tapped value stays until another tap or the focus moves.
        svg.addEventListener("pointerleave", (event) => {
          if (event.pointerType === "mouse") hide();
        });
        svg.addEventListener("keydown", onKey);
        svg.addEventListener("focus", onFocus);
        svg.addEventListener("blur", hide);
      }
    }

    const title = () => figure.querySelector(".chart-title")?.textContent ?? chartId;
    const source = () => figure.querySelector(".chart-source")?.firstChild?.textContent?.trim() ?? "";
    /** @param {string} ext */
    const fileName = (ext) =>
      `${title()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 60)}.${ext}`;
    /** @param {string} text */
    const say = (text) => {
      if (said) said.textContent = text;
    };

    /** @param {Blob} blob @param {string} name */
    function save(blob, name) {
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      say(`Downloaded ${name}`);
    }

    /**
     * The chart as a standalone SVG: styles inlined, with the title above and the source and date below.
     * @returns {{ text: string, width: number, height: number } | null}
     */
    function standaloneSvg() {
      if (!svg) return null;
      const [, , w = 520, h = 320] = (svg.getAttribute("viewBox") ?? "0 0 520 320").split(" ").map(Number);
      const clone = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
      const originals = [svg, ...svg.querySelectorAll("*")];
      const copies = [clone, ...clone.querySelectorAll("*")];
      const keep = [
        "fill",
        "stroke",
        "stroke-width",
        "stroke-dasharray",
        "font-size",
        "font-weight",
        "font-style",
        "font-family",
        "paint-order",
        "stroke-linejoin",
        "stroke-linecap",
        "display",
        "opacity",
      ];
      originals.forEach((el, i) => {
        const style = getComputedStyle(el);
        const copy = copies[i];
        if (!copy) return;
        // Through the CSSOM, which the site's CSP allows (an inline style attribute it does not).
        /** @type {SVGElement} */ (copy).style.cssText = keep
          .map((k) => `${k}:${style.getPropertyValue(k)}`)
          .join(";");
        copy.removeAttribute("class");
      });
      const head = 44;
      const foot = 40;
      const ns = "http://www.w3.org/2000/svg";
      const out = document.createElementNS(ns, "svg");
      out.setAttribute("xmlns", ns);
      out.setAttribute("viewBox", `0 0 ${w} ${h + head + foot}`);
      out.setAttribute("width", String(w * 2));
      out.setAttribute("height", String((h + head + foot) * 2));
      const bg = getComputedStyle(document.body).backgroundColor;
      const fg = getComputedStyle(document.body).color;
      const rect = document.createElementNS(ns, "rect");
      rect.setAttribute("width", "100%");
      rect.setAttribute("height", "100%");
      rect.setAttribute("fill", bg);
      out.append(rect);
      /** @param {string} text @param {number} y @param {number} size @param {number} [weight] */
      const line = (text, y, size, weight = 400) => {
        const t = document.createElementNS(ns, "text");
        t.setAttribute("x", "8");
        t.setAttribute("y", String(y));
        t.style.cssText = `font: ${weight} ${size}px system-ui, sans-serif; fill: ${fg}`;
        t.textContent = text;
        out.append(t);
      };
      const words = title().split(" ");
      let first = "";
      while (words.length > 0 && (first + words[0]).length < 78) first += `${words.shift()} `;
      line(first.trim(), 18, 12, 700);
      if (words.length > 0) line(words.join(" "), 34, 12, 700);
      const g = document.createElementNS(ns, "g");
      g.setAttribute("transform", `translate(0 ${head})`);
      clone.removeAttribute("style");
      clone.removeAttribute("tabindex");
      clone.removeAttribute("aria-describedby");
      clone.setAttribute("x", "0");
      clone.setAttribute("y", "0");
      clone.setAttribute("width", String(w));
      clone.setAttribute("height", String(h));
      g.append(clone);
      out.append(g);
      line(source(), h + head + 16, 9);
      line(`${dateLine} ${location.origin}${location.pathname}`, h + head + 30, 9);
      return {
        text: new XMLSerializer().serializeToString(out),
        width: w * 2,
        height: (h + head + foot) * 2,
      };
    }

    const actions = {
      svg() {
        const drawn = standaloneSvg();
        if (drawn) save(new Blob([drawn.text], { type: "image/svg+xml" }), fileName("svg"));
      },
      png() {
        const drawn = standaloneSvg();
        if (!drawn) return;
        const image = new Image();
        image.onload = () => {
          const canvas = document.createElement("canvas");
          canvas.width = drawn.width;
          canvas.height = drawn.height;
          canvas.getContext("2d")?.drawImage(image, 0, 0);
          canvas.toBlob((blob) => {
            if (blob) save(blob, fileName("png"));
          }, "image/png");
        };
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.text)}`;
      },
      csv() {
        const table = figure.querySelector("table");
        if (!table) return;
        /** @param {string} text */
        const cell = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
        const rows = [...table.querySelectorAll("tr")].map((tr) =>
          [...tr.querySelectorAll("th, td")].map((c) => cell((c.textContent ?? "").trim())).join(","),
        );
        const text = [`# ${title()}`, `# ${source()}`, `# ${dateLine}`, ...rows].join("\n");
        save(new Blob([`${text}\n`], { type: "text/csv" }), fileName("csv"));
      },
      async share() {
        const url = `${location.origin}${location.pathname}${location.search}#${chartId}`;
        try {
          await navigator.clipboard.writeText(url);
          say(`Link copied: ${url}`);
        } catch {
          say(`Link: ${url}`);
        }
      },
    };

    tools.addEventListener("click", (event) => {
      const button = /** @type {HTMLButtonElement | null} */ (
        /** @type {HTMLElement} */ (event.target).closest("button")
      );
      if (!button) return;
      const view = button.dataset.view;
      if (view === "chart" || view === "table") {
        figure.classList.toggle("show-table", view === "table");
        for (const other of tools.querySelectorAll("button[data-view]"))
          other.setAttribute("aria-pressed", String(other === button));
        const details = /** @type {HTMLDetailsElement | null} */ (
          figure.querySelector("details:not(.chart-embed)")
        );
        if (details && view === "table") details.open = true;
        return;
      }
      const action = /** @type {keyof typeof actions | undefined} */ (button.dataset.action);
      if (action && action in actions) actions[action]();
    });
    // A chart drawn without a table of its own (the scenario's bars) has nothing for CSV: its data link
    // is beside it.
    if (!figure.querySelector("table")) tools.querySelector('[data-action="csv"]')?.remove();
    // Without JavaScript the tools could not work: they appear only now.
    tools.hidden = false;
  }

  /**
   * The embed code, rendered on the server for the origin the server knew (`data-origin`): written for
   * the origin the page is read at (the frame's address and the host script's), with a copy button.
   * @param {HTMLDetailsElement} details
   */
  function enhanceEmbed(details) {
    const area = details.querySelector("textarea");
    if (!area) return;
    const origin = details.dataset.origin ?? "";
    const own = () => {
      if (origin && origin !== location.origin && area.value.includes(`src="${origin}/`))
        area.value = area.value.replaceAll(`src="${origin}/`, `src="${location.origin}/`);
    };
    own();
    if (details.dataset.ready === "1") return;
    details.dataset.ready = "1";
    area.addEventListener("focus", () => {
      own();
      area.select();
    });
    const copy = document.createElement("button");
    copy.type = "button";
    copy.textContent = "Copy the code";
    const said = document.createElement("span");
    said.className = "chart-said";
    said.setAttribute("role", "status");
    copy.addEventListener("click", async () => {
      own();
      try {
        await navigator.clipboard.writeText(area.value);
        said.textContent = "Embed code copied";
      } catch {
        area.focus();
        said.textContent = "Selected: copy it with your keyboard or menu";
      }
    });
    area.after(copy, said);
  }

  const start = () => {
    for (const tools of /** @type {NodeListOf<HTMLElement>} */ (
      document.querySelectorAll(".chart-tools[data-chart]")
    ))
      enhance(tools);
    for (const details of /** @type {NodeListOf<HTMLDetailsElement>} */ (
      document.querySelectorAll("details.chart-embed")
    ))
      enhanceEmbed(details);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  // A chart put in the page later (the scenario calculator's, when its inputs change) gets its tools too.
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      start();
    });
  }).observe(document.body, { childList: true, subtree: true });
})();
