import type { ReactNode } from "react";

/**
 * Every /embed/... page (one chart, for other sites to frame): the chart, and the plain script that tells
 * the page around the frame how tall it is (public/embed-frame.js; it does nothing when not framed), so
 * that the host script of the embed code (public/embed.js) can fit the frame to the chart.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <script async src="/embed-frame.js" />
    </>
  );
}
