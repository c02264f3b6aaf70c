import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // server-only throws outside React Server Components; tests and scripts run our server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

const postgresUrl = "postgresql://postgres@127.0.0.1:5432/test";

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-pglite",
          include: ["tests/integration/**/*.test.ts"],
          env: { TEST_DATABASE: "pglite" },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-postgres",
          include: ["tests/integration/**/*.test.ts"],
          env: { TEST_DATABASE: "postgres", TEST_POSTGRES_URL: process.env.TEST_POSTGRES_URL ?? postgresUrl },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One PostgreSQL database is shared: files run one after another.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      // A sixth service installed into lib/services/catalogue for one test: it changes a source
      // folder, so it runs alone, after every other project (groups run from lowest to highest).
      {
        resolve: { alias },
        test: {
          name: "catalogue-pglite",
          include: ["tests/catalogue/**/*.test.ts"],
          env: { TEST_DATABASE: "pglite" },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "catalogue-postgres",
          include: ["tests/catalogue/**/*.test.ts"],
          env: { TEST_DATABASE: "postgres", TEST_POSTGRES_URL: process.env.TEST_POSTGRES_URL ?? postgresUrl },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
      // Two production nodes behind nginx on PostgreSQL (tests/nodes): needs `next build` first, so
      // scripts/test.sh runs it after the build (`npm run test:nodes`), not with the projects above.
      {
        resolve: { alias },
        test: {
          name: "nodes-postgres",
          include: ["tests/nodes/**/*.test.ts"],
          env: { TEST_POSTGRES_URL: process.env.TEST_POSTGRES_URL ?? postgresUrl },
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
