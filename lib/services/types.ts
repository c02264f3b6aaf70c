import type { Term } from "@/lib/calendar";

export const serviceIds = [
  "birth-registration",
  "record-correction",
  "record-restoration",
  "foster-care",
  "adoption-registry",
] as const;
export type ServiceId = (typeof serviceIds)[number];

/** How long one provider step may take: minutes of clock time, or days as a term is counted. */
export type StepLimit = { minutes: number } | { amount: number; unit: "working_days" | "calendar_days" };
export type ProviderStep = "register" | "assign" | "review" | "sign" | "issue";

export type DocumentRequirement = "required" | "optional" | "conditional";

/**
 * One public service, as data. Texts live in messages under services.<messageKey>; the regulations'
 * numbers (terms, steps) live here with their source, so a new edition changes data, not code.
 */
export type ServiceDefinition = {
  id: ServiceId;
  messageKey:
    "birthRegistration" | "recordCorrection" | "recordRestoration" | "fosterCare" | "adoptionRegistry";
  provider: "civil-registry" | "education-department";
  term: Term;
  /** A different term when a condition of the form holds (e.g. a birth registered late). */
  alternativeTerms: Array<{ condition: string; term: Term }>;
  extension: Term | null;
  fee: { kind: "free" } | { kind: "state-duty"; mciShare: number };
  documents: Array<{ id: string; requirement: DocumentRequirement }>;
  /** Portal condition 3: the civil registry must hold an act record, or the request is refused at once. */
  requiresActRecord: boolean;
  legalBasis: { source: string; edition: string };
  /** The regulation's limit for each provider step (clerk, head, executor, head, clerk). */
  steps: Record<ProviderStep, StepLimit>;
};
