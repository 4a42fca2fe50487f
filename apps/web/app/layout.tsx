import { editionDateLine } from "@nato/core";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { FindAlly } from "@/components/FindAlly";
import { siteUrl } from "@/lib/env";
import { LATEST_EDITION, NAV_ITEMS, SITE_DESCRIPTION, SITE_NAME, siteSourceLine } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, type: "website", locale: "en_GB" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#121314" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="inner">
            <a className="site-name" href="/">
              {SITE_NAME}
            </a>
            <nav className="site-nav" aria-label="Main">
              <ul>
                {NAV_ITEMS.map((item) => (
                  <li key={item.href}>
                    <a href={item.href}>{item.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <FindAlly />
          </div>
          <p className="date-line inner" data-testid="date-line">
            {editionDateLine(LATEST_EDITION)}
          </p>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="inner">
            <p>{siteSourceLine()}</p>
            <p>
              Figures as NATO publishes them; estimates are marked “e”. How they are computed:{" "}
              <a href="/methodology">methodology</a>. Download everything: <a href="/data">data</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
