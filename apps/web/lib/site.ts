import { type Edition, editionSpan, getEdition, type NatoEdition, sourceLine } from "@nato/core";
import { editionFileName } from "@/app/data/files";

/** The site's name, as it appears in titles and the header. */
export const SITE_NAME = "NATO defence spending";

export const SITE_DESCRIPTION = `NATO's official defence-expenditure figures for every Ally, ${editionSpan(getEdition())}: who meets the 2% guideline and The Hague's 3.5% and 5% targets, the gaps, the paths to 2035 and the revisions, each figure sourced.`;

/** The pages in the header's navigation, in order. */
export const NAV_ITEMS = [
  { href: "/", label: "Overview" },
  { href: "/allies", label: "Allies" },
  { href: "/compare", label: "Compare" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/context", label: "Context" },
  { href: "/revisions", label: "Revisions" },
  { href: "/methodology", label: "Methodology" },
  { href: "/data", label: "Data" },
] as const;

/** The edition the site shows by default. */
export const LATEST_EDITION: NatoEdition = getEdition();

/** The credit line under every chart, table and page. */
export function siteSourceLine(
  edition: Pick<Edition, "title" | "id" | "publisher"> = LATEST_EDITION,
): string {
  return sourceLine(edition);
}

/** The download of an edition's figures (CSV), served by the data page's routes. */
export function datasetCsvHref(edition: Pick<Edition, "id"> = LATEST_EDITION): string {
  return `/data/${editionFileName(edition.id, "csv")}`;
}
