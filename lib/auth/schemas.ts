import { z } from "zod";
import { iinField } from "@/lib/iin/iin-field";

/**
 * The one set of field schemas for identity forms and API bodies, client and server alike.
 * Messages are keys under `errors` in messages/*.json; screens and the API translate them.
 */
export { iinField };

/** Kazakhstan mobile number, normalised to +7XXXXXXXXXX; accepts 8 7XX…, +7 (7XX) …, spaces and dashes. */
export const phoneField = z
  .string({ error: "phone.required" })
  .transform((value) => value.replace(/[\s()-]/g, ""))
  .transform((value) => (value.startsWith("8") && value.length === 11 ? `+7${value.slice(1)}` : value))
  .refine((value) => value !== "", "phone.required")
  .refine((value) => /^\+77[0-9]{9}$/.test(value), "phone.format");

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/**
 * NIST SP 800-63B: length, any Unicode, no composition rules; the common-password list is checked on the
 * server.
 */
export const newPasswordField = z
  .string({ error: "password.required" })
  .refine((value) => value.length > 0, "password.required")
  .refine((value) => [...value].length >= PASSWORD_MIN, "password.tooShort")
  .refine((value) => [...value].length <= PASSWORD_MAX, "password.tooLong");

export const currentPasswordField = z
  .string({ error: "password.required" })
  .min(1, "password.required")
  .max(PASSWORD_MAX * 4, "password.tooLong");

export const codeField = z
  .string({ error: "code.required" })
  .transform((value) => value.replace(/\s+/g, ""))
  .refine((value) => /^[0-9]{6}$/.test(value), "code.format");

export const registerSchema = z.object({ iin: iinField, phone: phoneField, password: newPasswordField });
export const confirmSchema = z.object({ confirmationId: z.string().uuid("code.expired"), code: codeField });
export const signInSchema = z.object({ iin: iinField, password: currentPasswordField });
export const resetRequestSchema = z.object({ iin: iinField, phone: phoneField });
export const resetConfirmSchema = z.object({
  confirmationId: z.string().uuid("code.expired"),
  code: codeField,
  password: newPasswordField,
});
export const changePasswordSchema = z.object({
  currentPassword: currentPasswordField,
  newPassword: newPasswordField,
});
export const edsSignInSchema = z.object({
  // A challenge is a base64url token (tokens.ts); anything else cannot be one and never reaches SQL.
  challenge: z
    .string()
    .min(16)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/),
  cms: z.string().min(1).max(100_000),
});
