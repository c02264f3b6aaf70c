import type { HomeVisitStatus } from "@/lib/db/schema/home-visits";

const DAY_MS = 24 * 3600 * 1000;

/**
 * The applicant (or their helper) may cancel a visit or ask to move it while it is not scheduled yet,
 * or while its start is more than 24 hours away (issue 13, point 5): after that the employee is on
 * the way, and only the 1414 contact centre can change it.
 */
export function applicantMayChange(
  visit: { status: HomeVisitStatus; scheduledFrom: Date | null },
  now: Date,
) {
  if (visit.status === "awaiting_consent" || visit.status === "requested") return true;
  if (visit.status !== "scheduled" || !visit.scheduledFrom) return false;
  return visit.scheduledFrom.getTime() - now.getTime() > DAY_MS;
}
