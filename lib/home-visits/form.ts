/** Reads the home-visit form into the API's shape (the one schema checks both). */
export function visitInputFromForm(formData: FormData, mode: "self" | "other" | "operator") {
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
