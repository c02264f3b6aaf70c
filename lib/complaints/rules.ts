import { randomInt } from "node:crypto";
import { computeRegisteredAt, computeResultDueAt, toAlmaty, type Term } from "@/lib/calendar";
import type { ComplaintSubject } from "@/lib/db/schema";

/**
 * The head of the provider answers within 5 working days of the complaint's registration. Seed 002 §11
 * sends complaints about the provider's decisions, actions and inaction to the order of the Standard's
 * section 3; the seeds do not reproduce that section, so the term is the one issue 12 point 7 gives.
 */
export const COMPLAINT_TERM: Term = { amount: 5, unit: "working_days", countAcceptanceDay: false };

/** What a complaint can be about (seed 002 §11: decisions, actions, inaction). */
export const complaintSubjects = ["request", "decision", "lateStep"] as const satisfies ComplaintSubject[];

/** A complaint filed at any hour is registered in working hours; the answer is due 5 working days later. */
export function complaintDueAt(submittedAt: Date): Date {
  return computeResultDueAt(computeRegisteredAt(submittedAt), COMPLAINT_TERM);
}

/** A complaint's public number: CM, the local date, six random digits (e.g. CM-20261123-012345). */
export function complaintNumber(now: Date): string {
  const date = toAlmaty(now).date.replaceAll("-", "");
  return `CM-${date}-${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/** Statuses in which the request has a decision to complain about. */
const DECIDED = new Set(["refused", "result_ready", "issued", "closed"]);

/**
 * The subject the form starts with: a refusal or result is a "decision"; a request past its due date
 * (the extended one when there is one) without a decision is "lateStep"; otherwise the request itself.
 */
export function suggestedSubject(
  request: { status: string; dueAt: Date | null; extendedDueAt: Date | null },
  now: Date,
): ComplaintSubject {
  if (DECIDED.has(request.status)) return "decision";
  const due = request.extendedDueAt ?? request.dueAt;
  return due && due.getTime() < now.getTime() ? "lateStep" : "request";
}
