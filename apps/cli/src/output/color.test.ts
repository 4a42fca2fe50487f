import { describe, expect, it } from "vitest";
import { colorEnabled, paint, statusTone, stripAnsi } from "./color.js";

describe("colorEnabled", () => {
  it("colours a terminal by default", () => {
    expect(colorEnabled({ flag: true, env: {}, isTTY: true })).toBe(true);
  });

  it("does not colour a pipe or a file", () => {
    expect(colorEnabled({ flag: true, env: {}, isTTY: false })).toBe(false);
  });

  it("obeys --no-color and NO_COLOR over everything", () => {
    expect(colorEnabled({ flag: false, env: { FORCE_COLOR: "1" }, isTTY: true })).toBe(false);
    expect(colorEnabled({ flag: true, env: { NO_COLOR: "1" }, isTTY: true })).toBe(false);
  });

  it("does not colour TERM=dumb, even on a terminal", () => {
    expect(colorEnabled({ flag: true, env: { TERM: "dumb" }, isTTY: true })).toBe(false);
    expect(colorEnabled({ flag: true, env: { TERM: "xterm-256color" }, isTTY: true })).toBe(true);
  });
  it("ignores an empty NO_COLOR, as the convention asks", () => {
    expect(colorEnabled({ flag: true, env: { NO_COLOR: "" }, isTTY: true })).toBe(true);
  });

  it("colours a pipe with FORCE_COLOR, but not with FORCE_COLOR=0", () => {
    expect(colorEnabled({ flag: true, env: { FORCE_COLOR: "1" }, isTTY: false })).toBe(true);
    expect(colorEnabled({ flag: true, env: { FORCE_COLOR: "0" }, isTTY: true })).toBe(false);
  });
});

describe("paint", () => {
  it("gives meets green, below a warm orange-red, no data grey", () => {
    expect(paint("meets", statusTone("met"), true)).toBe("\u001b[32mmeets\u001b[39m");
    expect(paint("below", statusTone("below"), true)).toBe("\u001b[38;5;202mbelow\u001b[39m");
    expect(paint("no data", statusTone("no-data"), true)).toBe("\u001b[90mno data\u001b[39m");
    expect(statusTone("not-applicable")).toBe("muted");
  });

  it("leaves text alone when colour is off", () => {
    expect(paint("meets", "meets", false)).toBe("meets");
    expect(stripAnsi(paint("below", "below", true))).toBe("below");
  });
});
