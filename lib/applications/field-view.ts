import type { FieldDef } from "@/lib/services/forms/types";

/** A form field as a step or the review shows it: translated label, hint and choices, the starting value. */
export type StepFieldView = FieldDef & {
  label: string;
  hint?: string;
  choices?: Array<{ value: string; label: string }>;
  initial: string;
};
