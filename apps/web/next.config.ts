import { EDITION_IDS, EDITIONS } from "@nato/core";
import type { NextConfig } from "next";
import { distDir, isDevelopment } from "./lib/env";
import { contentSecurityPolicy, securityHeaders } from "./server/policy.mjs";

// The security headers live in server/policy.mjs, shared with the site's server (server/index.mjs), which
// serves `pnpm start` and sets them on every answer it sends, refusals and errors included. Here they
// cover `next dev` and a bare `next start`.
//
// What stays inline, and why:
// - Scripts: a page Next renders carries inline bootstrap scripts (the React Server Components payload,
//   `self.__next_f.push(...)`, different on every page). The site's server sends every page that has
//   nothing for React to hydrate without any of them (server/static-html.mjs): the chart tools, the
//   Allies table's sorter, the compare picker and the scenario calculator are plain files from
//   public/, so every page goes out with `script-src 'self'` and no inline script at all. Should a page
//   with a client component come back, its pages are prerendered or kept by URL, so a per-request nonce
//   is impossible; the server hashes such a page's inline scripts when it first serves it and allows
//   those hashes only.
//   Without that server (`next dev`, bare `next start`) the policy below falls back to 'unsafe-inline'
//   for scripts, and `next dev` adds 'unsafe-eval' for React's development call stacks.
// - Styles: the stylesheet is a file (`inlineCss` is off: inlined, it was written three times into every
//   page, once in a <style> and twice in the payload). React writes a `style` attribute for a computed
//   value (the hatch of an estimated bar); the site's server allows each page's style attributes by hash
//   ('unsafe-hashes'), and scripts change styles through the CSSOM, which CSP does not restrict. Without
//   that server the policy below allows 'unsafe-inline' for styles.
const contentSecurityPolicyHere = contentSecurityPolicy({ development: isDevelopment });

export const headers = Object.entries(securityHeaders({ csp: contentSecurityPolicyHere })).map(
  ([key, value]) => ({ key, value }),
);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir,
  reactStrictMode: true,
  // No page uses next/image: the optimizer answers nothing (404), and sharp is not installed.
  images: { unoptimized: true },
  // Download addresses that name an edition by its alias (nato-defence-expenditure-2026.csv, as published
  // before editions were named by release month) move permanently to the edition's id.
  async redirects() {
    return EDITION_IDS.flatMap((id) =>
      EDITIONS[id].aliases.flatMap((alias) =>
        (["csv", "json"] as const).map((ext) => ({
          source: `/data/nato-defence-expenditure-${alias}.${ext}`,
          destination: `/data/nato-defence-expenditure-${id}.${ext}`,
          permanent: true,
        })),
      ),
    );
  },
  async headers() {
    return [
      { source: "/:path*", headers },
      // /embed pages may be framed by other sites (a later match overrides the same header; a CSP
      // frame-ancestors directive takes precedence over X-Frame-Options in browsers).
      {
        source: "/embed/:path*",
        headers: headers
          .filter((h) => h.key.toLowerCase() === "content-security-policy")
          .map((h) => ({ ...h, value: h.value.replace("frame-ancestors 'none'", "frame-ancestors *") })),
      },
    ];
  },
};

export default nextConfig;
