import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import en from "@/messages/en.json";
import {
  createApplicationSchema,
  listQuerySchema,
  patchApplicationSchema,
  submitApplicationSchema,
} from "@/lib/applications/schemas";
import {
  changePasswordSchema,
  confirmSchema,
  edsSignInSchema,
  registerSchema,
  resetConfirmSchema,
  resetRequestSchema,
  signInSchema,
} from "@/lib/auth/schemas";
import { staffSignInSchema } from "@/lib/auth/staff-auth";
import { issueKeySchema } from "@/lib/eds/schemas";
import { fieldErrors } from "@/lib/forms/field-errors";
import { pageParam } from "@/lib/forms/page-param";
import { homeVisitRequestSchema, visitFieldErrors } from "@/lib/home-visits/schemas";
import { documentNumberSchema } from "@/lib/results/verify-document";
import { stepSchema } from "@/lib/services/forms/build-schema";
import { services } from "@/lib/services/registry";
import { resultDateQuerySchema } from "@/lib/services/result-date-query";

const RUNS = 1000;

/** Whether `errors.<key>` is a message of the catalogue (the API and the forms translate under `errors`). */
function isMessage(key: string): boolean {
  let node: unknown = en.errors;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = Object.getOwnPropertyDescriptor(node, part)?.value;
  }
  return typeof node === "string";
}

/** Strings an attacker sends: NUL and other controls, lone surrogates, RTL overrides, huge numbers. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "\ud800", "\u202Egnp.exe", "1e308", "-0", "NaN", "9".repeat(400)),
  fc.constantFrom("9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "__proto__", "constructor", ""),
  fc.string({ unit: "grapheme", maxLength: 3000 }),
);
const value = fc.oneof(
  nasty,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true }),
);

/** Objects with the schema's own keys (so the deeper rules run) and any other keys, nested values too. */
function inputsFor(keys: string[]) {
  return fc.oneof(
    value,
    fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] }),
    fc.record(Object.fromEntries(keys.map((key) => [key, nasty]))),
    fc.dictionary(fc.oneof(fc.constantFrom(...keys), nasty), value, { maxKeys: 8 }),
  );
}

function keysOf(schema: z.ZodType): string[] {
  const shape = "shape" in schema ? schema.shape : undefined;
  return typeof shape === "object" && shape !== null ? Object.keys(shape) : ["value"];
}

/**
 * Parses or fails, never throws; a failure names only messages that exist, before and after the
 * boundary's own mapping to field errors.
 */
function checkSchema(
  schema: z.ZodType,
  keys: string[],
  mapErrors: (error: z.ZodError) => Record<string, string> = fieldErrors,
  extra: fc.Arbitrary<unknown>[] = [],
) {
  fc.assert(
    fc.property(fc.oneof(inputsFor(keys), ...extra), (input) => {
      const parsed = schema.safeParse(input);
      if (parsed.success) return;
      for (const issue of parsed.error.issues)
        if (/^[a-zA-Z]+\.[a-zA-Z_]+$/.test(issue.message))
          expect(isMessage(issue.message), issue.message).toBe(true);
      for (const key of Object.values(mapErrors(parsed.error))) expect(isMessage(key), key).toBe(true);
    }),
    { numRuns: RUNS },
  );
}

const schemas: Record<string, z.ZodType> = {
  registerSchema,
  confirmSchema,
  signInSchema,
  resetRequestSchema,
  resetConfirmSchema,
  changePasswordSchema,
  edsSignInSchema,
  staffSignInSchema,
  issueKeySchema,
  createApplicationSchema,
  patchApplicationSchema,
  submitApplicationSchema,
  listQuerySchema,
  documentNumberSchema,
  resultDateQuerySchema,
};

describe("every zod schema at a boundary takes any input without throwing (fast-check)", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: parses or fails with messages of the catalogue`, () => checkSchema(schema, keysOf(schema)));
  }

  it("the home-visit request (portal, API and operator): parses or fails with catalogue messages", () => {
    const slot = fc.record({ date: nasty, from: nasty, to: nasty });
    const behalf = fc.record({
      iin: nasty,
      authority: fc.constantFrom("consent", "powerOfAttorney", "x"),
      consent: fc.boolean(),
      powerOfAttorney: nasty,
    });
    const shaped = fc.record(
      {
        serviceId: fc.oneof(fc.constantFrom(...services.map((service) => service.id)), nasty),
        healthReason: fc.oneof(fc.constantFrom("disabilityGroup1", "persistentDisorder"), nasty),
        healthReasonText: nasty,
        childBirthDate: fc.oneof(fc.constant("2026-01-05"), nasty),
        address: nasty,
        phone: fc.oneof(fc.constant("+77011234567"), nasty),
        preferredSlots: fc.array(fc.oneof(slot, value), { maxLength: 5 }),
        needs: fc.array(fc.oneof(fc.constantFrom("wheelchair", "other"), nasty), { maxLength: 6 }),
        needsOther: nasty,
        note: nasty,
        onBehalfOf: fc.oneof(behalf, value),
      },
      { requiredKeys: [] },
    );
    checkSchema(homeVisitRequestSchema, keysOf(homeVisitRequestSchema), visitFieldErrors, [shaped]);
  });

  it("the page number of lists: a whole number from 1 to 10,000, or a catalogue message", () => {
    checkSchema(pageParam, ["page"], (error) => ({ page: error.issues[0]!.message }));
    expect(pageParam.safeParse("1e308").success).toBe(false);
    expect(pageParam.safeParse("2").data).toBe(2);
  });

  for (const service of services) {
    for (const step of service.form.steps) {
      it(`the form step ${service.id}/${step.id}: parses or fails with catalogue messages`, () => {
        const choices = {
          actRecords: [{ value: "act-1", label: "Act 1" }],
          family: [{ value: "980101300123", label: "Child" }],
        };
        for (const facts of [
          { lateRegistration: false, married: false },
          { lateRegistration: true, married: true },
        ]) {
          const schema = stepSchema(step, { data: {}, facts, choices, today: "2026-06-01" });
          checkSchema(schema, keysOf(schema));
        }
      });
    }
  }
});

describe("NUL and other control characters never reach SQL", () => {
  it("are refused with the translated field message in API bodies, form steps and home visits", () => {
    const patch = patchApplicationSchema.safeParse({ data: { childName: "Ай\u0000ша" } });
    expect(patch.success).toBe(false);
    expect(fieldErrors(patch.error!)).toEqual({ data: "field.characters" });
    const step = services[0]!.form.steps[0]!;
    const field = step.fields.find((candidate) => candidate.kind === "text")!;
    const stepParsed = stepSchema(step, {
      data: {},
      facts: { lateRegistration: false, married: false },
      choices: { actRecords: [], family: [] },
      today: "2026-06-01",
    }).safeParse({ [field.name]: "a\u0000b" });
    expect(stepParsed.success && "parsed").toBe(false);
    expect(fieldErrors(stepParsed.error!)[field.name]).toBe("field.characters");
    const visit = homeVisitRequestSchema.safeParse({ address: "Абай көшесі\u0000 12" });
    expect(visitFieldErrors(visit.error!).address).toBe("field.characters");
  });
});
