import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
/** A second server started as production is: no DEMO_MODE (tests/e2e/production-defaults.spec.ts). */
const productionPort = Number(process.env.E2E_PRODUCTION_PORT ?? port + 1);
export const productionURL = `http://127.0.0.1:${productionPort}`;
/** Where the production server's first staff account is written by `npm run staff -- add`. */
export const productionStaffFile = ".data/e2e-production/first-staff.txt";
/** The e2e servers' stdout and stderr; tests/e2e/global-teardown.ts scans them for personal data. */
export const serverLogFile = ".reports/server.log";
export const productionServerLogFile = ".reports/server-production.log";

/** Property-based floods of the API and the server actions (tests/e2e). */
const hostileSpecs = [/api-fuzz\.spec\.ts$/, /server-actions-garbage\.spec\.ts$/];

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".reports/e2e.json" }]],
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL,
    // As a browser on the portal sends it: API state changes with a session need it.
    extraHTTPHeaders: { origin: baseURL },
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: "desktop",
      testIgnore: hostileSpecs,
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions },
    },
    // Thousands of random requests from one client address spend the throttling budgets of 127.0.0.1:
    // they run after every other spec, so no journey meets a 429 it did not earn.
    { name: "hostile", testMatch: hostileSpecs, dependencies: ["desktop"] },
  ],
  webServer: [
    {
      // A fresh embedded database for each run: the server migrates and seeds it on start. Demo mode:
      // the specs sign in as the demo applicants and staff and read SMS codes on the demo page. Its
      // output goes to a file that the global teardown scans for IINs, phones and demo passwords.
      command:
        `mkdir -p .reports && rm -rf .data/e2e && ` +
        `exec node server.mjs -H 127.0.0.1 -p ${port} > ${serverLogFile} 2>&1`,
      url: `${baseURL}/api/v1/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { DATA_DIR: ".data/e2e", LOG_LEVEL: "info", APP_ORIGIN: baseURL, DEMO_MODE: "true" },
    },
    {
      // The README's deployment: no DEMO_MODE, `next start` (NODE_ENV=production); the first staff
      // account made by the operator's command before the server starts.
      command:
        "mkdir -p .reports && rm -rf .data/e2e-production && mkdir -p .data/e2e-production && " +
        "./node_modules/.bin/tsx scripts/staff.ts add --provider cr-1 --role clerk --login first-clerk " +
        `> ${productionStaffFile} && ` +
        `exec node server.mjs -H 127.0.0.1 -p ${productionPort} ` +
        `> ${productionServerLogFile} 2>&1`,
      url: `${productionURL}/api/v1/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        DATA_DIR: ".data/e2e-production",
        LOG_LEVEL: "info",
        APP_ORIGIN: productionURL,
        NODE_ENV: "production",
        DEMO_MODE: "",
        // A production start needs its own HMAC secret (README, "Deploy"): a fresh one per run.
        APP_SECRET: randomBytes(32).toString("hex"),
      },
    },
  ],
});
