/** Pretty JSON with a final line break; `undefined` fields are left out, numbers are written as they are. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
