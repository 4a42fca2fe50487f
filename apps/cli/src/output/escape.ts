const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * Text from a file or a command line made safe to print on a terminal: every control character (C0, DEL,
 * C1, line and paragraph separators, bidirectional and zero-width marks) is written as a visible escape,
 * `\x1b` or `\u{202e}`, so that a file cannot move the cursor, set the title or recolour the terminal.
 *
 * @example
 * escapeControls("a\u001b]0;pwned\u0007b"); // "a\\x1b]0;pwned\\x07b"
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}
