// @ts-check
// Progressive enhancement for /compare's picker (components/compare/ComparePicker.tsx). Without
// JavaScript the page has a plain GET form (a checkbox per Ally). With it, the form is hidden and the
// section rendered hidden beside it is shown: a search box that adds an Ally as soon as it is chosen, the
// chosen Allies in the order of choice (each removable) and the figure. The matches are core's
// `searchAllies`, asked of `/find/allies?q=`; each change loads the new URL at once (answered from the
// server's memory), keeping the scroll position and the focus, so that a link always reproduces what is
// on screen.
//
// A plain script, not a React component: the page then has nothing for React to hydrate and is served
// as plain HTML without Next's runtime (apps/web/server/static-html.mjs).
(() => {
  const picker = /** @type {HTMLElement | null} */ (document.querySelector("[data-testid=compare-picker]"));
  const form = document.querySelector("form.compare-form");
  if (!picker || !form) return;
  const search = /** @type {HTMLInputElement | null} */ (picker.querySelector("input[data-search]"));
  const figure = /** @type {HTMLSelectElement | null} */ (picker.querySelector("select"));
  const matches = picker.querySelector("#compare-matches");
  const status = picker.querySelector("[data-status]");
  if (!search || !figure || !matches || !status) return;
  const chosen = (picker.dataset.selected ?? "").split(",").filter((code) => code !== "");
  const metric = picker.dataset.metric ?? "";
  const defaultMetric = picker.dataset.defaultMetric ?? "";
  const KEEP = "compare-picker-keep";

  /** @param {readonly string[]} codes @param {string} m */
  const href = (codes, m) => `/compare?allies=${codes.join(",")}${m === defaultMetric ? "" : `&metric=${m}`}`;

  /** Loads the new selection, keeping the scroll position and which control had the focus. */
  const go = (/** @type {readonly string[]} */ codes, m = metric, focus = "") => {
    status.textContent = "Updating the chart…";
    try {
      sessionStorage.setItem(KEEP, JSON.stringify({ y: window.scrollY, focus }));
    } catch {
      // Without storage the new page opens at its top.
    }
    window.location.replace(href(codes, m));
  };

  /** @type {Map<string, Promise<{ code: string, name: string }[]>>} */
  const asked = new Map();
  /** The Allies the text may mean, best first, from core's search on the server. */
  const lookup = (/** @type {string} */ query) => {
    const key = query.trim();
    let answer = asked.get(key);
    if (!answer) {
      answer =
        key === ""
          ? Promise.resolve([])
          : fetch(`/find/allies?q=${encodeURIComponent(key)}`)
              .then((response) => (response.ok ? response.json() : { allies: [] }))
              .then((/** @type {{ allies: { code: string, name: string }[] }} */ body) => body.allies)
              .catch(() => {
                asked.delete(key);
                return [];
              });
      asked.set(key, answer);
    }
    return answer.then((allies) => allies.filter((a) => !chosen.includes(a.code)).slice(0, 8));
  };

  const add = (/** @type {string} */ code) => go([...chosen, code], metric, "search");

  const show = async () => {
    const query = search.value;
    const found = await lookup(query);
    if (search.value !== query) return;
    const items = found.map((ally) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `Add ${ally.name}`;
      button.addEventListener("click", () => add(ally.code));
      li.append(button);
      return li;
    });
    if (query.trim() !== "" && found.length === 0) {
      const li = document.createElement("li");
      li.className = "muted";
      li.textContent = "No other Ally matches.";
      items.push(li);
    }
    matches.replaceChildren(...items);
  };

  search.addEventListener("input", show);
  search.addEventListener("keydown", async (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const first = (await lookup(search.value))[0];
    if (first) add(first.code);
  });
  figure.addEventListener("change", () => go(chosen, figure.value, "figure"));
  for (const button of /** @type {NodeListOf<HTMLButtonElement>} */ (
    picker.querySelectorAll("button[data-remove]")
  )) {
    button.addEventListener("click", () => {
      const rest = chosen.filter((code) => code !== button.dataset.remove);
      // Focus moves to the search box: the button pressed is gone from the next page.
      go(rest, metric, "search");
    });
  }

  form.setAttribute("hidden", "");
  picker.hidden = false;

  // Back where the reader was before the change loaded this page.
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEEP) ?? "null");
    sessionStorage.removeItem(KEEP);
    if (kept) {
      window.scrollTo(0, Number(kept.y) || 0);
      if (kept.focus === "search") search.focus({ preventScroll: true });
      else if (kept.focus === "figure") figure.focus({ preventScroll: true });
    }
  } catch {
    // Nothing kept: the page opens at its top.
  }
})();
