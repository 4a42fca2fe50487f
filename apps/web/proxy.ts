import { type NextRequest, NextResponse } from "next/server";

/**
 * A path with broken percent-encoding (`/allies/%E0%A4%A`) cannot name an Ally. Next answers such a
 * path under a dynamic segment with a bare 500; this turns it into the site's 404 page instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/404", request.url), { status: 404 });
  }
}

export const config = { matcher: ["/allies/:path*"] };
