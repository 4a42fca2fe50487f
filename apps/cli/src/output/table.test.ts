import { describe, expect, it } from "vitest";
import { stripAnsi } from "./color.js";
import { displayWidth, renderTable, wrap } from "./table.js";

describe("renderTable", () => {
  it("aligns text left and numbers right under an underlined header", () => {
    const lines = renderTable(
      [{ header: "Ally" }, { header: "Share", align: "right" }],
      [
        ["Poland", "4.25%\u00a0e"],
        ["Germany", "2.22%"],
      ],
      { color: false },
    );
    expect(lines).toEqual([
      "Ally       Share",
      "-------  -------",
      "Poland   4.25%\u00a0e",
      "Germany    2.22%",
    ]);
  });

  it("measures accented names by what the terminal shows", () => {
    const lines = renderTable(
      [{ header: "Ally" }, { header: "x" }],
      [
        ["Türkiye", "1"],
        ["Spain", "2"],
      ],
      {
        color: false,
      },
    );
    expect(lines[2]).toBe("Türkiye  1");
    expect(lines[3]).toBe("Spain    2");
    expect(displayWidth("T\u0075\u0308rkiye")).toBe(7);
  });

  it("colours after padding, so columns stay aligned with colour on", () => {
    const plain = renderTable(
      [{ header: "Status" }, { header: "n" }],
      [[{ text: "meets", tone: "meets" }, "1"]],
      {
        color: false,
      },
    );
    const coloured = renderTable(
      [{ header: "Status" }, { header: "n" }],
      [[{ text: "meets", tone: "meets" }, "1"]],
      {
        color: true,
      },
    );
    expect(coloured[2]).toContain("\u001b[32m");
    expect(coloured.map(stripAnsi)).toEqual(plain);
  });

  it("leaves no trailing spaces", () => {
    const lines = renderTable([{ header: "a" }, { header: "b" }], [["x", ""]], { color: false });
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });
});

describe("wrap", () => {
  it("breaks at spaces within the width", () => {
    expect(wrap("Source: NATO, Defence Expenditure of NATO Countries", 20)).toEqual([
      "Source: NATO,",
      "Defence Expenditure",
      "of NATO Countries",
    ]);
  });

  it("keeps words joined by no-break spaces together and prints plain spaces", () => {
    const lines = wrap("aaaa bbbb e\u00a0=\u00a0estimate.", 12);
    expect(lines).toEqual(["aaaa bbbb", "e = estimate."]);
  });

  it("never returns a line wider than the width unless one word is", () => {
    const text = "The share rises in a straight line from the 2026 figure to the target, year by year.";
    for (const line of wrap(text, 30)) expect(displayWidth(line)).toBeLessThanOrEqual(30);
  });
});

describe("renderTable on a narrow terminal", () => {
  const columns = [
    { header: "Ally" },
    { header: "Share", align: "right" as const },
    { header: "Spend", align: "right" as const, drop: 1 },
    { header: "Path to 2035" },
  ];
  const rows = [
    ["United Kingdom", "2.40%\u00a0e", "$98.6 bn", "off track"],
    ["Poland", "4.25%\u00a0e", "$44.2 bn", "on track"],
  ];

  it("fits the width given, never splitting a word, and says which columns it left out", () => {
    for (const width of [40, 30, 24]) {
      const lines = renderTable(columns, rows, { color: false, width });
      for (const line of lines) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      // Split on the spaces the table may wrap at; the no-break space keeps "2.40% e" whole.
      const words = lines.join(" ").split(/[ \n]+/);
      for (const word of ["United", "Kingdom", "Poland", "2.40%\u00a0e"]) expect(words).toContain(word);
    }
    const narrow = renderTable(columns, rows, { color: false, width: 40 });
    // Spend has the highest drop number: it goes first, and the note says so.
    expect(narrow.join("\n")).toContain("Left out at 40 columns: Spend.");
    expect(narrow[0]).toBe("Ally              Share  Path to");
  });

  it("is the natural table when it fits", () => {
    const wide = renderTable(columns, rows, { color: false, width: 120 });
    expect(wide[0]).toBe("Ally              Share     Spend  Path to 2035");
    expect(wide).toHaveLength(4);
  });
});
