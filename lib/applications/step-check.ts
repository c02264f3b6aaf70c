import { stepSchema } from "@/lib/services/forms/build-schema";
import type { Choices, Facts, StepDef } from "@/lib/services/forms/types";

/** What a step is checked against besides its answers: the saved answers, the applicant's context. */
export type StepCheckContext = {
  saved: Record<string, string>;
  facts: Facts;
  choices: Choices;
  today: string;
};

/** The string answers of a posted step (anything else a client sends is not an answer). */
export function stringAnswers(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/**
 * The schema one step's answers are checked with, on the server (saveStep) and in the browser (the
 * step form's resolver) alike: the questions asked given the saved answers under the posted ones and
 * the facts. A question that does not apply is not in the schema, so its answer is dropped, not checked.
 */
export function answersSchema(step: StepDef, input: Record<string, unknown>, context: StepCheckContext) {
  const data = { ...context.saved, ...stringAnswers(input) };
  return stepSchema(step, { data, facts: context.facts, choices: context.choices, today: context.today });
}
