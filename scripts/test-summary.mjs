// Prints one closing line for the whole run from the Vitest and Playwright JSON reports.
import fs from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestFile, playwrightFile] = process.argv.slice(2);
const vitest = JSON.parse(fs.readFileSync(vitestFile, "utf8"));
passed += vitest.numPassedTests;
failed += vitest.numFailedTests;
skipped += vitest.numPendingTests + vitest.numTodoTests;
const playwright = JSON.parse(fs.readFileSync(playwrightFile, "utf8"));
passed += playwright.stats.expected + playwright.stats.flaky;
failed += playwright.stats.unexpected;
skipped += playwright.stats.skipped;
if (passed === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
