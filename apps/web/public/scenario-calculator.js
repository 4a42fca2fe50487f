// @ts-check
// Progressive enhancement for /scenarios' calculator (components/scenarios/ScenarioCalculator.tsx).
// Without JavaScript it is a plain GET form: the server reads the fields as typed (`form=1`) and answers
// with the figures, or with what is wrong in each field. With it, the same form is submitted in the
// background as its fields change, and the server's answer is put in place: the parts of the page marked
// `data-swap` (the figures, the chart, the tables, each field's message), the presets' links, the title,
// and the URL once the fields are valid, so that a link reproduces what is on screen. The fields
// themselves are never replaced, so what a person types, the caret and the focus stay as they are.
//
// While an answer is on its way the figures on screen are for the previous inputs: they are dimmed and
// marked busy, and a status line says so. An answer for inputs that are no longer on screen is dropped.
//
// A plain script, not a React component: the page then has nothing for React to hydrate and is served
// as plain HTML without Next's runtime (apps/web/server/static-html.mjs), and the browser carries no copy
// of the figures or of the rules: the server computes them with @nato/core, as for the page itself.
(() => {
  const form = /** @type {HTMLFormElement | null} */ (document.querySelector("form[data-scenario-form]"));
  if (!form) return;
  const submit = /** @type {HTMLElement | null} */ (form.querySelector("[data-scenario-submit]"));
  const rate = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="rate"]'));
  const rateMode = /** @type {HTMLInputElement | null} */ (
    form.querySelector('input[name="growth"][value="rate"]')
  );
  const target = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="target"]'));
  if (submit) submit.hidden = true;

  /** The form's query, exactly as the browser would submit it. */
  const query = () =>
    new URLSearchParams(
      /** @type {Record<string, string>} */ (/** @type {unknown} */ (new FormData(form))),
    ).toString();

  /** A live line under the form that says what the figures on screen are doing. */
  let statusLine = /** @type {HTMLElement | null} */ (null);
  /** @param {string} text @param {boolean} [quiet] read out, but not shown (the figures say it already) */
  const say = (text, quiet = false) => {
    if (!statusLine) {
      statusLine = document.createElement("p");
      statusLine.className = "muted";
      statusLine.setAttribute("role", "status");
      statusLine.dataset.testid = "scenario-status";
      form.after(statusLine);
    }
    statusLine.textContent = text;
    statusLine.classList.toggle("visually-hidden", quiet);
  };

  const result = () => /** @type {HTMLElement | null} */ (document.querySelector('[data-swap="result"]'));

  /** Puts the server's answer in place. */
  const apply = (/** @type {Document} */ answer) => {
    for (const fresh of /** @type {NodeListOf<HTMLElement>} */ (answer.querySelectorAll("[data-swap]"))) {
      const old = document.querySelector(`[data-swap="${fresh.dataset.swap}"]`);
      if (old) old.replaceWith(document.importNode(fresh, true));
    }
    // Each field's state of error, on the fields in place.
    for (const field of /** @type {NodeListOf<HTMLElement>} */ (
      form.querySelectorAll("input[id], select[id]")
    )) {
      const twin = answer.getElementById(field.id);
      for (const name of ["aria-invalid", "aria-describedby"]) {
        const value = twin?.getAttribute(name);
        if (value) field.setAttribute(name, value);
        else field.removeAttribute(name);
      }
    }
    // The presets link to the new inputs' scenarios; the one chosen is marked.
    const links = answer.querySelectorAll("[data-presets] a");
    form.querySelectorAll("[data-presets] a").forEach((link, i) => {
      const twin = links[i];
      if (!twin) return;
      link.setAttribute("href", twin.getAttribute("href") ?? "");
      const current = twin.getAttribute("aria-current");
      if (current) link.setAttribute("aria-current", current);
      else link.removeAttribute("aria-current");
    });
    document.title = answer.title;
    const href = result()?.dataset.href;
    if (href) window.history.replaceState(window.history.state, "", href);
    const total = document.querySelector('[data-testid="scenario-total"]');
    const heading = document.getElementById("scenario-result");
    say(
      href
        ? `Updated: ${heading?.textContent ?? ""}${total ? ` ${total.textContent} in total.` : ""}`
        : "No figures until every field is valid.",
      true,
    );
  };

  /** The query whose figures are on screen, and the one on its way (if any). */
  let shownQuery = query();
  let pendingQuery = "";
  /** @type {AbortController | null} */
  let inFlight = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** After a failed update the form's button submits the form the plain way. */
  let failed = false;

  const update = async () => {
    clearTimeout(timer);
    const q = query();
    if (q === pendingQuery) return;
    inFlight?.abort();
    inFlight = null;
    pendingQuery = "";
    if (q === shownQuery) {
      // Back to the inputs on screen: their figures are already there.
      result()?.classList.remove("is-stale");
      result()?.removeAttribute("aria-busy");
      if (statusLine) say("");
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    pendingQuery = q;
    const shown = result();
    shown?.setAttribute("aria-busy", "true");
    shown?.classList.add("is-stale");
    say("Working out the figures for the inputs above…");
    try {
      const response = await fetch(`/scenarios?${q}`, {
        signal: controller.signal,
        headers: { Accept: "text/html" },
      });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const html = await response.text();
      // Only the answer for the inputs on screen is shown.
      if (controller !== inFlight || query() !== q) return;
      apply(new DOMParser().parseFromString(html, "text/html"));
      shownQuery = q;
    } catch (error) {
      if (controller.signal.aborted || controller !== inFlight) return;
      failed = true;
      if (submit) submit.hidden = false;
      say(
        `The figures could not be updated (${error instanceof Error ? error.message : String(error)}): those shown are for the inputs before. The button below the form loads the new ones.`,
      );
    } finally {
      if (controller === inFlight) {
        inFlight = null;
        pendingQuery = "";
      }
    }
  };

  /** Typing waits for a pause; a choice is answered at once. */
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(update, 180);
  };

  /** The yardstick that is the target typed, marked at once. */
  const markPreset = () => {
    for (const link of /** @type {NodeListOf<HTMLAnchorElement>} */ (
      form.querySelectorAll("[data-presets] a")
    )) {
      if (target && target.value.trim() !== "" && Number(target.value) === Number(link.dataset.pct))
        link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
  };

  form.addEventListener("input", (event) => {
    const field = /** @type {HTMLInputElement} */ (event.target);
    if (field === rate && rateMode) rateMode.checked = true;
    if (field === target) markPreset();
    if (field instanceof HTMLInputElement && (field.type === "number" || field.type === "text")) soon();
    else update();
  });
  form.addEventListener("change", () => update());
  form.addEventListener("submit", (event) => {
    if (failed) return;
    event.preventDefault();
    update();
  });
  // A yardstick sets the target, as if typed.
  form.addEventListener("click", (event) => {
    const link = /** @type {HTMLElement} */ (event.target).closest?.("[data-presets] a[data-pct]");
    if (!(link instanceof HTMLAnchorElement) || !target) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    target.value = link.dataset.pct ?? target.value;
    markPreset();
    update();
  });
})();
