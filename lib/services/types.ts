import type { Term } from "@/lib/calendar";
import type { FormDef } from "./forms/types";
import type { RefusalGround } from "./refusal-grounds";
import type { TermCondition } from "./term-conditions";

export type { ServiceId } from "./registry";

/** How long one provider step may take: minutes of clock time, or days as a term is counted. */
export type StepLimit = { minutes: number } | { amount: number; unit: "working_days" | "calendar_days" };
export type ProviderStep = "register" | "assign" | "review" | "sign" | "issue";
/** Restoration's further steps (seed 001 §5, steps 4–6): approve the conclusion, send it, register. */
export type RegisteringBodyStep = "approve" | "send" | "registerRestored";
export type ProviderKind = "civil-registry" | "education-department";
export type Channel = "portal" | "provider-office" | "home-visit";

export type DocumentRequirement = "required" | "optional" | "conditional";

/**
 * One document of the set. `channels` names the channels that ask for it; without it, every channel
 * does. The application itself is paper only where one is filed (office, home visit): on the portal
 * the basis is the electronic request certified with the EDS (seed 002 §4, 003 §4).
 */
export type ServiceDocument = {
  id: string;
  requirement: DocumentRequirement;
  channels?: readonly Channel[];
};

/**
 * The regulation a service follows, as its text gives it: the act's number and dates, the edition the
 * product follows, and its status as the text is marked ("Күшін жойған" with the repealing act), or
 * `unmarked` when the text carries no status note. Title: messages services.<key>.legalBasis.
 */
export type LegalBasis = {
  /** The seed file (../shared/seeds/NNN_*.txt) and the paragraph the service's rules come from. */
  seed: string;
  paragraph: string;
  number: string;
  /** The act's date (ISO). */
  adopted: string;
  /** The date of the edition the product follows (the act that wrote it "жаңа редакцияда"). */
  edition: string;
  status: { kind: "inForce" } | { kind: "unmarked" } | { kind: "repealed"; on: string; by: string };
};

/**
 * One public service, as data: one file in ./catalogue holds all of it. Texts live in messages
 * under services.<messageKey>; the regulations' numbers (terms, steps) live here with their
 * source, so a new edition changes data, not code. The type parameters keep each file's id,
 * message key and result kind as literals, so the registry can type them.
 */
export type ServiceDefinition<
  Id extends string = string,
  Key extends string = string,
  Kind extends string = string,
> = {
  id: Id;
  /** Place in the catalogue lists (pages, API, home-visit form): smallest first. */
  order: number;
  messageKey: Key;
  provider: ProviderKind;
  /** The public request number starts with this (e.g. BR-20261124-012345). */
  requestPrefix: string;
  /** What a positive answer is (results.kinds.<resultKind> in messages); a refusal is "refusal". */
  resultKind: Kind;
  term: Term;
  /** A different term when a named condition holds for the submission (./term-conditions.ts). */
  alternativeTerms: ReadonlyArray<{ when: TermCondition; term: Term }>;
  extension: Term | null;
  fee: { kind: "free" } | { kind: "state-duty"; mciShare: number };
  documents: readonly ServiceDocument[];
  /** Where a request can be filed: the portal, the provider's office, a home visit (002 §12 only). */
  channels: readonly Channel[];
  /**
   * Where the paper result is collected: the provider's office on presenting an identity document
   * (002 §3, 001 §3), or the address the portal notice gives, to conclude the contract or collect the
   * conclusion (003 §3). Either way the place is the provider the request was routed to.
   */
  collection: "provider-office" | "notice-address";
  /** Portal condition 3: the civil registry must hold an act record, or the request is refused at once. */
  requiresActRecord: boolean;
  /** What the clerk (intake) or the executor (decision) may refuse on, each with its seed paragraph. */
  refusalGrounds: ReadonlyArray<RefusalGround>;
  /**
   * What the executor sets when preparing the positive answer: the date and time the certificate is
   * issued (a notice of the issue date), or a conclusion that is possible or impossible. Absent: nothing.
   */
  resultForm?: "issueAppointment" | "conclusion";
  legalBasis: LegalBasis;
  /** The regulation's limit for each provider step (clerk, head, executor, head, clerk). */
  steps: Record<ProviderStep, StepLimit> & Partial<Record<RegisteringBodyStep, StepLimit>>;
  /**
   * "registeringBody": the executor's conclusion, approved by the head, goes to the registering body
   * that registers the restored record (seed 001 §5; lib/workflow/status-machine.ts). Default "standard".
   */
  flow?: "standard" | "registeringBody";
  /** The executor records an act of inspection of housing before the result (seed 003 §5.3). */
  requiresHousingInspection?: boolean;
  /** The applicant's form: steps of fields. */
  form: FormDef;
};
