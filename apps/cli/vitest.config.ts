import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests start the built binary once per case; give a busy machine room.
    testTimeout: 30_000,
    // Two test files at a time even on two cores (Vitest's default there is one): a test mostly waits for
    // the binary it started, so one file alone leaves a core idle.
    maxWorkers: 2,
  },
});
