import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests start the built binary once per case; give a busy machine room.
    testTimeout: 30_000,
  },
});
