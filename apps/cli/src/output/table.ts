import { paint, type Tone } from "./color.js";
import { terminalSize } from "./stdout.js";

/** A cell: text, and optionally how it is coloured. */
export type Cell = string | { readonly text: string; readonly tone?: Tone };

export interface Column {
  readonly header: string;
  /** Numbers align right; text left (the default). */
  readonly align?: "left" | "right";
  /** On a narrow terminal, columns with a higher number are left out first (default 0; then from the right). */
  readonly drop?: number;
}

export interface TableOptions {
  readonly color: boolean;
  /** Spaces between columns. */
  readonly gap?: number;
  /** Columns the table may take; the terminal's width by default. */
  readonly width?: number;
}

/**
 * The columns text may take: the terminal's width when standard output is one, else `COLUMNS`, else 80;
 * never under 40.
 */
export function terminalWidth(): number {
  const tty = terminalSize().columns;
  const env = Number(process.env.COLUMNS);
  const width = tty && tty > 0 ? tty : Number.isInteger(env) && env > 0 ? env : 80;
  return Math.max(40, width);
}

/** The width a terminal gives a string: code points, not UTF-16 units (no wide characters occur here). */
export function displayWidth(text: string): number {
  // Most cells are ASCII, one column per character: no need to normalise or split them.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
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
 * renderTable([{ header: "Ally" }, { header: "Share", align: "right" }], [["Poland", "4.25% e"]], { color: false });
 * // ["Ally      Share", "------  -------", "Poland  4.25% e"]
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions,
): string[] {
  const gapWidth = options.gap ?? 2;
  const gap = " ".repeat(gapWidth);
  const limit = options.width ?? terminalWidth();
  let shown = columns.map((_, i) => i);
  const natural = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(textOf(row[i])))),
  );
  // The longest word of each column: a cell is wrapped at spaces, never inside a word.
  const longestWord = columns.map((column, i) =>
    Math.max(
      ...column.header.split(" ").map(displayWidth),
      ...rows.flatMap((row) => textOf(row[i]).split(" ").map(displayWidth)),
    ),
  );
  const widths = [...natural];
  const total = () => shown.reduce((sum, i) => sum + (widths[i] ?? 0), 0) + gapWidth * (shown.length - 1);
  const dropped: string[] = [];
  const dropLast = () => {
    // The column to leave out: the highest `drop`, the rightmost among equals; never the first.
    let pick = shown[shown.length - 1] as number;
    for (const i of shown.slice(1)) if ((columns[i]?.drop ?? 0) >= (columns[pick]?.drop ?? 0)) pick = i;
    dropped.push(columns[pick]?.header ?? "");
    shown = shown.filter((i) => i !== pick);
  };
  if (total() > limit) {
    // Too wide. First, headers of several words take two lines ("Path to / 2035"), cells stay whole.
    for (const i of shown) {
      const cells = Math.max(0, ...rows.map((row) => displayWidth(textOf(row[i]))));
      const header = Math.max(...(columns[i]?.header ?? "").split(" ").map(displayWidth));
      widths[i] = Math.max(cells, header);
    }
    // Then the least important columns, from the right, go (the first two always stay)...
    while (total() > limit && shown.length > 2) dropLast();
    // ...and text cells wrap at spaces, never inside a word, widest column first.
    while (total() > limit) {
      const candidates = shown.filter(
        (i) => (columns[i]?.align ?? "left") === "left" && (widths[i] ?? 0) > (longestWord[i] ?? 0),
      );
      if (candidates.length === 0) break;
      const widest = candidates.reduce((a, b) => ((widths[b] ?? 0) > (widths[a] ?? 0) ? b : a));
      widths[widest] = Math.max(longestWord[widest] ?? 0, (widths[widest] ?? 0) - (total() - limit));
    }
    while (total() > limit && shown.length > 1) dropLast();
  }
  const linesOf = (cells: readonly Cell[], header: boolean): string[] => {
    const parts = shown.map((i) => {
      const text = header ? (columns[i]?.header ?? "") : textOf(cells[i]);
      return displayWidth(text) > (widths[i] ?? 0) ? wrap(text, widths[i] ?? 0) : [text];
    });
    const height = Math.max(1, ...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, n) =>
      shown
        .map((i, k) => {
          const align = columns[i]?.align ?? "left";
          const text = pad(parts[k]?.[n] ?? "", widths[i] ?? 0, align);
          return paint(text, header ? "bold" : toneOf(cells[i]), options.color);
        })
        .join(gap)
        .trimEnd(),
    );
  };
  const underline = shown.map((i) => "-".repeat(widths[i] ?? 0)).join(gap);
  return [
    ...linesOf([], true),
    underline,
    ...rows.flatMap((row) => linesOf(row, false)),
    ...(dropped.length > 0
      ? wrap(
          `(Left out at ${limit} columns: ${dropped.join(", ")}. A wider terminal shows them; --format csv or json has every field.)`,
          limit,
        )
      : []),
  ];
}

/**
 * Breaks prose into lines of at most `width` columns (the terminal's by default) at spaces; a word longer than the width stands alone.
 * No-break spaces (U+00A0) hold words together and come out as plain spaces.
 *
 * @example
 * wrap("Source: NATO, Defence Expenditure of NATO Countries", 20);
 * // ["Source: NATO,", "Defence Expenditure", "of NATO Countries"]
 */
export function wrap(text: string, width = terminalWidth()): string[] {
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
