import { ALLIES, allyByCode } from "@nato/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionsChart } from "@/components/allies/RevisionsChart";
import { allyRoute } from "@/lib/params";

interface Props {
  readonly params: Promise<{ code: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return ALLIES.filter((a) => a.hasArmedForces).map((a) => ({ code: a.code }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = allyRoute((await params).code);
  if (route.kind !== "page") return {};
  const ally = allyByCode(route.code);
  return {
    title: `${ally.name}: share of GDP in each NATO edition (chart to embed)`,
    robots: { index: false },
    alternates: { canonical: `/allies/${ally.code}#revisions` },
  };
}

/** How NATO revised one Ally's share of GDP, edition by edition: the chart alone, for other sites to frame. */
export default async function EmbedRevisionsPage({ params }: Props) {
  const route = allyRoute((await params).code);
  if (route.kind !== "page") notFound();
  const ally = allyByCode(route.code);
  if (!ally.hasArmedForces) notFound();
  return (
    <div className="embed-page">
      <h1 className="visually-hidden">{ally.name}: share of GDP in each NATO edition</h1>
      <RevisionsChart code={ally.code} headingLevel={2} />
      <p className="embed-more">
        <a href={`/allies/${ally.code}#revisions`} target="_top">
          How NATO revised every figure for {ally.name}
        </a>
      </p>
    </div>
  );
}
