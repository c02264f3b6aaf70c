import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver, ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { postedValues, stepResolver } from "@/components/forms/resolvers";
import { answersSchema, type StepCheckContext } from "@/lib/applications/step-check";
import { fieldErrors } from "@/lib/forms/field-errors";
import { visitFormSchema, visitInputFromForm } from "@/lib/home-visits/form";
import { homeVisitRequestSchema, visitFieldErrors } from "@/lib/home-visits/schemas";
import { visitDays } from "@/lib/home-visits/slots";
import { computeCheckDigit } from "@/lib/iin/parse-iin";
import { getService } from "@/lib/services/registry";

/** A valid IIN: born 15 Mar 1990, a man of the 20th century (7th digit 3). */
const first = "90031530012";
const validIin = `${first}${computeCheckDigit(first)}`;
const parents = getService("birth-registration").form.steps.find((step) => step.id === "parents")!;
const context: StepCheckContext = {
  saved: { childBirthDate: "2026-11-20" },
  facts: { lateRegistration: false, married: true },
  choices: { actRecords: [], family: [] },
  today: "2026-11-26",
};
const options = { fields: {}, shouldUseNativeValidation: false, names: [] } as ResolverOptions<FieldValues>;

/** What the browser's resolver says: field → message key. */
async function browserErrors(resolver: Resolver<FieldValues>, values: FieldValues) {
  const result = await resolver(values, undefined, options);
  return Object.fromEntries(
    Object.entries(result.errors).map(([name, error]) => [name, String(error?.message ?? "")]),
  );
}

/** What the server says of the same posted step (drafts.saveStep: answersSchema, then fieldErrors). */
function serverErrors(input: Record<string, string>) {
  const parsed = answersSchema(parents, input, context).safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

describe("a step's schema, built the same way in the browser and on the server", () => {
  it("checks a question only while it applies, and drops its answer when it does not", () => {
    const statement = { motherIin: validIin, fatherGrounds: "motherStatement", fatherIin: "12" };
    const parsed = answersSchema(parents, statement, context).safeParse(statement);
    expect(parsed.success && parsed.data).toEqual({ motherIin: validIin, fatherGrounds: "motherStatement" });
    const marriage = { ...statement, fatherGrounds: "marriage" };
    expect(serverErrors(marriage)).toEqual({ fatherIin: "iin.length" });
    expect(serverErrors({ ...marriage, fatherIin: "" })).toEqual({ fatherIin: "field.required" });
  });

  it("gives the browser the server's message keys for the same answers", async () => {
    const resolver = stepResolver(parents, context);
    const cases: FieldValues[] = [
      { motherIin: "", fatherGrounds: null, fatherIin: "" },
      { motherIin: "1234", fatherGrounds: "marriage", fatherIin: validIin.replace(/.$/, "0") },
      { motherIin: validIin, fatherGrounds: "jointApplication", fatherIin: "" },
      { motherIin: validIin, fatherGrounds: "motherStatement", fatherIin: "not an IIN" },
    ];
    for (const values of cases) {
      const server = serverErrors(postedValues(values));
      expect(await browserErrors(resolver, values)).toEqual(server);
    }
    expect(await browserErrors(resolver, cases[0]!)).toEqual({
      motherIin: "field.required",
      fatherGrounds: "field.choose",
    });
    expect(await browserErrors(resolver, cases[3]!)).toEqual({});
  });

  it("reads values as the server reads the post: unticked box empty, ticked box its value", async () => {
    expect(postedValues({ a: false, b: null, c: "yes", d: ["x", "y"], e: undefined })).toEqual({
      a: "",
      b: "",
      c: "yes",
      d: "x,y",
      e: "",
    });
    const consentStep = getService("foster-care").form.steps.find((step) =>
      step.fields.some((field) => field.name === "spouseConsent"),
    )!;
    const resolver = stepResolver(consentStep, context);
    const unticked = await browserErrors(resolver, { spouseConsent: false });
    expect(unticked.spouseConsent).toBe("field.choose");
    const ticked = await browserErrors(resolver, { spouseConsent: "yes" });
    expect(ticked.spouseConsent).toBeUndefined();
    const unmarried = stepResolver(consentStep, { ...context, facts: { ...context.facts, married: false } });
    expect((await browserErrors(unmarried, { spouseConsent: false })).spouseConsent).toBeUndefined();
  });
});

describe("the home-visit form's schema (the request schema read from the form's fields)", () => {
  const day = visitDays()[0]!;
  const filled: Record<string, string | string[]> = {
    serviceId: "birth-registration",
    childBirthDate: "2026-11-20",
    healthReason: "persistentDisorder",
    healthReasonText: "",
    address: "Oral, Dostyq 1",
    phone: "8 700",
    slot1Date: day,
    slot1Window: "",
    needs: ["other"],
    needsOther: "",
  };
  const asFormData = (values: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(values))
      for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
    return data;
  };

  it("puts each problem on the field the server puts it on", async () => {
    for (const mode of ["self", "other"] as const) {
      const values =
        mode === "other" ? { ...filled, applicantIin: "1", authority: "powerOfAttorney" } : filled;
      const parsed = homeVisitRequestSchema.safeParse(visitInputFromForm(asFormData(values), mode));
      expect(parsed.success).toBe(false);
      const server = parsed.success ? {} : visitFieldErrors(parsed.error);
      const browser = await browserErrors(zodResolver(visitFormSchema(mode)), values);
      expect(browser).toEqual(server);
    }
    const self = await browserErrors(zodResolver(visitFormSchema("self")), filled);
    expect(self).toEqual({
      healthReasonText: "field.required",
      phone: "visit.phone",
      slot1Window: "visit.slotWindow",
      needsOther: "field.required",
    });
  });

  it("passes a complete form, and checks the operator's applicant IIN as the server does", async () => {
    const complete = {
      ...filled,
      healthReasonText: "Cannot walk",
      phone: "+77001234567",
      slot1Window: "09:00-11:00",
      needsOther: "Ramp",
    };
    expect(await browserErrors(zodResolver(visitFormSchema("self")), complete)).toEqual({});
    const operator = zodResolver(visitFormSchema("operator"));
    expect(await browserErrors(operator, { ...complete, applicantIin: "123" })).toEqual({
      applicantIin: "visit.iin",
    });
    expect(await browserErrors(operator, { ...complete, applicantIin: validIin })).toEqual({});
  });
});
