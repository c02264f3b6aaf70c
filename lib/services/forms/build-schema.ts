import { z } from "zod";
import { iinProblem } from "@/lib/iin/iin-field";
import { isRealDate } from "@/lib/iin/parse-iin";
import { isStorableText, UNSTORABLE_TEXT } from "@/lib/forms/safe-text";
import type { Choices, Condition, Facts, FieldDef, FormDef, StepDef } from "./types";

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

/**
 * What JSON Schema can say of a field beyond "a string" (the checks themselves run in superRefine):
 * kept on the zod schema as metadata, so z.toJSONSchema carries it (GET /api/v1/services/{id}).
 */
function fieldMeta(field: FieldDef, options: string[] | null) {
  return {
    "x-kind": field.kind,
    maxLength: field.maxLength ?? 200,
    ...(options ? { enum: field.required ? options : ["", ...options] } : {}),
    ...(field.optionsFrom ? { "x-optionsFrom": field.optionsFrom } : {}),
    ...(field.kind === "date" ? { format: "date" } : {}),
    ...(field.kind === "iin" ? { pattern: "^\\d{12}$" } : {}),
    ...(field.kind === "consent" ? { enum: ["yes"] } : {}),
    ...(field.pattern === "year" ? { pattern: "^(19|20)\\d{2}$" } : {}),
    ...(field.when ? { "x-askedWhen": field.when } : {}),
  };
}

function fieldSchema(field: FieldDef, choices: Choices, today: string) {
  const base = z
    .string({ error: "field.required" })
    .optional()
    .transform((value) => (value ?? "").trim());
  const staticOptions = field.options ?? null;
  const checked = base.superRefine((value, context) => {
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
  return checked.meta(fieldMeta(field, staticOptions));
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

/**
 * The whole form as one zod object of every field (each with the checks of the step it is on), for
 * describing it: an applicant's choices are not known here, so fields drawing options from the state
 * systems (`optionsFrom`) carry no enum. Required: the fields always asked and required.
 */
export function formSchema(form: FormDef) {
  const noChoices: Choices = { actRecords: [], family: [] };
  const fields = form.steps.flatMap((step) => step.fields);
  const schema = z.object(
    Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field, noChoices, "9999-12-31")])),
  );
  const required = fields.filter((field) => field.required && !field.when).map((field) => field.name);
  return { schema, required };
}

/** The form as JSON Schema (draft 2020-12), generated from the zod schema the form uses. */
export function formJsonSchema(form: FormDef): Record<string, unknown> {
  const { schema, required } = formSchema(form);
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (context) => {
      if (context.zodSchema === schema) {
        context.jsonSchema.required = required;
      }
    },
  }) as Record<string, unknown>;
}
