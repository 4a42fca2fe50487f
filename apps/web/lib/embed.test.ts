import { describe, expect, it } from "vitest";
import { embedCode } from "./embed";

describe("embedCode", () => {
  it("frames the embed page at the site's origin, named by the chart's title", () => {
    expect(embedCode("https://example.org", "/embed/allies/POL", "Poland spends 4.48% of GDP")).toBe(
      '<iframe src="https://example.org/embed/allies/POL" title="Poland spends 4.48% of GDP" width="100%" height="600" style="border:0" loading="lazy"></iframe>',
    );
  });

  it("escapes what would end the attribute or open a tag", () => {
    const code = embedCode(
      "https://example.org",
      "/embed/scenarios?target=3.5&deadline=2035",
      'A "quoted" <b>',
    );
    expect(code).toContain('src="https://example.org/embed/scenarios?target=3.5&amp;deadline=2035"');
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b>"');
  });

  it("takes the height of a taller chart", () => {
    expect(embedCode("http://localhost:3000", "/embed/overview/map", "Map", 760)).toContain('height="760"');
  });
});
