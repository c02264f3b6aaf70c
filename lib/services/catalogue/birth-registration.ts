import { defineService } from "../define-service";
import { area, text } from "../forms/fields";
import { paperChannels } from "../documents";

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
    // The paper application: the office and home-visit paths (002 §4, 003 §4); not the portal.
    { id: "application", requirement: "required", channels: paperChannels },
    { id: "parentsIdentity", requirement: "required" },
    { id: "medicalBirthCertificate", requirement: "required" },
    { id: "marriageCertificate", requirement: "conditional" },
    { id: "powerOfAttorney", requirement: "conditional" },
  ],
  // A home visit is offered: 002 §12 (the State Corporation through 1414 / 8 800 080 7777).
  channels: ["portal", "provider-office", "home-visit"],
  // Where the result is collected: 002 §3.
  collection: "provider-office",
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
  // Seed 002 header: resolution No. 271 of 13 Sep 2016 wrote the regulation of No. 205 (11 Aug 2015)
  // "жаңа редакцияда"; marked "Күшін жойған", repealed by No. 126 of 1 Jun 2020.
  legalBasis: {
    seed: "002",
    paragraph: "5",
    number: "271",
    adopted: "2016-09-13",
    edition: "2016-09-13",
    status: { kind: "repealed", on: "2020-06-01", by: "126" },
  },
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
