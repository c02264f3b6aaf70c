import { defineService } from "../define-service";
import { area, text } from "../forms/fields";

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
    { id: "application", requirement: "required" },
    { id: "identity", requirement: "required" },
    { id: "certificateToChange", requirement: "required" },
    { id: "groundsDocument", requirement: "required" },
    { id: "feeReceipt", requirement: "required" },
  ],
  channels: ["portal", "provider-office", "home-visit"],
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
  legalBasis: { source: "West Kazakhstan akimat resolution No. 271, §5", edition: "2016-09-13" },
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
