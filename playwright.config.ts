import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
/** The e2e server's stdout and stderr; tests/e2e/global-teardown.ts scans it for personal data. */
export const serverLogFile = ".reports/server.log";

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
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions } },
  ],
  webServer: {
    // A fresh embedded database for each run: the server migrates and seeds it on start. Its output
    // goes to a file that the global teardown scans for IINs, phones and demo passwords.
    command:
      `mkdir -p .reports && rm -rf .data/e2e && ` +
      `exec ./node_modules/.bin/next start -H 127.0.0.1 -p ${port} > ${serverLogFile} 2>&1`,
    url: `${baseURL}/api/v1/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { DATA_DIR: ".data/e2e", LOG_LEVEL: "info", APP_ORIGIN: baseURL },
  },
});
