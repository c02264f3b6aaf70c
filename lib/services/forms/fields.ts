import type { FieldDef } from "./types";

/** A required one-line text field (at most 200 characters unless `extra` says otherwise). */
export const text = (name: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  name,
  kind: "text",
  required: true,
  maxLength: 200,
  ...extra,
});

/** A required multi-line text field (at most 2,000 characters). */
export const area = (name: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  name,
  kind: "textarea",
  required: true,
  maxLength: 2000,
  ...extra,
});
