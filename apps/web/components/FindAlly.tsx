import { ALLIES } from "@nato/core";

/**
 * The find-an-Ally box in every page's header: a plain GET form to /find (no JavaScript needed), with
 * the Allies' names offered as the visitor types. "pol", "Türk" or "UK" go straight to the Ally.
 */
export function FindAlly() {
  return (
    <search className="find-ally">
      <form method="get" action="/find">
        <label htmlFor="find-ally-q" className="visually-hidden">
          Find an Ally
        </label>
        <input
          id="find-ally-q"
          name="q"
          type="search"
          list="find-ally-names"
          placeholder="Find an Ally"
          autoComplete="off"
          maxLength={60}
          required
        />
        <datalist id="find-ally-names">
          {ALLIES.map((a) => (
            <option key={a.code} value={a.name} />
          ))}
        </datalist>
        <button type="submit">Go</button>
      </form>
    </search>
  );
}
