import type { InspectionNote } from "@/lib/office/inspections";
import type { WorkflowAction } from "@/lib/workflow/status-machine";

/**
 * The notices an office page may show after an action ("Registered.", "Password changed."). The URL
 * carries only the key (`?done=register`); the page shows the translated text for a key of this fixed
 * set and ignores anything else, so no one can put their own words on a staff member's screen.
 */
export const officeNotices = [
  "register",
  "refuseIntake",
  "assign",
  "extend",
  "prepareResult",
  "prepareRefusal",
  "sign",
  "issue",
  "passwordChanged",
  "prepareConclusion",
  "approveConclusion",
  "sendToRegisteringBody",
  "registerRestored",
  "refuseRestoration",
  "inspectionScheduled",
  "inspectionRecorded",
] as const satisfies ReadonlyArray<WorkflowAction | "passwordChanged" | InspectionNote>;
export type OfficeNotice = (typeof officeNotices)[number];

/** The operator's notices on a home visit's page. */
export const visitNotices = ["scheduled", "cancelled", "completed"] as const;
export type VisitNotice = (typeof visitNotices)[number];

const pick =
  <Key extends string>(keys: readonly Key[]) =>
  (value: unknown): Key | null =>
    keys.find((key) => key === value) ?? null;

/** The notice key from `?done=`, or null for anything not in the set (free text included). */
export const officeNotice = pick(officeNotices);
export const visitNotice = pick(visitNotices);
