import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The built site is started once for the run (src/setup.ts); every question then asks the library, the
    // CLI as a process and the site over HTTP.
    globalSetup: ["src/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
