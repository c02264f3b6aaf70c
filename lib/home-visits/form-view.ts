export type Option = { value: string; label: string };

/** What the home-visit form shows, translated (built by the entry layer, drawn by the component). */
export type HomeVisitFormView = {
  mode: "self" | "other" | "operator";
  idempotencyKey: string;
  defaults: { address: string; phone: string };
  services: Option[];
  days: Option[];
  windows: Option[];
  needs: Option[];
  healthReasons: Option[];
  authorities: Option[];
  labels: Record<
    | "summaryTitle"
    | "service"
    | "serviceHint"
    | "healthReason"
    | "healthReasonText"
    | "healthReasonTextHint"
    | "childBirthDate"
    | "childBirthDateHint"
    | "applicantIin"
    | "applicantIinHint"
    | "authority"
    | "powerOfAttorney"
    | "powerOfAttorneyHint"
    | "address"
    | "addressHint"
    | "phone"
    | "phoneHint"
    | "slotsLegend"
    | "slotsHint"
    | "slotDate"
    | "slotWindow"
    | "choose"
    | "needs"
    | "needsOther"
    | "note"
    | "submit",
    string
  >;
};
