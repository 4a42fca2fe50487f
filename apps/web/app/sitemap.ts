import { ALLY_CODES, getEdition } from "@nato/core";
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";
import { NAV_ITEMS } from "@/lib/site";

/** Every page: the navigation's pages and the 32 Allies' pages, dated by the edition they show. */
export default function sitemap(): MetadataRoute.Sitemap {
  const lastModified = getEdition().publishedOn;
  return [
    ...NAV_ITEMS.map((item) => ({
      url: `${siteUrl}${item.href}`,
      lastModified,
      priority: item.href === "/" ? 1 : 0.8,
    })),
    ...ALLY_CODES.map((code) => ({ url: `${siteUrl}/allies/${code}`, lastModified, priority: 0.7 })),
  ];
}
