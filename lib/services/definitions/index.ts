import type { ServiceDefinition, ServiceId } from "../types";

const notCounted = false;

/** The five services of the regulations in ../shared/seeds (digest: docs/services.md). */
export const serviceDefinitions: Record<ServiceId, ServiceDefinition> = {
  "birth-registration": {
    id: "birth-registration",
    messageKey: "birthRegistration",
    provider: "civil-registry",
    term: { amount: 2, unit: "working_days", countAcceptanceDay: notCounted },
    alternativeTerms: [
      {
        condition: "lateRegistration",
        term: { amount: 15, unit: "calendar_days", countAcceptanceDay: notCounted },
      },
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
    requiresActRecord: false,
    legalBasis: { source: "West Kazakhstan akimat resolution No. 271, §5", edition: "2016-09-13" },
    // Step limits: 002 §5.
    steps: {
      register: { minutes: 20 },
      assign: { minutes: 15 },
      review: { amount: 2, unit: "working_days" },
      sign: { minutes: 15 },
      issue: { minutes: 20 },
    },
  },
  "record-correction": {
    id: "record-correction",
    messageKey: "recordCorrection",
    provider: "civil-registry",
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
    requiresActRecord: true,
    legalBasis: { source: "West Kazakhstan akimat resolution No. 271, §5", edition: "2016-09-13" },
    // Step limits: 002 §5; 004 diagram 2.
    steps: {
      register: { minutes: 20 },
      assign: { minutes: 15 },
      review: { amount: 12, unit: "calendar_days" },
      sign: { minutes: 15 },
      issue: { minutes: 20 },
    },
  },
  "record-restoration": {
    id: "record-restoration",
    messageKey: "recordRestoration",
    provider: "civil-registry",
    term: { amount: 7, unit: "working_days", countAcceptanceDay: notCounted },
    alternativeTerms: [],
    extension: { amount: 30, unit: "calendar_days", countAcceptanceDay: notCounted },
    fee: { kind: "state-duty", mciShare: 0.3 },
    documents: [
      { id: "application", requirement: "required" },
      { id: "identity", requirement: "required" },
      { id: "autobiography", requirement: "required" },
      { id: "employmentRecord", requirement: "optional" },
      { id: "photos", requirement: "required" },
      { id: "feeReceipt", requirement: "required" },
      { id: "courtDecision", requirement: "conditional" },
    ],
    requiresActRecord: true,
    legalBasis: { source: "Regulation No. 228, §5", edition: "2015-09-08" },
    // Step limits: 001 §5.
    steps: {
      register: { minutes: 20 },
      assign: { minutes: 10 },
      review: { amount: 3, unit: "working_days" },
      sign: { minutes: 20 },
      issue: { minutes: 20 },
    },
  },
  "foster-care": {
    id: "foster-care",
    messageKey: "fosterCare",
    provider: "education-department",
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
    requiresActRecord: false,
    legalBasis: { source: "Aktobe akimat resolution No. 33, §8.11", edition: "2016-02-04" },
    // Step limits: 003 §8, first regulation.
    steps: {
      register: { minutes: 30 },
      assign: { amount: 1, unit: "calendar_days" },
      review: { amount: 27, unit: "calendar_days" },
      sign: { amount: 1, unit: "calendar_days" },
      issue: { amount: 1, unit: "calendar_days" },
    },
  },
  "adoption-registry": {
    id: "adoption-registry",
    messageKey: "adoptionRegistry",
    provider: "education-department",
    term: { amount: 15, unit: "calendar_days", countAcceptanceDay: notCounted },
    alternativeTerms: [],
    extension: null,
    fee: { kind: "free" },
    documents: [
      { id: "application", requirement: "required" },
      { id: "relativesConsent", requirement: "required" },
      { id: "incomeDocuments", requirement: "required" },
      { id: "maritalStatus", requirement: "required" },
      { id: "healthCertificates", requirement: "required" },
      { id: "criminalRecord", requirement: "required" },
      { id: "housingRights", requirement: "required" },
    ],
    requiresActRecord: false,
    legalBasis: {
      source: "Aktobe akimat resolution No. 33 (second regulation), §8.11",
      edition: "2016-02-04",
    },
    // Step limits: 003 §8, second regulation.
    steps: {
      register: { minutes: 30 },
      assign: { amount: 1, unit: "calendar_days" },
      review: { amount: 12, unit: "calendar_days" },
      sign: { amount: 1, unit: "calendar_days" },
      issue: { amount: 1, unit: "calendar_days" },
    },
  },
};

export function findService(id: string): ServiceDefinition | null {
  return Object.hasOwn(serviceDefinitions, id) ? serviceDefinitions[id as ServiceId] : null;
}
