import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address.</p>
      <p>
        Allies' pages are at <code>/allies/</code> followed by the Ally's three-letter code, such as{" "}
        <a href="/allies/POL">/allies/POL</a> for Poland. Every Ally is listed on the{" "}
        <a href="/allies">Allies page</a>; the <a href="/">overview</a> shows the latest figures.
      </p>
    </>
  );
}
