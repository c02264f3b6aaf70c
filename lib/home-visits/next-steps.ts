import { computeRegisteredAt, computeResultDueAt, fromAlmaty, isWorkingDay, toAlmaty } from "@/lib/calendar";
import { WORKDAY_END_MINUTES } from "@/lib/calendar/deadlines";
import { addDays } from "@/lib/calendar/local-date";
import type { HomeVisitStatus, PreferredSlot } from "@/lib/db/schema";
import { BOOKING_HORIZON_DAYS, windowInstants } from "./slots";

/**
 * What happens next after a home-visit request, and by when (shown on its confirmation page):
 * - `consent`: a helper asked with the person's consent; the person enters the code sent by SMS first.
 * - `call`: an operator of the unified contact centre (002 §12: 1414, 8 800 080 7777) calls to agree the
 *   visit, by the end of the working day after the request is registered. Registration follows the
 *   portal's working-hours rule (docs calendar.md "Registration time"); the one working day is the
 *   portal's own promise: the seeds set no term for the call.
 * - `visit`: the visit is on one of the chosen times (`from` the earliest, `to` the end of the latest);
 *   when none is free, on another working day within the booking horizon (BOOKING_HORIZON_DAYS, the
 *   days the operator can book, lib/home-visits/slots.ts) counted from the request: by `latest`.
 * - `scheduled`: the visit is booked (`from`–`to`, `employee`).
 * - `documents`: have the documents ready for the employee (002 §12: they are accepted at home).
 * - `request`: the documents were taken and the request registered: follow it in the cabinet.
 */
export type VisitNextStep =
  | { kind: "consent" }
  | { kind: "call"; by: Date }
  | { kind: "visit"; from: Date; to: Date; latest: Date }
  | { kind: "scheduled"; from: Date; to: Date; employee: string | null }
  | { kind: "documents" }
  | { kind: "request" };

export type VisitForNextSteps = {
  status: HomeVisitStatus;
  /** When the request reached the operator (created, or confirmed by the person's code). */
  requestedAt: Date;
  preferredSlots: PreferredSlot[];
  scheduledFrom: Date | null;
  scheduledTo: Date | null;
  employee: string | null;
};

const ONE_WORKING_DAY = { amount: 1, unit: "working_days", countAcceptanceDay: false } as const;

/** The operator's call: by 18:00 of the working day after the request is registered. */
export function callDeadline(requestedAt: Date): Date {
  return computeResultDueAt(computeRegisteredAt(requestedAt), ONE_WORKING_DAY);
}

/** The last working day within the booking horizon from the request's day, at the end of work. */
export function latestVisitDay(requestedAt: Date): Date {
  let day = addDays(toAlmaty(requestedAt).date, BOOKING_HORIZON_DAYS);
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return fromAlmaty(day, WORKDAY_END_MINUTES);
}

function preferredRange(slots: PreferredSlot[]): { from: Date; to: Date } | null {
  const instants = slots.map((slot) => windowInstants(slot.date, slot.from, slot.to));
  if (!instants.length) return null;
  return {
    from: new Date(Math.min(...instants.map((slot) => slot.from.getTime()))),
    to: new Date(Math.max(...instants.map((slot) => slot.to.getTime()))),
  };
}

export function visitNextSteps(visit: VisitForNextSteps): VisitNextStep[] {
  switch (visit.status) {
    case "awaiting_consent":
      return [{ kind: "consent" }, { kind: "documents" }];
    case "requested": {
      const range = preferredRange(visit.preferredSlots);
      const latest = latestVisitDay(visit.requestedAt);
      return [
        { kind: "call", by: callDeadline(visit.requestedAt) },
        ...(range ? [{ kind: "visit" as const, ...range, latest }] : []),
        { kind: "documents" },
      ];
    }
    case "scheduled":
      return visit.scheduledFrom && visit.scheduledTo
        ? [
            { kind: "scheduled", from: visit.scheduledFrom, to: visit.scheduledTo, employee: visit.employee },
            { kind: "documents" },
          ]
        : [{ kind: "documents" }];
    case "completed":
      return [{ kind: "request" }];
    default:
      return [];
  }
}
