import type { ServiceId } from "../types";
import type { FormDef } from "./types";

const text = (name: string, extra: Partial<import("./types").FieldDef> = {}) => ({
  name,
  kind: "text" as const,
  required: true,
  maxLength: 200,
  ...extra,
});
const area = (name: string, extra: Partial<import("./types").FieldDef> = {}) => ({
  name,
  kind: "textarea" as const,
  required: true,
  maxLength: 2000,
  ...extra,
});

export const formDefinitions: Record<ServiceId, FormDef> = {
  "birth-registration": {
    steps: [
      {
        id: "child",
        fields: [
          text("childSurname"),
          text("childGivenName"),
          text("childPatronymic", { required: false }),
          { name: "childBirthDate", kind: "date", required: true },
          { name: "childSex", kind: "choice", required: true, options: ["male", "female"] },
          text("birthPlace", { prefill: "applicant.locality" }),
        ],
      },
      {
        id: "parents",
        fields: [
          { name: "motherIin", kind: "iin", required: true, prefill: "mother.iin" },
          {
            name: "fatherGrounds",
            kind: "choice",
            required: true,
            options: ["marriage", "jointApplication", "motherStatement"],
          },
          {
            name: "fatherIin",
            kind: "iin",
            required: true,
            prefill: "father.iin",
            when: { field: "fatherGrounds", notEquals: "motherStatement" },
          },
          area("lateReason", { when: { fact: "lateRegistration" } }),
        ],
      },
    ],
  },
  "record-correction": {
    steps: [
      {
        id: "record",
        fields: [
          { name: "actRecord", kind: "choice", required: true, optionsFrom: "actRecords" },
          text("actNumber", { maxLength: 20, when: { field: "actRecord", equals: "notListed" } }),
          {
            name: "changeField",
            kind: "choice",
            required: true,
            options: ["surname", "givenName", "patronymic", "birthDate", "nationality", "other"],
          },
          text("newValue"),
          area("reason"),
        ],
      },
    ],
  },
  "record-restoration": {
    steps: [
      {
        id: "record",
        fields: [
          { name: "actKind", kind: "choice", required: true, options: ["birth", "marriage"] },
          { name: "subjectIin", kind: "choice", required: true, optionsFrom: "family" },
          text("registeredPlace"),
          text("registeredYear", { maxLength: 4 }),
          area("lossReason"),
        ],
      },
    ],
  },
  "foster-care": {
    steps: [
      {
        id: "child",
        fields: [
          text("childFullName"),
          { name: "childBirthDate", kind: "date", required: true },
          text("childInstitution"),
        ],
      },
      {
        id: "family",
        fields: [
          area("housing"),
          text("income"),
          { name: "spouseConsent", kind: "consent", required: true, when: { fact: "married" } },
        ],
      },
    ],
  },
  "adoption-registry": {
    steps: [
      {
        id: "family",
        fields: [
          {
            name: "maritalStatus",
            kind: "choice",
            required: true,
            options: ["married", "single", "divorced", "widowed"],
          },
          area("housing"),
        ],
      },
      {
        id: "motivation",
        fields: [
          area("motivation"),
          text("income"),
          {
            name: "spouseConsent",
            kind: "consent",
            required: true,
            when: { field: "maritalStatus", equals: "married" },
          },
        ],
      },
    ],
  },
};
