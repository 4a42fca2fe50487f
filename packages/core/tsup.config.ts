import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
  target: "es2022",
  dts: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  // Dependencies stay external: consumers' bundlers dedupe zod and tree-shake it.
  external: ["zod", "d3-dsv", "fastest-levenshtein"],
});
