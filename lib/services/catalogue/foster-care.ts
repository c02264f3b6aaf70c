import { defineService } from "../define-service";
import { area, text } from "../forms/fields";

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
    { id: "application", requirement: "required" },
    { id: "identity", requirement: "required" },
    { id: "marriageCertificate", requirement: "conditional" },
    { id: "healthCertificates", requirement: "required" },
    { id: "housingRights", requirement: "required" },
    { id: "spouseConsent", requirement: "conditional" },
    { id: "incomeDocuments", requirement: "required" },
  ],
  channels: ["portal", "provider-office", "home-visit"],
  requiresActRecord: false,
  refusalGrounds: [
    { id: "incompleteSet", stage: "intake", source: "seed 003 §8.9-10 (condition 3, process 6)" },
    { id: "unreliableData", stage: "decision", source: "seed 003 §3 (Standard §10)" },
    { id: "requirementsNotMet", stage: "decision", source: "seed 003 §3 (Standard §10)" },
  ],
  // The act of inspection of housing and living conditions (seed 003 §5.3, first regulation).
  requiresHousingInspection: true,
  legalBasis: { source: "Aktobe akimat resolution No. 33, §8.11", edition: "2016-02-04" },
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
