import {
  ALLY_CODES,
  type AllyCode,
  allyByCode,
  allyVerdict,
  formatPercent,
  formatYear,
  getDataset,
  HAGUE_CORE,
  STATUS_LABELS,
  seriesOf,
  sourceLine,
  TWO_PERCENT,
} from "@nato/core";
import { ImageResponse } from "next/og";

// Drawn at build time with the font bundled in next/og: nothing is fetched.
export const alt = "An Ally's defence spending as a share of GDP, from NATO's figures";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams(): { code: AllyCode }[] {
  return ALLY_CODES.map((code) => ({ code }));
}

const MEETS = "#1c5ea6";
const BELOW = "#ad4408";
const MUTED = "#595959";

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ally = allyByCode(code as AllyCode);
  const dataset = getDataset();
  const last = seriesOf(dataset, ally.code).at(-1);
  const year = last?.year ?? dataset.edition.lastYear;
  const estimate = last?.estimate ?? false;
  const two = allyVerdict(dataset, TWO_PERCENT, ally, year);
  const core = allyVerdict(dataset, HAGUE_CORE, ally, year);
  const colour = (status: string) => (status === "met" ? MEETS : status === "below" ? BELOW : MUTED);
  const share = ally.hasArmedForces ? formatPercent(last?.shareOfGdpPct, { estimate }) : "no armed forces";
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        color: "#1b1b1b",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: MUTED }}>NATO defence spending</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 76, fontWeight: 700 }}>{ally.name}</div>
        <div style={{ display: "flex", fontSize: 120, fontWeight: 700, color: colour(two.status) }}>
          {share}
        </div>
        <div style={{ display: "flex", fontSize: 34, color: MUTED }}>
          {ally.hasArmedForces
            ? `of GDP on defence in ${formatYear(year, estimate)}`
            : "NATO publishes no defence expenditure for it"}
        </div>
      </div>
      <div style={{ display: "flex", gap: 48, fontSize: 34 }}>
        <div style={{ display: "flex", color: colour(two.status) }}>2%: {STATUS_LABELS[two.status]}</div>
        <div style={{ display: "flex", color: colour(core.status) }}>3.5%: {STATUS_LABELS[core.status]}</div>
      </div>
      <div style={{ display: "flex", fontSize: 22, color: MUTED }}>{sourceLine(dataset.edition)}</div>
    </div>,
    size,
  );
}
