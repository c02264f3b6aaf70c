import { z } from "zod";
import { iinProblem } from "@/lib/iin";
import { safeText } from "@/lib/forms/safe-text";
import { serviceIds } from "@/lib/services/registry";
import { isBookableDay, isWindow } from "./slots";

export const visitNeeds = ["wheelchair", "signLanguage", "lowVision", "hearing", "other"] as const;

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
