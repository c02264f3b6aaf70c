import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stepSchema } from "./forms/build-schema";
import { findService, getService, isServiceId, serviceIds, services, storedService } from "./registry";
import { requestNumber } from "./request-number";
import { resultDateFor, termFor } from "./result-date";

const root = path.resolve(import.meta.dirname, "../..");

describe("the service registry (lib/services/catalogue)", () => {
  it("the committed index lists every service file (npm run services:index)", () => {
    expect(() =>
      execFileSync("node", ["scripts/services-index.mjs", "--check"], { cwd: root, stdio: "pipe" }),
    ).not.toThrow();
  });

  it("lists the services in catalogue order, each file named by its id", () => {
    expect(serviceIds).toEqual([
      "birth-registration",
      "record-correction",
      "record-restoration",
      "foster-care",
      "adoption-registry",
    ]);
    for (const service of services) expect(getService(service.id)).toBe(service);
  });

  it("checks untrusted ids", () => {
    expect(isServiceId("foster-care")).toBe(true);
    expect(isServiceId("toString")).toBe(false);
    expect(findService("no-such-service")).toBeNull();
    expect(() => storedService("no-such-service")).toThrow();
  });

  it("evaluates the named late-registration condition, not an id", () => {
    const birth = getService("birth-registration");
    expect(termFor(birth, { lateRegistration: false })).toBe(birth.term);
    expect(termFor(birth, { lateRegistration: true })).toEqual({
      amount: 15,
      unit: "calendar_days",
      countAcceptanceDay: false,
    });
    const correction = getService("record-correction");
    expect(termFor(correction, { lateRegistration: true })).toBe(correction.term);
    // Submitted Mon 23 Nov 2026 10:00 local: registered then; 2 working days → Wed 25 Nov, 18:00.
    const dates = resultDateFor(birth, new Date("2026-11-23T05:00:00Z"));
    expect(dates.registeredAt.toISOString()).toBe("2026-11-23T05:00:00.000Z");
    expect(dates.dueAt.toISOString()).toBe("2026-11-25T13:00:00.000Z");
  });

  it("numbers requests with the prefix of the service file", () => {
    const now = new Date("2026-11-23T20:00:00Z");
    expect(requestNumber("birth-registration", now)).toMatch(/^BR-20261124-\d{6}$/);
    expect(requestNumber("adoption-registry", now)).toMatch(/^AR-20261124-\d{6}$/);
  });

  it("validates a year by the field's pattern", () => {
    const [step] = getService("record-restoration").form.steps;
    const schema = stepSchema(step!, {
      data: {},
      facts: { lateRegistration: false, married: false },
      choices: { actRecords: [], family: [{ value: "x", label: "x" }] },
      today: "2026-11-23",
    });
    const answer = {
      actKind: "birth",
      subjectIin: "x",
      registeredPlace: "Oral",
      registeredYear: "1875",
      lossReason: "Fire",
    };
    const failed = schema.safeParse(answer);
    expect(failed.success ? [] : failed.error.issues.map((issue) => issue.message)).toEqual(["field.year"]);
    expect(schema.safeParse({ ...answer, registeredYear: "1975" }).success).toBe(true);
  });
});
