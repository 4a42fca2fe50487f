import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Property tests run hundreds of cases; CI runs every package at once on two cores.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
  },
});
