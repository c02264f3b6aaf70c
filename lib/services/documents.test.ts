import { describe, expect, it } from "vitest";
import { documentsFor, offersChannel, requiredDocumentIds } from "./documents";
import { formJsonSchema } from "./forms/build-schema";
import { getService, services } from "./registry";
import { isLateRegistration } from "./result-date";

describe("service data by channel (lib/services/documents.ts)", () => {
  it("the portal asks no application file: the EDS-signed e-application is it (002 §4, 003 §4)", () => {
    for (const service of services) {
      expect(requiredDocumentIds(service, "portal")).not.toContain("application");
      expect(requiredDocumentIds(service, "provider-office")).toContain("application");
      expect(requiredDocumentIds(service, "portal").length).toBeGreaterThan(0);
    }
  });

  it("the home-visit intake takes the paper application with the other documents", () => {
    const birth = getService("birth-registration");
    expect(documentsFor(birth, "home-visit").map(({ id }) => id)).toEqual([
      "application",
      "parentsIdentity",
      "medicalBirthCertificate",
      "marriageCertificate",
      "powerOfAttorney",
    ]);
    expect(requiredDocumentIds(getService("record-correction"), "home-visit")).toContain("application");
  });

  it("offers a home visit only where 002 §12 names it", () => {
    expect(services.filter((service) => offersChannel(service, "home-visit")).map(({ id }) => id)).toEqual([
      "birth-registration",
      "record-correction",
    ]);
  });

  it("keeps the legal basis as data: the seeds 002 and 003 are marked repealed, 001 carries no mark", () => {
    expect(getService("birth-registration").legalBasis).toMatchObject({
      seed: "002",
      number: "271",
      status: { kind: "repealed", on: "2020-06-01", by: "126" },
    });
    expect(getService("foster-care").legalBasis.status).toEqual({
      kind: "repealed",
      on: "2019-09-11",
      by: "352",
    });
    expect(getService("record-restoration").legalBasis.status).toEqual({ kind: "unmarked" });
  });

  it("the form's JSON Schema comes from its zod schema: required fields, options, formats", () => {
    const schema = formJsonSchema(getService("birth-registration").form) as {
      type: string;
      required: string[];
      properties: Record<string, Record<string, unknown>>;
    };
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual([
      "childSurname",
      "childGivenName",
      "childBirthDate",
      "childSex",
      "birthPlace",
      "motherIin",
      "fatherGrounds",
    ]);
    expect(schema.properties.childSex).toMatchObject({ type: "string", enum: ["male", "female"] });
    expect(schema.properties.childBirthDate).toMatchObject({ format: "date" });
    expect(schema.properties.fatherIin).toMatchObject({
      pattern: "^\\d{12}$",
      "x-askedWhen": { field: "fatherGrounds", notEquals: "motherStatement" },
    });
    expect(schema.properties.childPatronymic).toMatchObject({ maxLength: 200 });
  });

  it("counts lateness in working days after the birth (more than 3: late, 002 §5.3)", () => {
    // Thu 19 Nov 2026: Fri 20, Mon 23, Tue 24 are 3 working days; Wed 25 is the 4th.
    expect(isLateRegistration("2026-11-19", "2026-11-24")).toBe(false);
    expect(isLateRegistration("2026-11-19", "2026-11-25")).toBe(true);
    expect(isLateRegistration("2026-11-30", "2026-11-25")).toBe(false);
    expect(isLateRegistration("", "2026-11-25")).toBe(false);
  });
});
