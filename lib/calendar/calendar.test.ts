import { describe, expect, it } from "vitest";
import {
  computeRegisteredAt,
  computeResultDueAt,
  daysOff,
  fromAlmaty,
  isWorkingDay,
  lastDayOfTerm,
  toAlmaty,
  type Term,
} from "./index";

const at = (iso: string) => new Date(iso);
const working = (amount: number): Term => ({ amount, unit: "working_days", countAcceptanceDay: false });
const calendar = (amount: number): Term => ({ amount, unit: "calendar_days", countAcceptanceDay: false });

describe("working days", () => {
  it("weekdays work, weekends rest", () => {
    expect(isWorkingDay("2026-11-23")).toBe(true); // Monday
    expect(isWorkingDay("2026-11-28")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-29")).toBe(false); // Sunday
  });

  it("holidays are days off", () => {
    for (const day of [
      "2026-01-01",
      "2026-01-02",
      "2026-03-09",
      "2026-05-01",
      "2026-05-07",
      "2026-07-06",
      "2026-10-26",
      "2026-12-16",
    ]) {
      expect(isWorkingDay(day), day).toBe(false);
    }
  });

  it("a holiday on a weekend moves to the next working day; Nauryz 2026 cascades to 24 and 25 March", () => {
    for (const day of ["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25"])
      expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay("2026-03-26")).toBe(true);
    expect(isWorkingDay("2026-03-09")).toBe(false); // 8 March 2026 is a Sunday
    expect(isWorkingDay("2026-10-26")).toBe(false); // 25 October 2026 is a Sunday
    expect(isWorkingDay("2026-05-11")).toBe(false); // 9 May 2026 is a Saturday
  });

  it("Jan 7 and Kurban Ait are never moved", () => {
    expect(isWorkingDay("2024-01-08")).toBe(true); // 7 Jan 2024 was a Sunday: not moved
    expect(isWorkingDay("2024-06-17")).toBe(true); // Kurban Ait 16 Jun 2024 was a Sunday: not moved
    expect(isWorkingDay("2025-06-06")).toBe(false); // Kurban Ait 2025, a Friday
    expect(isWorkingDay("2026-05-27")).toBe(false);
  });

  it("decreed transfers swap a weekend day and a weekday", () => {
    expect(isWorkingDay("2023-07-01")).toBe(true);
    expect(isWorkingDay("2023-07-07")).toBe(false);
    expect(isWorkingDay("2024-05-04")).toBe(true);
    expect(isWorkingDay("2024-05-08")).toBe(false);
    expect(isWorkingDay("2025-01-05")).toBe(true);
    expect(isWorkingDay("2025-01-03")).toBe(false);
  });

  it("Constitution Day: 30 August until 2025, none in 2026, 15 March from 2027 (a Monday)", () => {
    expect(isWorkingDay("2024-08-30")).toBe(false);
    expect(isWorkingDay("2025-09-01")).toBe(false); // 30 Aug 2025 was a Saturday
    expect(daysOff(2026).has("2026-08-30")).toBe(false);
    expect(isWorkingDay("2026-08-31")).toBe(true);
    expect(isWorkingDay("2027-03-15")).toBe(false);
  });

  it("Republic Day from 2022, and 16 December only", () => {
    expect(isWorkingDay("2023-10-25")).toBe(false);
    expect(isWorkingDay("2025-12-16")).toBe(false);
    expect(isWorkingDay("2025-12-17")).toBe(true);
  });
});

describe("Asia/Almaty time", () => {
  it("is UTC+5 since 1 March 2024 and was UTC+6 before", () => {
    expect(toAlmaty(at("2026-11-23T05:00:00Z"))).toMatchObject({ date: "2026-11-23", minutes: 10 * 60 });
    expect(toAlmaty(at("2024-01-10T05:00:00Z"))).toMatchObject({ date: "2024-01-10", minutes: 11 * 60 });
    expect(fromAlmaty("2026-11-25", 18 * 60).toISOString()).toBe("2026-11-25T13:00:00.000Z");
    expect(fromAlmaty("2024-01-10", 9 * 60).toISOString()).toBe("2024-01-10T03:00:00.000Z");
  });
});

describe("registration time", () => {
  it("inside working hours: the submission time", () => {
    expect(computeRegisteredAt(at("2026-11-23T05:00:00Z")).toISOString()).toBe("2026-11-23T05:00:00.000Z");
  });
  it("before 09:00 on a working day: 09:00 that day", () => {
    expect(computeRegisteredAt(at("2026-11-23T02:30:00Z")).toISOString()).toBe("2026-11-23T04:00:00.000Z");
  });
  it("at or after 18:00: 09:00 the next working day", () => {
    expect(computeRegisteredAt(at("2026-11-23T13:00:00Z")).toISOString()).toBe("2026-11-24T04:00:00.000Z");
    // Friday evening → Monday
    expect(computeRegisteredAt(at("2026-11-27T14:00:00Z")).toISOString()).toBe("2026-11-30T04:00:00.000Z");
  });
  it("worked example: submitted Sat 2026-03-21 12:00 → registered Thu 2026-03-26 09:00", () => {
    expect(computeRegisteredAt(fromAlmaty("2026-03-21", 12 * 60))).toEqual(fromAlmaty("2026-03-26", 9 * 60));
  });
});

describe("result-ready dates", () => {
  it(
    "worked example: birth registration, 2 working days from Mon 2026-11-23 10:00 → " +
      "Wed 2026-11-25 18:00",
    () => {
      expect(computeResultDueAt(fromAlmaty("2026-11-23", 10 * 60), working(2))).toEqual(
        fromAlmaty("2026-11-25", 18 * 60),
      );
    },
  );
  it(
    "worked example: corrections, 15 calendar days from Fri 2026-12-04 → Sat 19th → " +
      "Mon 2026-12-21 18:00",
    () => {
      expect(computeResultDueAt(fromAlmaty("2026-12-04", 11 * 60), calendar(15))).toEqual(
        fromAlmaty("2026-12-21", 18 * 60),
      );
    },
  );
  it("working-day terms skip holidays", () => {
    // Registered Fri 2026-03-20: Mar 21–25 are off, so days 1–7 are Mar 26, 27, 30, 31, Apr 1, 2, 3.
    expect(lastDayOfTerm("2026-03-20", working(7))).toBe("2026-04-03");
  });
  it("counting the acceptance day when the rule says so", () => {
    expect(lastDayOfTerm("2026-11-23", { amount: 2, unit: "working_days", countAcceptanceDay: true })).toBe(
      "2026-11-24",
    );
    expect(lastDayOfTerm("2026-11-23", { amount: 15, unit: "calendar_days", countAcceptanceDay: true })).toBe(
      "2026-12-07",
    );
  });
  it("an extension is a new term counted from registration: 30 calendar days", () => {
    // Day 30 is Sun 3 Jan 2027; Mon 4 Jan is off too (2 Jan, a Saturday, moves to it) → Tue 5 Jan.
    expect(lastDayOfTerm("2026-12-04", calendar(30))).toBe("2027-01-05");
  });
  it("Independence Day on a Saturday moves to Monday", () => {
    expect(daysOff(2023).has("2023-12-16")).toBe(true);
    expect(isWorkingDay("2023-12-18")).toBe(false);
    expect(isWorkingDay("2023-12-19")).toBe(true);
  });
});
