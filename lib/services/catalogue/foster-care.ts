import { defineService } from "../define-service";
import { area, text } from "../forms/fields";
import { paperChannels } from "../documents";

const notCounted = false;

/** Placing a child in a foster family (one of the five services of ../shared/seeds). */
export default defineService({
  id: "foster-care",
  order: 4,
  messageKey: "fosterCare",
  provider: "education-department",
  requestPrefix: "FC",
  resultKind: "fosterNotice",
  term: { amount: 30, unit: "calendar_days", countAcceptanceDay: notCounted },
  alternativeTerms: [],
  extension: null,
  fee: { kind: "free" },
  documents: [
    // The paper application: the office and home-visit paths (002 §4, 003 §4); not the portal.
    { id: "application", requirement: "required", channels: paperChannels },
    { id: "identity", requirement: "required" },
    { id: "marriageCertificate", requirement: "conditional" },
    { id: "healthCertificates", requirement: "required" },
    { id: "housingRights", requirement: "required" },
    { id: "spouseConsent", requirement: "conditional" },
    { id: "incomeDocuments", requirement: "required" },
  ],
  // 003 §4: the provider's office or the portal; no home visit in 003.
  channels: ["portal", "provider-office"],
  // Where the result is collected: 003 §3.
  collection: "notice-address",
  requiresActRecord: false,
  refusalGrounds: [
    { id: "incompleteSet", stage: "intake", source: "seed 003 §8.9-10 (condition 3, process 6)" },
    { id: "unreliableData", stage: "decision", source: "seed 003 §3 (Standard §10)" },
    { id: "requirementsNotMet", stage: "decision", source: "seed 003 §3 (Standard §10)" },
  ],
  // The act of inspection of housing and living conditions (seed 003 §5.3, first regulation).
  requiresHousingInspection: true,
  // Seed 003 header: No. 33 of 4 Feb 2016 wrote the regulations of No. 249 (9 Jul 2015) "жаңа
  // редакцияда"; marked "Күшін жойған", repealed by No. 352 of 11 Sep 2019.
  legalBasis: {
    seed: "003",
    paragraph: "8.11",
    number: "33",
    adopted: "2016-02-04",
    edition: "2016-02-04",
    status: { kind: "repealed", on: "2019-09-11", by: "352" },
  },
  // Step limits: 003 §8, first regulation.
  steps: {
    register: { minutes: 30 },
    assign: { amount: 1, unit: "calendar_days" },
    review: { amount: 27, unit: "calendar_days" },
    sign: { amount: 1, unit: "calendar_days" },
    issue: { amount: 1, unit: "calendar_days" },
  },
  form: {
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
});
