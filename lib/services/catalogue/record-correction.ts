import { defineService } from "../define-service";
import { area, text } from "../forms/fields";
import { paperChannels } from "../documents";

const notCounted = false;

/** Correction of a civil-status act record (one of the five services of ../shared/seeds). */
export default defineService({
  id: "record-correction",
  order: 2,
  messageKey: "recordCorrection",
  provider: "civil-registry",
  requestPrefix: "RC",
  resultKind: "repeatCertificate",
  term: { amount: 15, unit: "calendar_days", countAcceptanceDay: notCounted },
  alternativeTerms: [],
  extension: { amount: 30, unit: "calendar_days", countAcceptanceDay: notCounted },
  fee: { kind: "state-duty", mciShare: 0.5 },
  documents: [
    // The paper application: the office and home-visit paths (002 §4, 003 §4); not the portal.
    { id: "application", requirement: "required", channels: paperChannels },
    { id: "identity", requirement: "required" },
    { id: "certificateToChange", requirement: "required" },
    { id: "groundsDocument", requirement: "required" },
    { id: "feeReceipt", requirement: "required" },
  ],
  // A home visit is offered: 002 §12 (the same regulation covers the record changes).
  channels: ["portal", "provider-office", "home-visit"],
  // Where the result is collected: 002 §3.
  collection: "provider-office",
  requiresActRecord: true,
  refusalGrounds: [
    { id: "incompleteSet", stage: "intake", source: "seed 000 §9.1; seed 002 §10 (process 7)" },
    { id: "noActRecord", stage: "decision", source: "seed 002 §10 (process 6)" },
    { id: "unreliableData", stage: "decision", source: "seed 002 §5.3 (check against Standard §9)" },
    {
      id: "requirementsNotMet",
      stage: "decision",
      source: "seed 002 §5.3 (Standard §9, Marriage and Family Code)",
    },
  ],
  // Seed 002 header: No. 271 of 13 Sep 2016, marked "Күшін жойған" by No. 126 of 1 Jun 2020.
  legalBasis: {
    seed: "002",
    paragraph: "5",
    number: "271",
    adopted: "2016-09-13",
    edition: "2016-09-13",
    status: { kind: "repealed", on: "2020-06-01", by: "126" },
  },
  // Step limits: 002 §5; 004 diagram 2.
  steps: {
    register: { minutes: 20 },
    assign: { minutes: 15 },
    review: { amount: 12, unit: "calendar_days" },
    sign: { minutes: 15 },
    issue: { minutes: 20 },
  },
  form: {
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
});
