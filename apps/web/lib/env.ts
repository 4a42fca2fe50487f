// The only module that reads process.env. Everything else imports these constants.

/** True in `next dev`: React's development build needs `eval` for its call stacks, so the CSP allows it there only. */
export const isDevelopment = process.env.NODE_ENV === "development";

/**
 * The site's public origin, for canonical URLs, the sitemap and Open Graph images. Set `SITE_URL` when
 * deploying; locally the site is served on http://localhost:3000.
 */
export const siteUrl = new URL(process.env.SITE_URL ?? "http://localhost:3000").origin;

/**
 * Where `next build` writes and `next start` reads (default `.next`). A second build directory lets a
 * check run against its own build while another build is in progress.
 */
export const distDir = process.env.NEXT_DIST_DIR || ".next";
