import { AppError } from "@/lib/errors";
import type { WorkflowAction } from "@/lib/workflow/status-machine";

/** The staff's workflow actions that refuse the applicant: they need the "I confirm" box. */
export const CONFIRMED_ACTIONS: ReadonlySet<WorkflowAction> = new Set([
  "refuseIntake",
  "prepareRefusal",
  "refuseRestoration",
]);

/**
 * A destructive action goes ahead only with its "I confirm" box (`confirm=1`) ticked; without it the
 * form answers at the box (and at an empty reason, when one is needed, so both show at once).
 */
export function requireConfirmation(input: Record<string, string | undefined>, reasonNeeded = false): void {
  if (input.confirm === "1") return;
  const errors: Record<string, string> = { confirm: "field.confirm" };
  if (reasonNeeded && !input.reason?.trim()) errors.reason = "field.required";
  throw new AppError("validation", errors);
}
