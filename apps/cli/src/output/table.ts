import { paint, type Tone } from "./color.js";

/** A cell: text, and optionally how it is coloured. */
export type Cell = string | { readonly text: string; readonly tone?: Tone };

export interface Column {
  readonly header: string;
  /** Numbers align right; text left (the default). */
  readonly align?: "left" | "right";
}

export interface TableOptions {
  readonly color: boolean;
  /** Spaces between columns. */
  readonly gap?: number;
}

/** The width a terminal gives a string: code points, not UTF-16 units (no wide characters occur here). */
export function displayWidth(text: string): number {
  return [...text.normalize("NFC")].length;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

const textOf = (cell: Cell | undefined): string =>
  cell === undefined ? "" : typeof cell === "string" ? cell : cell.text;
const toneOf = (cell: Cell | undefined): Tone =>
  cell === undefined || typeof cell === "string" ? "plain" : (cell.tone ?? "plain");

/**
 * Renders aligned columns with a header and an underline, one string per line, no trailing spaces.
 * Colours are applied after padding, so escape codes never disturb the alignment.
 *
 * @example
 * renderTable([{ header: "Ally" }, { header: "Share", align: "right" }], [["Poland", "4.25%e"]], { color: false });
 * // ["Ally     Share", "------  ------", "Poland  4.25%e"]
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions,
): string[] {
  const gap = " ".repeat(options.gap ?? 2);
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(textOf(row[i])))),
  );
  const line = (cells: readonly Cell[], header: boolean) =>
    columns
      .map((column, i) => {
        const align = column.align ?? "left";
        const text = pad(textOf(cells[i]), widths[i] ?? 0, align);
        return paint(text, header ? "bold" : toneOf(cells[i]), options.color);
      })
      .join(gap)
      .trimEnd();
  const underline = widths.map((w) => "-".repeat(w)).join(gap);
  return [
    line(
      columns.map((c) => c.header),
      true,
    ),
    underline,
    ...rows.map((row) => line(row, false)),
  ];
}

/**
 * Breaks prose into lines of at most `width` columns at spaces; a word longer than the width stands alone.
 * No-break spaces (U+00A0) hold words together and come out as plain spaces.
 *
 * @example
 * wrap("Source: NATO, Defence Expenditure of NATO Countries", 20);
 * // ["Source: NATO,", "Defence Expenditure", "of NATO Countries"]
 */
export function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/[ \t\n\r]+/).filter((w) => w !== "")) {
    if (current === "") current = word;
    else if (displayWidth(current) + 1 + displayWidth(word) <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== "") lines.push(current);
  return lines.map((l) => l.replace(/\u00a0/g, " "));
}
