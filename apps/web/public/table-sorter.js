// @ts-check
// Progressive enhancement for a server-rendered table whose column heads are sort links
// (`<a data-sort-key="share" href="?sort=share&order=desc">`): a click re-orders the rows in place from
// each cell's `data-value` and updates the URL, the heads' `aria-sort` and every link that carries the
// sort (`data-keeps-sort`). Without JavaScript the links reload the page, sorted on the server.
//
// A plain script, not a React component: the page it enhances then has nothing for React to hydrate, and
// is served as plain HTML without Next's runtime (apps/web/server/static-html.mjs). Loaded with
// `<script src="/table-sorter.js" defer data-table="<table id>" data-default-orders='{"share":"desc"}'>`.
(() => {
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  const table = document.getElementById(script?.dataset.table ?? "");
  const body = table?.querySelector("tbody");
  if (!script || !table || !body) return;
  /** @type {Record<string, "asc" | "desc">} */
  let defaultOrders = {};
  try {
    defaultOrders = JSON.parse(script.dataset.defaultOrders ?? "{}");
  } catch {
    // Without them every other column's link starts descending.
  }

  table.addEventListener("click", (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const link = /** @type {HTMLAnchorElement | null} */ (target.closest("a[data-sort-key]"));
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    event.preventDefault();
    const url = new URL(link.href);
    const key = link.dataset.sortKey ?? "";
    const order = url.searchParams.get("order") === "asc" ? "asc" : "desc";
    const sign = order === "asc" ? 1 : -1;
    const rows = [...body.querySelectorAll("tr")].map((row, index) => {
      const cell = /** @type {HTMLElement | null} */ (row.querySelector(`[data-sort-key="${key}"]`));
      const raw = cell?.dataset.value ?? "";
      const value = raw === "" ? null : cell?.dataset.type === "text" ? raw : Number(raw);
      return { row, value, index: Number(row.dataset.index ?? index) };
    });
    rows.sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const diff =
        typeof a.value === "string"
          ? a.value.localeCompare(String(b.value), "en")
          : a.value - Number(b.value);
      return diff === 0 ? a.index - b.index : sign * diff;
    });
    body.append(...rows.map((r) => r.row));

    for (const head of /** @type {NodeListOf<HTMLAnchorElement>} */ (
      table.querySelectorAll("a[data-sort-key]")
    )) {
      const own = head.dataset.sortKey ?? "";
      const next = new URL(head.href);
      next.searchParams.set("sort", own);
      next.searchParams.set(
        "order",
        own === key ? (order === "asc" ? "desc" : "asc") : (defaultOrders[own] ?? "desc"),
      );
      head.href = next.pathname + next.search;
      const th = head.closest("th");
      if (th)
        th.setAttribute("aria-sort", own === key ? (order === "asc" ? "ascending" : "descending") : "none");
      const mark = head.querySelector("[data-sort-mark]");
      if (mark) mark.textContent = own === key ? (order === "asc" ? "▲" : "▼") : "";
    }
    for (const keep of /** @type {NodeListOf<HTMLAnchorElement>} */ (
      document.querySelectorAll("a[data-keeps-sort]")
    )) {
      const next = new URL(keep.href);
      next.searchParams.set("sort", key);
      next.searchParams.set("order", order);
      keep.href = next.pathname + next.search;
    }
    const here = new URL(window.location.href);
    here.searchParams.set("sort", key);
    here.searchParams.set("order", order);
    window.history.replaceState(window.history.state, "", here.pathname + here.search);
  });
})();
