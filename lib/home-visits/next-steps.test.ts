import { describe, expect, it } from "vitest";
import { callDeadline, latestVisitDay, visitNextSteps, type VisitForNextSteps } from "./next-steps";

/** An Almaty (UTC+5) local time as an instant. */
const almaty = (local: string) => new Date(`${local}:00+05:00`);

const base: VisitForNextSteps = {
  status: "requested",
  requestedAt: almaty("2026-11-23T10:00"),
  preferredSlots: [
    { date: "2026-11-26", from: "14:00", to: "16:00" },
    { date: "2026-11-25", from: "09:00", to: "11:00" },
  ],
  scheduledFrom: null,
  scheduledTo: null,
  employee: null,
};

describe("the operator's call", () => {
  it("inside working hours: by 18:00 the next working day (Mon 10:00 → Tue 18:00)", () => {
    expect(callDeadline(almaty("2026-11-23T10:00"))).toEqual(almaty("2026-11-24T18:00"));
  });
  it("after 18:00 on a Friday: registered Monday 09:00, so by Tuesday 18:00", () => {
    expect(callDeadline(almaty("2026-11-27T19:30"))).toEqual(almaty("2026-12-01T18:00"));
  });
  it("over Nauryz 2026 (21–25 March off): Sat 21 → registered Thu 26 → by Fri 27 18:00", () => {
    expect(callDeadline(almaty("2026-03-21T12:00"))).toEqual(almaty("2026-03-27T18:00"));
  });
});

describe("the latest visit day (30 days, back to a working day)", () => {
  it("a working day is kept: 23 Nov → Wed 23 Dec 18:00", () => {
    expect(latestVisitDay(almaty("2026-11-23T10:00"))).toEqual(almaty("2026-12-23T18:00"));
  });
  it("a Saturday steps back to Friday: 26 Nov → 26 Dec (Sat) → Fri 25 Dec", () => {
    expect(latestVisitDay(almaty("2026-11-26T10:00"))).toEqual(almaty("2026-12-25T18:00"));
  });
  it("Independence Day steps back: 16 Nov → 16 Dec (holiday) → Tue 15 Dec", () => {
    expect(latestVisitDay(almaty("2026-11-16T10:00"))).toEqual(almaty("2026-12-15T18:00"));
  });
});

describe("visitNextSteps", () => {
  it("requested: the call, the visit within the chosen times (earliest to latest), the documents", () => {
    expect(visitNextSteps(base)).toEqual([
      { kind: "call", by: almaty("2026-11-24T18:00") },
      {
        kind: "visit",
        from: almaty("2026-11-25T09:00"),
        to: almaty("2026-11-26T16:00"),
        latest: almaty("2026-12-23T18:00"),
      },
      { kind: "documents" },
    ]);
  });
  it("waiting for the person's code: the code comes first, no dates yet", () => {
    expect(visitNextSteps({ ...base, status: "awaiting_consent" })).toEqual([
      { kind: "consent" },
      { kind: "documents" },
    ]);
  });
  it("scheduled: the booked time and employee", () => {
    const from = almaty("2026-11-25T09:00");
    const to = almaty("2026-11-25T11:00");
    expect(
      visitNextSteps({ ...base, status: "scheduled", scheduledFrom: from, scheduledTo: to, employee: "A" }),
    ).toEqual([{ kind: "scheduled", from, to, employee: "A" }, { kind: "documents" }]);
  });
  it("completed: follow the registered request; cancelled: nothing", () => {
    expect(visitNextSteps({ ...base, status: "completed" })).toEqual([{ kind: "request" }]);
    expect(visitNextSteps({ ...base, status: "cancelled" })).toEqual([]);
  });
});
