import type { z } from "zod";

/** Field → message key, from a zod error (first message per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    // Root-level issues (a body that is not an object) have no field; the caller answers generically.
    if (issue.path.length === 0) continue;
    const field = String(issue.path[0]);
    // Our messages are catalogue keys ("iin.checksum"); zod's own (wrong types) become a generic one.
    result[field] ??= /^[a-zA-Z]+\.[a-zA-Z]+$/.test(issue.message) ? issue.message : "codes.validation";
  }
  return result;
}
