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
  resultKind: "restorationConclusion",
  term: { amount: 7, unit: "working_days", countAcceptanceDay: notCounted },
  alternativeTerms: [],
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
  // 001 §1, §9: the provider (or a local akim) and the State Corporation; no home visit in 001 (the
  // portal is the product's own offer, docs/services.md §3).
  channels: ["portal", "provider-office"],
  // Where the result is collected: 001 §3.
  collection: "provider-office",
  requiresActRecord: true,
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
