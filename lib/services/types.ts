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
  documents: ReadonlyArray<{ id: string; requirement: DocumentRequirement }>;
  channels: readonly Channel[];
  /** Portal condition 3: the civil registry must hold an act record, or the request is refused at once. */
  requiresActRecord: boolean;
  /** What the clerk (intake) or the executor (decision) may refuse on, each with its seed paragraph. */
  refusalGrounds: ReadonlyArray<RefusalGround>;
  /**
   * What the executor sets when preparing the positive answer: the date and time the certificate is
   * issued (a notice of the issue date), or a conclusion that is possible or impossible. Absent: nothing.
   */
  resultForm?: "issueAppointment" | "conclusion";
  legalBasis: { source: string; edition: string };
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
