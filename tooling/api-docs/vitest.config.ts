import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Builds a TypeScript program of the whole of core, and runs TypeDoc over it: seconds.
    testTimeout: 60_000,
  },
});
