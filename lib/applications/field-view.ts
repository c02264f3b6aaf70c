import type { Choices, FieldDef } from "@/lib/services/forms/types";

/** A form field as a step or the review shows it: translated label, hint and choices, the starting value. */
export type StepFieldView = FieldDef & {
  label: string;
  hint?: string;
  choices?: Array<{ value: string; label: string }>;
  initial: string;
  /**
   * For a question asked only given an answer on the same step: when it applies, in words (shown where
   * the page cannot show and hide it as the answer changes, i.e. without JavaScript).
   */
  askedHint?: string;
};

/** The options a step's fields draw from the state systems, as the step's schema checks them. */
export function choicesOf(fields: StepFieldView[]): Choices {
  const choices: Choices = { actRecords: [], family: [] };
  for (const field of fields) if (field.optionsFrom) choices[field.optionsFrom] = field.choices ?? [];
  return choices;
}

/** Whether a question depends on an answer given on the same step (the page cannot know it in advance). */
export function dependsOnStep(field: FieldDef, fields: FieldDef[]): boolean {
  const condition = field.when;
  if (!condition || !("field" in condition)) return false;
  return fields.some((other) => other.name === condition.field);
}
