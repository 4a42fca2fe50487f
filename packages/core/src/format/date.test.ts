import { describe, expect, it } from "vitest";
import { formatFactDate } from "./date.js";

describe("formatting a fact's date", () => {
  it.each([
    ["2014-09-05", undefined, "5 September 2014"],
    ["1949-04-04", undefined, "4 April 1949"],
    ["2025-01", undefined, "January 2025"],
    ["2006", undefined, "2006"],
    ["2025-06-24", "2025-06-25", "24-25 June 2025"],
    ["2025-06-30", "2025-07-01", "30 June 2025 to 1 July 2025"],
  ])("writes %s (to %s) as %s", (date, end, text) => {
    expect(formatFactDate(date, end)).toBe(text);
  });
});
