import { defineConfig } from "tsup";

export default defineConfig({
  // One output file per source module, so that a consumer's bundler keeps only the modules it uses:
  // a single rule function does not pull in the editions' figures or zod.
  entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts"],
  bundle: false,
  format: ["esm"],
  target: "es2022",
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
});
