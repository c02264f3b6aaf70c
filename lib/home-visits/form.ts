import { z } from "zod";
import { iinProblem } from "@/lib/iin";
import { homeVisitRequestSchema, visitFieldErrors } from "./schemas";

/** What the form is read from: the posted FormData on the server, the form's values in the browser. */
export type FormReader = { get(name: string): unknown; getAll(name: string): unknown[] };

/** Reads the home-visit form into the API's shape (the one schema checks both). */
export function visitInputFromForm(formData: FormReader, mode: "self" | "other" | "operator") {
  const text = (name: string) => String(formData.get(name) ?? "").trim();
  const preferredSlots = [1, 2, 3]
    .map((index) => ({ date: text(`slot${index}Date`), window: text(`slot${index}Window`) }))
    .filter((slot) => slot.date || slot.window)
    .map((slot) => ({
      date: slot.date,
      from: slot.window.split("-")[0] ?? "",
      to: slot.window.split("-")[1] ?? "",
    }));
  const needs = formData.getAll("needs").map(String);
  return {
    serviceId: text("serviceId"),
    healthReason: text("healthReason"),
    healthReasonText: text("healthReasonText") || undefined,
    childBirthDate: text("childBirthDate") || undefined,
    address: text("address"),
    phone: text("phone").replace(/[\s()-]/g, ""),
    preferredSlots,
    needs,
    needsOther: text("needsOther") || undefined,
    note: text("note") || undefined,
    onBehalfOf:
      mode === "other"
        ? {
            iin: text("applicantIin"),
            authority: text("authority"),
            powerOfAttorney: text("powerOfAttorney") || undefined,
          }
        : undefined,
  };
}

/** What the form echoes back after an error, so nothing typed is lost. */
export function visitFormEcho(formData: FormData): Record<string, string> {
  const names = [
    "serviceId",
    "healthReason",
    "healthReasonText",
    "childBirthDate",
    "applicantIin",
    "authority",
    "powerOfAttorney",
    "address",
    "phone",
    "needsOther",
    "note",
    "slot1Date",
    "slot1Window",
    "slot2Date",
    "slot2Window",
    "slot3Date",
    "slot3Window",
  ];
  return {
    ...Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])),
    needs: formData.getAll("needs").map(String).join(","),
  };
}

/** A reader over a form's values (react-hook-form's): one box's value, or the ticked boxes' values. */
export function valuesReader(values: Record<string, unknown>): FormReader {
  const all = (name: string) => {
    const value = values[name];
    return Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
  };
  return { get: (name) => all(name)[0] ?? null, getAll: all };
}

/**
 * The home-visit form's schema by the form's own field names (slot1Date, applicantIin, …): the form
 * read as the server reads it, checked by the request schema, each problem put on its field by the
 * server's own mapping (visitFieldErrors). The browser checks the form with it before posting.
 */
export function visitFormSchema(mode: "self" | "other" | "operator") {
  return z.record(z.string(), z.unknown()).superRefine((values, context) => {
    const parsed = homeVisitRequestSchema.safeParse(visitInputFromForm(valuesReader(values), mode));
    // The operator names the applicant by IIN: requestHomeVisit checks it the same way.
    if (mode === "operator" && iinProblem(String(values.applicantIin ?? "").trim()))
      context.addIssue({ code: "custom", path: ["applicantIin"], message: "visit.iin" });
    if (parsed.success) return;
    for (const [field, message] of Object.entries(visitFieldErrors(parsed.error)))
      context.addIssue({ code: "custom", path: [field], message });
  });
}
