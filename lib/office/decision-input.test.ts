import { describe, expect, it } from "vitest";
import { parseIssueAt } from "./decision-input";

describe("the office's decision input", () => {
  it("reads the office's issue time as Almaty local time, or an instant with its zone", () => {
    expect(parseIssueAt("2026-11-30T11:30")?.toISOString()).toBe("2026-11-30T06:30:00.000Z");
    expect(parseIssueAt("2026-11-30T06:30:00.000Z")?.toISOString()).toBe("2026-11-30T06:30:00.000Z");
    expect(parseIssueAt("2026-11-30T25:30")).toBeNull();
    expect(parseIssueAt("30.11.2026 11:30")).toBeNull();
    expect(parseIssueAt(42)).toBeNull();
  });
});
