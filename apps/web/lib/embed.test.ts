import { describe, expect, it } from "vitest";
import { compareEmbedHeight, EMBED_HEIGHT, EMBED_SCRIPT_PATH, embedCode, scenarioEmbedHeight } from "./embed";

describe("embedCode", () => {
  it("frames the embed page at the site's origin, named by the chart's title, then loads the host script", () => {
    expect(embedCode("https://example.org", "/embed/allies/POL", "Poland spends 4.48% of GDP")).toBe(
      '<iframe src="https://example.org/embed/allies/POL" title="Poland spends 4.48% of GDP" width="100%" height="800" style="border:0" loading="lazy"></iframe>\n' +
        '<script async src="https://example.org/embed.js"></script>',
    );
  });

  it("is two lines: the frame, which works alone, and the script, from the same origin", () => {
    const [frame, script, ...rest] = embedCode("http://localhost:3000", "/embed/overview/map", "Map").split(
      "\n",
    );
    expect(rest).toEqual([]);
    expect(frame).toMatch(/^<iframe [^<]*><\/iframe>$/);
    expect(script).toBe('<script async src="http://localhost:3000/embed.js"></script>');
    expect(EMBED_SCRIPT_PATH).toBe("/embed.js");
  });

  it("escapes what would end the attribute or open a tag", () => {
    const code = embedCode(
      "https://example.org",
      "/embed/scenarios?target=3.5&deadline=2035",
      "A \"quoted\" <b> & 'single'",
    );
    expect(code).toContain('src="https://example.org/embed/scenarios?target=3.5&amp;deadline=2035"');
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b> &amp; &#39;single&#39;"');
    // Nothing in the title can close the frame or open a script of its own.
    expect(
      embedCode("https://example.org", "/embed/allies/POL", '"></iframe><script>alert(1)</script>'),
    ).toBe(
      '<iframe src="https://example.org/embed/allies/POL" title="&quot;>&lt;/iframe>&lt;script>alert(1)&lt;/script>" width="100%" height="800" style="border:0" loading="lazy"></iframe>\n' +
        '<script async src="https://example.org/embed.js"></script>',
    );
  });

  it("takes the height of a taller chart, and 800 px by default", () => {
    expect(EMBED_HEIGHT).toBe(800);
    expect(embedCode("http://localhost:3000", "/embed/overview/map", "Map", 820)).toContain('height="820"');
    expect(embedCode("http://localhost:3000", "/embed/allies/POL", "Poland")).toContain('height="800"');
  });
});

describe("scenarioEmbedHeight", () => {
  it("holds the chart and one table row a year as measured on a 360 px phone", () => {
    // Measured scrollHeight at 360 px: 1,270 px by 2030 (4 years), 1,461 px by 2035 (9 years).
    expect(scenarioEmbedHeight(4)).toBeGreaterThanOrEqual(1270);
    expect(scenarioEmbedHeight(9)).toBeGreaterThanOrEqual(1461);
    expect(scenarioEmbedHeight(9)).toBeLessThan(1461 + 60);
    expect(scenarioEmbedHeight(0)).toBe(scenarioEmbedHeight(1));
  });
});

describe("compareEmbedHeight", () => {
  it("holds one chart of up to eight lines, and the small multiples of nine or ten, on a phone", () => {
    expect(compareEmbedHeight(1)).toBe(880);
    expect(compareEmbedHeight(8)).toBe(880);
    expect(compareEmbedHeight(9)).toBe(1300);
    expect(compareEmbedHeight(32)).toBe(1300);
  });
});
