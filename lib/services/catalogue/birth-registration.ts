import { defineService } from "../define-service";
import { area, text } from "../forms/fields";

const notCounted = false;

/** State registration of a birth (one of the five services of ../shared/seeds; docs/services.md). */
export default defineService({
  id: "birth-registration",
  order: 1,
  messageKey: "birthRegistration",
  provider: "civil-registry",
  requestPrefix: "BR",
  resultKind: "birthCertificate",
  term: { amount: 2, unit: "working_days", countAcceptanceDay: notCounted },
  alternativeTerms: [
    { when: "lateRegistration", term: { amount: 15, unit: "calendar_days", countAcceptanceDay: notCounted } },
  ],
  extension: { amount: 30, unit: "calendar_days", countAcceptanceDay: notCounted },
  fee: { kind: "free" },
  documents: [
    { id: "application", requirement: "required" },
    { id: "parentsIdentity", requirement: "required" },
    { id: "medicalBirthCertificate", requirement: "required" },
    { id: "marriageCertificate", requirement: "conditional" },
    { id: "powerOfAttorney", requirement: "conditional" },
  ],
  channels: ["portal", "provider-office", "home-visit"],
  requiresActRecord: false,
  refusalGrounds: [
    { id: "incompleteSet", stage: "intake", source: "seed 000 §9.1; seed 002 §10 (process 7)" },
    { id: "unreliableData", stage: "decision", source: "seed 002 §5.3 (check against Standard §9)" },
    {
      id: "requirementsNotMet",
      stage: "decision",
      source: "seed 002 §5.3 (Standard §9, Marriage and Family Code)",
    },
  ],
  // The portal's result is a signed notice of the date the certificate will be issued: seed 002 §3.
  resultForm: "issueAppointment",
  legalBasis: { source: "West Kazakhstan akimat resolution No. 271, §5", edition: "2016-09-13" },
  // Step limits: 002 §5.
  steps: {
    register: { minutes: 20 },
    assign: { minutes: 15 },
    review: { amount: 2, unit: "working_days" },
    sign: { minutes: 15 },
    issue: { minutes: 20 },
  },
  form: {
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
});
