import { defineService } from "../define-service";
import { area, text } from "../forms/fields";
import { paperChannels } from "../documents";

const notCounted = false;

/** Registering those who wish to adopt a child (one of the five services of ../shared/seeds). */
export default defineService({
  id: "adoption-registry",
  order: 5,
  messageKey: "adoptionRegistry",
  provider: "education-department",
  requestPrefix: "AR",
  resultKind: "adoptionConclusion",
  term: { amount: 15, unit: "calendar_days", countAcceptanceDay: notCounted },
  alternativeTerms: [],
  extension: null,
  fee: { kind: "free" },
  documents: [
    // The paper application: the office and home-visit paths (002 §4, 003 §4); not the portal.
    { id: "application", requirement: "required", channels: paperChannels },
    { id: "relativesConsent", requirement: "required" },
    { id: "incomeDocuments", requirement: "required" },
    { id: "maritalStatus", requirement: "required" },
    { id: "healthCertificates", requirement: "required" },
    { id: "criminalRecord", requirement: "required" },
    { id: "housingRights", requirement: "required" },
  ],
  // 003 §4 (second regulation): the provider's office or the portal; no home visit in 003.
  channels: ["portal", "provider-office"],
  // Where the result is collected: 003 §3, second regulation.
  collection: "notice-address",
  requiresActRecord: false,
  refusalGrounds: [
    {
      id: "incompleteSet",
      stage: "intake",
      source: "seed 003 §8.9-10, second regulation (condition 3, process 6)",
    },
    // A negative answer is a conclusion of impossibility, not a refusal: seed 003 §3, second regulation.
    {
      id: "unreliableData",
      stage: "decision",
      source: "seed 003 §3, second regulation (annex 1 conclusion)",
    },
    {
      id: "requirementsNotMet",
      stage: "decision",
      source: "seed 003 §3, second regulation (annex 1 conclusion)",
    },
  ],
  // The result is a conclusion on the possibility or impossibility of adopting: seed 003 §3 (second).
  resultForm: "conclusion",
  // The act of inspection of housing and living conditions (seed 003 §5.3, second regulation).
  requiresHousingInspection: true,
  // Seed 003 header (second regulation): No. 33 of 4 Feb 2016, repealed by No. 352 of 11 Sep 2019.
  legalBasis: {
    seed: "003",
    paragraph: "8.11",
    number: "33",
    adopted: "2016-02-04",
    edition: "2016-02-04",
    status: { kind: "repealed", on: "2019-09-11", by: "352" },
  },
  // Step limits: 003 §8, second regulation.
  steps: {
    register: { minutes: 30 },
    assign: { amount: 1, unit: "calendar_days" },
    review: { amount: 12, unit: "calendar_days" },
    sign: { amount: 1, unit: "calendar_days" },
    issue: { amount: 1, unit: "calendar_days" },
  },
  form: {
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
});
