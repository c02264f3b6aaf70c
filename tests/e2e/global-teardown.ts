import fs from "node:fs";
import { productionServerLogFile, serverLogFile } from "../../playwright.config";
import { scanLog } from "./log-scan";

/**
 * After the whole e2e run: the server's own output (stdout and stderr, see playwright.config.ts) holds
 * no seeded IIN, phone or demo password. Fails the run otherwise, naming lines and kinds only.
 */
export default function scanServerLogs() {
  for (const file of [serverLogFile, productionServerLogFile]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: the server log was not kept`);
    const findings = scanLog(fs.readFileSync(file, "utf8"));
    if (findings.length === 0) continue;
    const summary = findings
      .slice(0, 20)
      .map((finding) => `line ${finding.line}: ${finding.kind}`)
      .join("\n");
    throw new Error(`personal data in ${file} (${findings.length} findings):\n${summary}`);
  }
}
