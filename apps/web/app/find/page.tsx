import { searchAllies } from "@nato/core";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { RawSearchParams } from "@/lib/params";

export const metadata: Metadata = {
  title: "Find an Ally",
  robots: { index: false },
};

interface Props {
  readonly searchParams: Promise<RawSearchParams>;
}

/** The find-an-Ally box's answer: straight to the Ally when the text means one, else a short list. */
export default async function FindPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 60).trim() ?? "";
  const found = searchAllies(query);
  if (found.length === 1 && found[0]) redirect(`/allies/${found[0].code}`);
  return (
    <>
      <h1>Find an Ally</h1>
      {query === "" ? (
        <p>Type an Ally's name or code in the box at the top of the page, for example "Poland" or "POL".</p>
      ) : found.length === 0 ? (
        <p data-testid="find-none">
          No Ally matches “{query}”. Every Ally is listed on the <a href="/allies">Allies page</a>.
        </p>
      ) : (
        <>
          <p>Several Allies match “{query}”:</p>
          <ul data-testid="find-list">
            {found.map((a) => (
              <li key={a.code}>
                <a href={`/allies/${a.code}`}>{a.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
