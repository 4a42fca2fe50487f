import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Packs both packages and installs the tarballs into a throw-away project, once for every test file.
    globalSetup: ["src/setup.ts"],
    // Each test spawns real processes (node, tsc, attw, the installed `nato`): seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
