import { z } from "zod";
import { issueKeySchema } from "@/lib/eds/schemas";
import { codeField, currentPasswordField } from "./schemas";

/** A checkbox posted by a form ("1"/"on", absent when unticked) or a JSON boolean. */
const flag = z
  .union([z.boolean(), z.enum(["", "0", "1", "on", "true", "false"])], { error: "codes.validation" })
  .optional()
  .transform((value) => value === true || value === "1" || value === "on" || value === "true");

/** The second sign-in step: the SMS code, and whether to remember this device for 30 days. */
export const signInConfirmSchema = z.object({
  confirmationId: z.string().uuid("code.expired"),
  code: codeField,
  remember: flag,
});

/** Key issue, step 1: the key type and the account password again (re-authentication). */
export const keyIssueStartSchema = z.object({
  kind: issueKeySchema.shape.kind,
  accountPassword: currentPasswordField,
});

/** Key issue, step 2: the SMS code and the password that will protect the new key file. */
export const keyIssueConfirmSchema = issueKeySchema.extend({
  confirmationId: z.string().uuid("code.expired"),
  code: codeField,
});
