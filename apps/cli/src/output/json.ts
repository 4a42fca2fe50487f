// Characters JSON.stringify leaves raw that a terminal acts on or hides: DEL, C1 controls (ESC [ as one
// character), line and paragraph separators, bidirectional and zero-width marks.
const UNSAFE = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Pretty JSON with a final line break; `undefined` fields are left out, numbers are written as they are.
 * Every control character is escaped (`\u009b`), so JSON printed to a terminal cannot drive it.
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(UNSAFE, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`)}\n`;
}
