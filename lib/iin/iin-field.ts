import { z } from "zod";
import { parseIin } from "./parse-iin";

/** An IIN as people type it: spaces between the digit groups are allowed and dropped. */
export const normaliseIin = (value: string) => value.replace(/\s+/g, "");

/**
 * The one IIN check of every form and API body: the message key (under `errors`) an answer fails
 * with, or null when it is a valid IIN. The answer must be normalised first.
 */
export function iinProblem(value: string): `iin.${string}` | null {
  if (value === "") return "iin.required";
  const parsed = parseIin(value);
  return parsed.valid ? null : `iin.${parsed.reason}`;
}

/** The IIN field schema: normalised, then checked by `iinProblem`. */
export const iinField = z
  .string({ error: "iin.required" })
  .transform(normaliseIin)
  .superRefine((value, context) => {
    const problem = iinProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
