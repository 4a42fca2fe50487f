/**
 * Freezes a value and everything reachable from it (plain objects and arrays), so that no caller can
 * change data the package shares with every other caller in the process. Returns the value itself.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
