"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The small client island under each chart. The server-rendered SVG and its data table stay the content;
 * with JavaScript this adds: the value under the pointer, a tap or the keyboard (arrow keys on the
 * focused chart), Chart / Table views, downloads of what is shown (PNG, SVG with title, source and date
 * inside; CSV of the table) and a share link. It reads everything from the chart's own HTML, so no figure
 * is sent twice.
 */
export function ChartTools({
  chartId,
  dateLine,
  embedHref,
}: {
  chartId: string;
  dateLine: string;
  embedHref?: string | undefined;
}) {
  const [view, setView] = useState<"chart" | "table">("chart");
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  const [said, setSaid] = useState("");
  const [embed, setEmbed] = useState<string | null>(null);
  // Without JavaScript the tools could not work: they appear only once the island runs.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const index = useRef(-1);

  useEffect(() => {
    const figure = document.getElementById(chartId);
    const svg = figure?.querySelector<SVGSVGElement>(".chart-frame svg");
    if (!figure || !svg) return;
    const points = () =>
      [...svg.querySelectorAll<SVGElement>("[data-tip]")].sort(
        (a, b) => Number(a.dataset.x) - Number(b.dataset.x) || Number(a.dataset.y) - Number(b.dataset.y),
      );
    const columns = () => [...new Set(points().map((p) => p.dataset.x ?? ""))];
    const show = (column: string) => {
      const at = points().filter((p) => p.dataset.x === column);
      const first = at[0];
      if (!first) return;
      for (const p of svg.querySelectorAll(".is-active")) p.classList.remove("is-active");
      for (const p of at) p.classList.add("is-active");
      const box = first.getBoundingClientRect();
      const frame = figure.getBoundingClientRect();
      setTip({
        text: at.map((p) => p.dataset.tip).join("\n"),
        x: Math.min(Math.max(box.left - frame.left, 70), frame.width - 70),
        y: box.top - frame.top,
      });
    };
    const nearest = (clientX: number) => {
      let best: { column: string; d: number } | null = null;
      for (const p of points()) {
        const r = p.getBoundingClientRect();
        const d = Math.abs(r.left + r.width / 2 - clientX);
        if (!best || d < best.d) best = { column: p.dataset.x ?? "", d };
      }
      return best?.column ?? null;
    };
    const onPointer = (event: PointerEvent) => {
      const column = nearest(event.clientX);
      if (column !== null) {
        index.current = columns().indexOf(column);
        show(column);
      }
    };
    const hide = () => {
      setTip(null);
      for (const p of svg.querySelectorAll(".is-active")) p.classList.remove("is-active");
    };
    const onKey = (event: KeyboardEvent) => {
      const all = columns();
      if (all.length === 0) return;
      if (
        event.key === "ArrowRight" ||
        event.key === "ArrowLeft" ||
        event.key === "Home" ||
        event.key === "End"
      ) {
        event.preventDefault();
        const i = index.current;
        index.current =
          event.key === "Home"
            ? 0
            : event.key === "End"
              ? all.length - 1
              : Math.min(
                  all.length - 1,
                  Math.max(0, i + (event.key === "ArrowRight" ? 1 : i < 0 ? all.length : -1)),
                );
        show(all[index.current] as string);
      } else if (event.key === "Escape") hide();
    };
    const onFocus = () => {
      const all = columns();
      if (index.current < 0) index.current = all.length - 1;
      const column = all[index.current];
      if (column !== undefined) show(column);
    };
    if (points().length > 0) {
      svg.setAttribute("tabindex", "0");
      svg.setAttribute("aria-describedby", `${chartId}-tip`);
      svg.addEventListener("pointermove", onPointer);
      svg.addEventListener("pointerdown", onPointer);
      svg.addEventListener("pointerleave", hide);
      svg.addEventListener("keydown", onKey);
      svg.addEventListener("focus", onFocus);
      svg.addEventListener("blur", hide);
    }
    return () => {
      svg.removeEventListener("pointermove", onPointer);
      svg.removeEventListener("pointerdown", onPointer);
      svg.removeEventListener("pointerleave", hide);
      svg.removeEventListener("keydown", onKey);
      svg.removeEventListener("focus", onFocus);
      svg.removeEventListener("blur", hide);
    };
  }, [chartId]);

  useEffect(() => {
    const figure = document.getElementById(chartId);
    if (!figure) return;
    figure.classList.toggle("show-table", view === "table");
    const details = figure.querySelector("details");
    if (details && view === "table") details.open = true;
  }, [chartId, view]);

  const figure = () => document.getElementById(chartId);
  const title = () => figure()?.querySelector(".chart-title")?.textContent ?? chartId;
  const source = () => figure()?.querySelector(".chart-source")?.firstChild?.textContent?.trim() ?? "";
  const fileName = (ext: string) =>
    `${title()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60)}.${ext}`;

  function save(blob: Blob, name: string) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    setSaid(`Downloaded ${name}`);
  }

  /** The chart as a standalone SVG: styles inlined, with the title above and the source and date below. */
  function standaloneSvg(): { text: string; width: number; height: number } | null {
    const svg = figure()?.querySelector<SVGSVGElement>(".chart-frame svg");
    if (!svg) return null;
    const [, , w = 520, h = 320] = (svg.getAttribute("viewBox") ?? "0 0 520 320").split(" ").map(Number);
    const clone = svg.cloneNode(true) as SVGSVGElement;
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
      const copy = copies[i] as Element;
      copy.setAttribute("style", keep.map((k) => `${k}:${style.getPropertyValue(k)}`).join(";"));
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
    const line = (text: string, y: number, size: number, weight = 400) => {
      const t = document.createElementNS(ns, "text");
      t.setAttribute("x", "8");
      t.setAttribute("y", String(y));
      t.setAttribute("style", `font: ${weight} ${size}px system-ui, sans-serif; fill: ${fg}`);
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
    clone.setAttribute("x", "0");
    clone.setAttribute("y", "0");
    clone.setAttribute("width", String(w));
    clone.setAttribute("height", String(h));
    g.append(clone);
    out.append(g);
    line(source(), h + head + 16, 9);
    line(`${dateLine} ${location.origin}${location.pathname}`, h + head + 30, 9);
    return { text: new XMLSerializer().serializeToString(out), width: w * 2, height: (h + head + foot) * 2 };
  }

  function downloadSvg() {
    const svg = standaloneSvg();
    if (svg) save(new Blob([svg.text], { type: "image/svg+xml" }), fileName("svg"));
  }

  function downloadPng() {
    const svg = standaloneSvg();
    if (!svg) return;
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = svg.width;
      canvas.height = svg.height;
      canvas.getContext("2d")?.drawImage(image, 0, 0);
      canvas.toBlob((blob) => {
        if (blob) save(blob, fileName("png"));
      }, "image/png");
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  }

  function downloadCsv() {
    const table = figure()?.querySelector("table");
    if (!table) return;
    const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const rows = [...table.querySelectorAll("tr")].map((tr) =>
      [...tr.querySelectorAll("th, td")].map((c) => cell((c.textContent ?? "").trim())).join(","),
    );
    const text = [`# ${title()}`, `# ${source()}`, `# ${dateLine}`, ...rows].join("\n");
    save(new Blob([`${text}\n`], { type: "text/csv" }), fileName("csv"));
  }

  async function share() {
    const url = `${location.origin}${location.pathname}${location.search}#${chartId}`;
    try {
      await navigator.clipboard.writeText(url);
      setSaid(`Link copied: ${url}`);
    } catch {
      setSaid(`Link: ${url}`);
    }
  }

  return (
    <div className="chart-tools" hidden={!ready}>
      <fieldset className="chart-views">
        <legend className="visually-hidden">View</legend>
        <button type="button" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
          Chart
        </button>
        <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
          Table
        </button>
      </fieldset>
      <fieldset className="chart-actions">
        <legend className="visually-hidden">Download and share</legend>
        <button type="button" onClick={downloadPng}>
          PNG
        </button>
        <button type="button" onClick={downloadSvg}>
          SVG
        </button>
        <button type="button" onClick={downloadCsv}>
          CSV
        </button>
        <button type="button" onClick={share}>
          Share link
        </button>
        {embedHref ? (
          <button
            type="button"
            aria-expanded={embed !== null}
            onClick={() =>
              setEmbed(
                embed === null
                  ? `<iframe src="${location.origin}${embedHref}" title="${title().replace(/"/g, "&quot;")}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`
                  : null,
              )
            }
          >
            Embed
          </button>
        ) : null}
      </fieldset>
      {embed !== null ? (
        <label className="chart-embed">
          Embed code: copy it into your page
          <textarea readOnly rows={3} value={embed} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
      <p className="chart-said" role="status">
        {said}
      </p>
      <div
        id={`${chartId}-tip`}
        className="chart-tip"
        role="status"
        hidden={tip === null}
        style={tip ? { left: tip.x, top: tip.y } : undefined}
      >
        {tip?.text}
      </div>
    </div>
  );
}
