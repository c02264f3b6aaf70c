import { describe, expect, it } from "vitest";
import { fromAlmaty } from "@/lib/calendar";
import { windowInstants } from "./slots";
import { applicantMayChange } from "./change-window";

describe("the applicant's cancel or move window for a home visit", () => {
  // A visit on Thursday 3 Dec 2026, 09:00–11:00 Astana time (04:00 UTC).
  const slot = windowInstants("2026-12-03", "09:00", "11:00");
  const scheduled = { status: "scheduled" as const, scheduledFrom: slot.from };

  it("reads the visit's start in Asia/Almaty", () => {
    expect(slot.from.toISOString()).toBe("2026-12-03T04:00:00.000Z");
  });

  it("allows a change until 24 hours before the visit, not at or after it", () => {
    // 2 Dec, 08:59 local: 24 h 1 min before.
    expect(applicantMayChange(scheduled, fromAlmaty("2026-12-02", 8 * 60 + 59))).toBe(true);
    // 2 Dec, 09:00 local: exactly 24 h before: too late.
    expect(applicantMayChange(scheduled, fromAlmaty("2026-12-02", 9 * 60))).toBe(false);
    // The evening before (2 Dec, 20:00 local) is the same calendar "day before" but under 24 h.
    expect(applicantMayChange(scheduled, fromAlmaty("2026-12-02", 20 * 60))).toBe(false);
    expect(applicantMayChange(scheduled, fromAlmaty("2026-12-03", 10 * 60))).toBe(false);
  });

  it("allows it any time before the visit is scheduled, never once it is done or cancelled", () => {
    const late = fromAlmaty("2026-12-03", 8 * 60);
    expect(applicantMayChange({ status: "requested", scheduledFrom: null }, late)).toBe(true);
    expect(applicantMayChange({ status: "awaiting_consent", scheduledFrom: null }, late)).toBe(true);
    const early = fromAlmaty("2026-11-20", 9 * 60);
    expect(applicantMayChange({ status: "completed", scheduledFrom: slot.from }, early)).toBe(false);
    expect(applicantMayChange({ status: "cancelled", scheduledFrom: slot.from }, early)).toBe(false);
  });
});
