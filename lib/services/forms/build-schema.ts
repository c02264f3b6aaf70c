import { z } from "zod";
import { iinProblem } from "@/lib/iin/iin-field";
import { isRealDate } from "@/lib/iin/parse-iin";
import { isStorableText, UNSTORABLE_TEXT } from "@/lib/forms/safe-text";
import type { Choices, Condition, Facts, FieldDef, StepDef } from "./types";

/** Whether a field is asked, given the answers so far and the facts from the state systems. */
export function isAsked(field: FieldDef, data: Record<string, string>, facts: Facts): boolean {
  const condition: Condition | undefined = field.when;
  if (!condition) return true;
  if ("fact" in condition) return facts[condition.fact];
  const value = data[condition.field] ?? "";
  if (condition.equals !== undefined) return value === condition.equals;
  if (condition.notEquals !== undefined) return value !== "" && value !== condition.notEquals;
  return true;
}

function fieldSchema(field: FieldDef, choices: Choices, today: string) {
  const base = z
    .string({ error: "field.required" })
    .optional()
    .transform((value) => (value ?? "").trim());
  return base.superRefine((value, context) => {
    const fail = (message: string) => context.addIssue({ code: "custom", message });
    if (value === "") {
      if (field.required)
        fail(field.kind === "choice" || field.kind === "consent" ? "field.choose" : "field.required");
      return;
    }
    if (value.length > (field.maxLength ?? 200)) return fail("field.tooLong");
    if (!isStorableText(value)) return fail(UNSTORABLE_TEXT);
    if (field.kind === "date") {
      const [year, month, day] = value.split("-").map(Number);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(year!, month!, day!)) return fail("field.date");
      if (value > today) return fail("field.dateFuture");
    }
    if (field.kind === "iin") {
      const problem = iinProblem(value);
      if (problem) return fail(problem);
    }
    if (field.kind === "consent" && value !== "yes") return fail("field.choose");
    const options =
      field.options ?? (field.optionsFrom ? choices[field.optionsFrom].map((option) => option.value) : null);
    if (field.kind === "choice" && options && !options.includes(value)) return fail("field.choose");
    if (field.pattern === "year" && !/^(19|20)\d{2}$/.test(value)) return fail("field.year");
  });
}

/**
 * The zod schema of one step, built from the service's form data. The same builder runs for the page
 * and for the JSON API, so a field is validated the same way wherever it comes from.
 */
export function stepSchema(
  step: StepDef,
  context: { data: Record<string, string>; facts: Facts; choices: Choices; today: string },
) {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const field of step.fields) {
    if (isAsked(field, { ...context.data }, context.facts))
      shape[field.name] = fieldSchema(field, context.choices, context.today);
  }
  return z.object(shape);
}
