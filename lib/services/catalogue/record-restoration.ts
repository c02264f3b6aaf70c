import { defineService } from "../define-service";
import { area, text } from "../forms/fields";
import { paperChannels } from "../documents";

const notCounted = false;

/** Restoration of a civil-status act record (one of the five services of ../shared/seeds). */
export default defineService({
  id: "record-restoration",
  order: 3,
  messageKey: "recordRestoration",
  provider: "civil-registry",
  requestPrefix: "RR",
  // The result is the certificate of state registration of the restored record (seed 001 §3, §5 step 7).
  resultKind: "registrationCertificate",
  // 7 working days when the registry holds electronic copies of the act records (seed 001 §5, "term").
  term: { amount: 7, unit: "working_days", countAcceptanceDay: notCounted },
  alternativeTerms: [],
  // Requests to other state bodies: extended to at most 30 calendar days, the applicant told within
  // 3 calendar days of the extension (seed 001 §5, condition 1 and "term").
  extension: { amount: 30, unit: "calendar_days", countAcceptanceDay: notCounted },
  fee: { kind: "state-duty", mciShare: 0.3 },
  documents: [
    // The paper application: the office and home-visit paths (002 §4, 003 §4); not the portal.
    { id: "application", requirement: "required", channels: paperChannels },
    { id: "identity", requirement: "required" },
    { id: "autobiography", requirement: "required" },
    { id: "employmentRecord", requirement: "optional" },
    { id: "photos", requirement: "required" },
    { id: "feeReceipt", requirement: "required" },
    { id: "courtDecision", requirement: "conditional" },
  ],
  refusalGrounds: [
    { id: "incompleteSet", stage: "intake", source: "seed 001 §5 (action 1)" },
    { id: "expiredDocuments", stage: "intake", source: "seed 001 §5 (action 1)" },
    { id: "unreliableData", stage: "decision", source: "seed 001 §3 (Standard §10)" },
    { id: "requirementsNotMet", stage: "decision", source: "seed 001 §3 (Standard §10)" },
  ],
  // No act record is the very case restoration exists for: no refusal at once (seed 001 §5).
  requiresActRecord: false,
  // The head approves the conclusion, the registering body registers the record (seed 001 §5, steps 4–6).
  flow: "registeringBody",
  // 001 §1, §9: the provider (or a local akim) and the State Corporation; no home visit in 001 (the
  // portal is the product's own offer, docs/services.md §3).
  channels: ["portal", "provider-office"],
  // Where the result is collected: 001 §3.
  collection: "provider-office",
  // Seed 001: the regulation approved by resolution No. 228 of 8 Sep 2015; the text carries no status
  // note (neither "Күшін жойған" nor an amendment), so the product does not claim it is in force.
  legalBasis: {
    seed: "001",
    paragraph: "5",
    number: "228",
    adopted: "2015-09-08",
    edition: "2015-09-08",
    status: { kind: "unmarked" },
  },
  // Step limits: 001 §5.
  steps: {
    register: { minutes: 20 },
    assign: { minutes: 10 },
    review: { amount: 3, unit: "working_days" },
    sign: { minutes: 20 },
    issue: { minutes: 20 },
    approve: { minutes: 20 },
    send: { amount: 1, unit: "working_days" },
    registerRestored: { amount: 2, unit: "working_days" },
  },
  form: {
    steps: [
      {
        id: "record",
        fields: [
          { name: "actKind", kind: "choice", required: true, options: ["birth", "marriage"] },
          { name: "subjectIin", kind: "choice", required: true, optionsFrom: "family" },
          text("registeredPlace"),
          text("registeredYear", { maxLength: 4, pattern: "year" }),
          area("lossReason"),
        ],
      },
    ],
  },
});
