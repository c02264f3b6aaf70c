import { describe, expect, it } from "vitest";
import { complaintDueAt, complaintNumber, suggestedSubject } from "./rules";

describe("complaint rules (seed 002 §11; 5 working days, issue 12 point 7)", () => {
  it("the answer is due at 18:00 on the 5th working day after registration", () => {
    // Mon 23 Nov 2026, 10:00 in Almaty: registered at once; Tue 24 … Mon 30 Nov.
    expect(complaintDueAt(new Date("2026-11-23T05:00:00Z")).toISOString()).toBe("2026-11-30T13:00:00.000Z");
  });

  it("a complaint filed after hours is registered the next working day; holidays are not counted", () => {
    // Fri 11 Dec, 19:00: registered Mon 14 Dec; Tue 15, (Wed 16 Independence Day), 17, 18, 21, Tue 22.
    expect(complaintDueAt(new Date("2026-12-11T14:00:00Z")).toISOString()).toBe("2026-12-22T13:00:00.000Z");
  });

  it("numbers a complaint CM-<local date>-<six digits>", () => {
    // 23:30 UTC on 30 Nov is already 1 Dec in Almaty.
    expect(complaintNumber(new Date("2026-11-30T23:30:00Z"))).toMatch(/^CM-20261201-\d{6}$/);
  });

  it("prefills the subject: a decision, a late request, or the request", () => {
    const now = new Date("2026-11-23T05:00:00Z");
    const past = new Date("2026-11-20T13:00:00Z");
    const future = new Date("2026-12-20T13:00:00Z");
    expect(suggestedSubject({ status: "refused", dueAt: null, extendedDueAt: null }, now)).toBe("decision");
    expect(suggestedSubject({ status: "in_review", dueAt: past, extendedDueAt: null }, now)).toBe("lateStep");
    expect(suggestedSubject({ status: "extended", dueAt: past, extendedDueAt: future }, now)).toBe("request");
    expect(suggestedSubject({ status: "registered", dueAt: future, extendedDueAt: null }, now)).toBe(
      "request",
    );
  });
});
