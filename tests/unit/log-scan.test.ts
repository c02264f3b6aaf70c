import { describe, expect, it } from "vitest";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { scanLog } from "../e2e/log-scan";

describe("the e2e server-log scan", () => {
  const [first, second] = buildPopulation().people;

  it("finds a seeded IIN, a seeded phone in any spelling and each demo password, by line", () => {
    const national = first!.phone!.replace(/\D/g, "").slice(-10);
    const spaced = `8 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6, 8)} ${national.slice(8)}`;
    const log = [
      '{"level":"info","message":"database ready"}',
      `{"level":"error","message":"Failed query","params":"${second!.iin},x"}`,
      `{"level":"warn","text":"sms to ${spaced}"}`,
      '{"level":"error","text":"password qyzmet-staff-2026"}',
      '{"level":"error","text":"key demo-key-2026 and qyzmet-demo-2026"}',
    ].join("\n");
    expect(scanLog(log)).toEqual([
      { line: 2, kind: "iin" },
      { line: 3, kind: "phone" },
      { line: 4, kind: "password" },
      { line: 5, kind: "password" },
      { line: 5, kind: "password" },
    ]);
  });

  it("passes a redacted log, and longer digit runs that only contain an IIN", () => {
    const log = [
      '{"level":"error","message":"api error","iin":"[redacted]","text":"params: [redacted]"}',
      `{"level":"info","message":"request","id":"1${first!.iin}9"}`,
    ].join("\n");
    expect(scanLog(log)).toEqual([]);
  });
});
