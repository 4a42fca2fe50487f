import { defineConfig } from "tsup";

const entries = { index: "src/index.ts", "schemas/index": "src/schemas/index.ts" };

export default defineConfig([
  {
    // ES modules: one output file per source module, so that a consumer's bundler keeps only the modules
    // it uses: a single rule function does not pull in the editions' figures, and nothing but
    // `@nato/core/schemas` imports zod.
    entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts"],
    bundle: false,
    format: ["esm"],
    target: "es2022",
    dts: { entry: entries },
    sourcemap: true,
  },
  {
    // CommonJS: one file per entry point, for `require()` and tools that load CommonJS only (Jest's
    // default setup). Dependencies stay external.
    entry: entries,
    bundle: true,
    format: ["cjs"],
    target: "es2022",
    dts: { entry: entries },
    sourcemap: true,
  },
]);
