/**
 * Freezes a value and everything reachable from it (plain objects and arrays), so that no caller can
 * change data the package shares with every other caller in the process. Returns the value itself.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Only objects are visited: a dataset's hundreds of observations hold thousands of numbers, and calling
    // this for each of them is most of the time a short CLI command spends on its figures.
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") deepFreeze(child);
    }
  }
  return value;
}
