import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import { answersSchema, type StepCheckContext } from "@/lib/applications/step-check";
import type { StepDef } from "@/lib/services/forms/types";

/**
 * A form's values as the server reads the posted form: an unanswered radio group or an unticked box is
 * "", a ticked single box its value, several boxes their values joined by commas.
 */
export function postedValues(values: FieldValues): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "string" ? value : Array.isArray(value) ? value.map(String).join(",") : "",
    ]),
  );
}

/**
 * A service form step's resolver: the schema the server saves the step with (answersSchema), rebuilt
 * for the answers as they are now, so a question that stops applying stops being checked.
 */
export function stepResolver(step: StepDef, context: StepCheckContext): Resolver<FieldValues> {
  return (values, resolverContext, options) => {
    const answers = postedValues(values);
    return zodResolver(answersSchema(step, answers, context))(answers, resolverContext, options);
  };
}
