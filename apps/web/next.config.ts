import type { NextConfig } from "next";
import { distDir, isDevelopment } from "./lib/env";

// Every page is prerendered, so a per-request nonce is impossible: Next's inline bootstrap scripts
// (the React Server Components payload) need 'unsafe-inline' for scripts. Everything else is
// locked to this origin: no remote scripts, styles, fonts, images or connections, no plugins, no framing.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir,
  reactStrictMode: true,
  experimental: { inlineCss: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The /embed pages carry one chart each for other sites to frame: the only pages that may be framed.
      // A later match overrides the same header; CSP frame-ancestors takes precedence over X-Frame-Options.
      {
        source: "/embed/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value: contentSecurityPolicy.replace("frame-ancestors 'none'", "frame-ancestors *"),
          },
          { key: "X-Frame-Options", value: "ALLOWALL" },
        ],
      },
    ];
  },
};

export default nextConfig;
