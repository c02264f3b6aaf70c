// Prints one closing line for the whole run from the Vitest and Playwright JSON reports.
import fs from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
// Vitest's report, Playwright's, then any further Vitest reports (the two-node run after the build).
const [vitestFile, playwrightFile, ...moreVitestFiles] = process.argv.slice(2);
for (const file of [vitestFile, ...moreVitestFiles]) {
  const vitest = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const playwright = JSON.parse(fs.readFileSync(playwrightFile, "utf8"));
passed += playwright.stats.expected + playwright.stats.flaky;
failed += playwright.stats.unexpected;
skipped += playwright.stats.skipped;
if (passed === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
