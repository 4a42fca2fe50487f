import { defineConfig } from "tsup";

export default defineConfig({
  // Two bundles: the commands, and the schema check `validate` loads on demand. Splitting one bundle into
  // shared chunks would put zod in the chunk every command loads (esbuild assigns the barrel's modules to
  // both), so `validate` imports its bundle by URL and each entry stands alone.
  entry: { main: "src/main.ts", "validate-check": "src/commands/validate-check.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  // @nato/core is bundled and tree-shaken: the figures and rules the commands use, nothing else; zod and the
  // CSV parser only in validate-check.js. commander stays external (a dependency): it is CommonJS.
  noExternal: ["@nato/core"],
  splitting: false,
  treeshake: true,
  clean: true,
  sourcemap: true,
});
