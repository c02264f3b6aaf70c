import { z } from "zod";
import { toAlmaty } from "@/lib/calendar";
import { iinProblem } from "@/lib/iin";
import { isRealDate } from "@/lib/iin/parse-iin";
import { safeText } from "@/lib/forms/safe-text";
import { offersChannel } from "@/lib/services/documents";
import { findService, serviceIds } from "@/lib/services/registry";
import { askBirthDateForTerm } from "@/lib/services/result-date";
import { isBookableDay, isWindow } from "./slots";

export const visitNeeds = ["wheelchair", "signLanguage", "lowVision", "hearing", "other"] as const;

/**
 * The health reason the person declares for a home visit: 002 §12 offers it to those whose health is
 * impaired by a persistent disorder of body functions limiting their life activity. A disability group
 * (or a disabled child), or such a disorder without a group, which they then describe.
 */
export const healthReasons = [
  "disabilityGroup1",
  "disabilityGroup2",
  "disabilityGroup3",
  "disabledChild",
  "persistentDisorder",
] as const;

const slot = z.object({ date: z.string(), from: z.string(), to: z.string() });
const text = (max: number) => safeText(max, { trim: true });

/**
 * A home-visit request, one schema for the portal form, the JSON API (POST /api/v1/home-visits) and
 * the operator's phone-call entry. `onBehalfOf` is a helper acting for the applicant: under a notarised
 * power of attorney, or with "consent", which the person gives by the SMS code sent to their own phone.
 */
export const homeVisitRequestSchema = z
  .object({
    serviceId: z.enum(serviceIds, { message: "field.choose" }),
    healthReason: z.enum(healthReasons, { message: "field.choose" }),
    healthReasonText: text(500).optional(),
    /** Birth registration: the child's birth date decides the term (late: 15 calendar days, 002 §5.3). */
    childBirthDate: z.string().trim().optional(),
    address: text(300).min(5, "field.required"),
    phone: z
      .string()
      .trim()
      .regex(/^\+7\d{10}$/, "visit.phone"),
    preferredSlots: z.array(slot).min(1, "visit.slotRequired").max(3),
    needs: z.array(z.enum(visitNeeds)).max(visitNeeds.length).default([]),
    needsOther: text(500).optional(),
    note: text(1000).optional(),
    onBehalfOf: z
      .object({
        iin: z.string().trim(),
        authority: z.enum(["consent", "powerOfAttorney"], { message: "field.choose" }),
        powerOfAttorney: text(40).optional(),
      })
      .optional(),
  })
  .superRefine((value, context) => {
    const service = findService(value.serviceId);
    // Only the services whose regulation names the home visit (002 §12): not 001, not 003.
    if (service && !offersChannel(service, "home-visit"))
      context.addIssue({ code: "custom", path: ["serviceId"], message: "visit.serviceNotOffered" });
    if (value.healthReason === "persistentDisorder" && !value.healthReasonText)
      context.addIssue({ code: "custom", path: ["healthReasonText"], message: "field.required" });
    if (service && askBirthDateForTerm(service)) {
      const date = value.childBirthDate ?? "";
      if (!date) context.addIssue({ code: "custom", path: ["childBirthDate"], message: "field.required" });
      else if (!isPastDate(date))
        context.addIssue({ code: "custom", path: ["childBirthDate"], message: "field.date" });
    }
    value.preferredSlots.forEach((item, index) => {
      if (!isBookableDay(item.date))
        context.addIssue({
          code: "custom",
          path: ["preferredSlots", index, "date"],
          message: "visit.slotDay",
        });
      else if (!isWindow(item.from, item.to))
        context.addIssue({
          code: "custom",
          path: ["preferredSlots", index, "window"],
          message: "visit.slotWindow",
        });
    });
    if (value.needs.includes("other") && !value.needsOther)
      context.addIssue({ code: "custom", path: ["needsOther"], message: "field.required" });
    const behalf = value.onBehalfOf;
    if (!behalf) return;
    if (iinProblem(behalf.iin))
      context.addIssue({ code: "custom", path: ["onBehalfOf", "iin"], message: "visit.iin" });
    if (behalf.authority === "powerOfAttorney" && !behalf.powerOfAttorney)
      context.addIssue({
        code: "custom",
        path: ["onBehalfOf", "powerOfAttorney"],
        message: "field.required",
      });
  });

function isPastDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(year!, month!, day!)) return false;
  return value <= toAlmaty(new Date()).date;
}

export type HomeVisitRequest = z.infer<typeof homeVisitRequestSchema>;

/** Field errors by the form's field names (slot1Date, applicantIin, …) from the schema's paths. */
export function visitFieldErrors(error: z.ZodError): Record<string, string> {
  const names: Record<string, string> = {
    iin: "applicantIin",
    authority: "authority",
    powerOfAttorney: "powerOfAttorney",
  };
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const [first, second, third] = issue.path.map(String);
    const field =
      first === "preferredSlots"
        ? second === undefined
          ? "slot1Date"
          : `slot${Number(second) + 1}${third === "window" ? "Window" : "Date"}`
        : first === "onBehalfOf"
          ? (names[second ?? ""] ?? "applicantIin")
          : (first ?? "");
    if (!field) continue;
    result[field] ??= /^[a-zA-Z]+\.[a-zA-Z]+$/.test(issue.message) ? issue.message : "codes.validation";
  }
  return result;
}
