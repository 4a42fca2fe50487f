#!/usr/bin/env node
// Runs before `next build`. Canonical links, og:url, the sitemap and robots.txt are written at build time
// from SITE_URL. Without it they point at http://localhost:3000: fine for a local look (`pnpm start`),
// wrong for a site to deploy. A deploy build sets DEPLOY=1, which makes SITE_URL required.
const raw = process.env.SITE_URL;
const deploy = process.env.DEPLOY === "1";

if (raw === undefined || raw.trim() === "") {
  if (deploy) {
    console.error(
      "SITE_URL is required for a deploy build (DEPLOY=1): set it to the site's public origin, for example SITE_URL=https://defence-spending.example.org",
    );
    process.exit(1);
  }
  console.warn(
    [
      "",
      "  SITE_URL is not set: canonical links, og:url, the sitemap and robots.txt of this build point at",
      "  http://localhost:3000. That is fine for a local look; to build a site to deploy, set SITE_URL to its",
      "  public origin (DEPLOY=1 makes it required).",
      "",
    ].join("\n"),
  );
  process.exit(0);
}

let url;
try {
  url = new URL(raw);
} catch {
  url = undefined;
}
if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
  console.error(
    `SITE_URL "${raw}" is not a web address: expected an origin such as https://defence-spending.example.org`,
  );
  process.exit(1);
}
if (deploy && /^(localhost|127\.|0\.0\.0\.0|\[::1\])/.test(url.hostname)) {
  console.error(
    `SITE_URL "${raw}" points at this machine: a deploy build (DEPLOY=1) needs the site's public origin.`,
  );
  process.exit(1);
}
console.log(`SITE_URL: canonical links, the sitemap and robots.txt point at ${url.origin}.`);
