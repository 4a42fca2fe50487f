import { type NextRequest, NextResponse } from "next/server";
import { allyRoute } from "./lib/params";

/**
 * Runs before routing, for `/allies/...` and `/data/...` only (the two dynamic segments):
 * - `/allies/pol`, `/allies/PL`, `/allies/poland` redirect (308) to the canonical `/allies/POL`;
 * - a path with broken percent-encoding (`/allies/%E0%A4%A`, `/data/%zz`), which Next would answer with a
 *   bare 500, gets the site's 404 page.
 * Every other unknown Ally falls through to the route, whose 32 pages are prerendered and which answers
 * 404 for anything else without rendering (or caching) it.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  try {
    decodeURIComponent(path);
  } catch {
    return NextResponse.rewrite(new URL("/404", request.url), { status: 404 });
  }
  const segment = /^\/allies\/([^/]+)\/?$/.exec(path)?.[1];
  if (segment !== undefined) {
    const route = allyRoute(segment);
    if (route.kind === "redirect") {
      return NextResponse.redirect(new URL(`/allies/${route.code}`, request.url), 308);
    }
  }
  return NextResponse.next();
}

export const config = { matcher: ["/allies/:path*", "/data/:path*"] };
