import { z } from "zod";

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. PostgreSQL refuses NUL
 * in text and JSON, and nobody types the others: a form or API value with one is refused at the boundary.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether a string can be stored as text: no control characters and no lone UTF-16 surrogate. */
export function isStorableText(value: string): boolean {
  return !CONTROL.test(value) && value.isWellFormed();
}

/** The message key (under `errors`) for a string that cannot be stored. */
export const UNSTORABLE_TEXT = "field.characters";

/**
 * The one string schema for free text from outside (forms and API bodies): at most `max` characters
 * (after trimming, with `trim`), nothing PostgreSQL cannot store. Further rules chain on it.
 */
export function safeText(max: number, options: { trim?: boolean } = {}) {
  const base = z.string({ error: "field.required" });
  return (options.trim ? base.trim() : base)
    .max(max, "field.tooLong")
    .refine(isStorableText, UNSTORABLE_TEXT);
}
