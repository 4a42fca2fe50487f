"use client";

import { useEffect } from "react";

/**
 * Progressive enhancement for a server-rendered table whose column heads are sort links
 * (`<a data-sort-key="share" href="?sort=share&order=desc">`): with JavaScript, a click re-orders the rows
 * in place from each cell's `data-value` and updates the URL, the heads' `aria-sort` and every link that
 * carries the sort (`data-keeps-sort`). Without JavaScript the links reload the page, sorted on the server.
 */
export function TableSorter({
  tableId,
  defaultOrders,
}: {
  tableId: string;
  defaultOrders: Record<string, "asc" | "desc">;
}) {
  useEffect(() => {
    const table = document.getElementById(tableId);
    const body = table?.querySelector("tbody");
    if (!table || !body) return;

    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a[data-sort-key]");
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
        return;
      event.preventDefault();
      const url = new URL(link.href);
      const key = link.dataset.sortKey as string;
      const order = url.searchParams.get("order") === "asc" ? "asc" : "desc";
      const sign = order === "asc" ? 1 : -1;
      const rows = [...body.querySelectorAll<HTMLTableRowElement>("tr")].map((row, index) => {
        const cell = row.querySelector<HTMLElement>(`[data-sort-key="${key}"]`);
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
            : a.value - (b.value as number);
        return diff === 0 ? a.index - b.index : sign * diff;
      });
      body.append(...rows.map((r) => r.row));

      for (const head of table.querySelectorAll<HTMLAnchorElement>("a[data-sort-key]")) {
        const own = head.dataset.sortKey as string;
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
      for (const keep of document.querySelectorAll<HTMLAnchorElement>("a[data-keeps-sort]")) {
        const next = new URL(keep.href);
        next.searchParams.set("sort", key);
        next.searchParams.set("order", order);
        keep.href = next.pathname + next.search;
      }
      const here = new URL(window.location.href);
      here.searchParams.set("sort", key);
      here.searchParams.set("order", order);
      window.history.replaceState(window.history.state, "", here.pathname + here.search);
    };

    table.addEventListener("click", onClick);
    return () => table.removeEventListener("click", onClick);
  }, [tableId, defaultOrders]);
  return null;
}
