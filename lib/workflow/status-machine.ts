import type { ApplicationStatus } from "@/lib/db/schema/applications";

/**
 * The provider's steps (clerk, head, executor) as a status machine, in plain TypeScript.
 * An action is allowed for one role, from some statuses; anything else is refused.
 */
export type Role = "clerk" | "head" | "executor" | "operator" | "registrar";
/**
 * How a service reaches its answer: "standard" (the head signs the result), or "registeringBody"
 * (restoration, seed 001 §5): the head approves the executor's conclusion (step 4, internal), the
 * executor sends it to the registering body (step 5), whose registrar registers the restored record or
 * refuses with reasons (step 6); the clerk issues the certificate (step 7).
 */
export type Flow = "standard" | "registeringBody";
export type Prepared = "result" | "refusal" | null;
export type WorkflowAction =
  | "register"
  | "refuseIntake"
  | "assign"
  | "extend"
  | "prepareResult"
  | "prepareRefusal"
  | "sign"
  | "issue"
  | RegisteringBodyAction;
/** The restoration steps 3–6 (seed 001 §5). */
export type RegisteringBodyAction =
  | "prepareConclusion"
  | "approveConclusion"
  | "sendToRegisteringBody"
  | "registerRestored"
  | "refuseRestoration";

type Rule = {
  role: Role;
  from: ApplicationStatus[];
  to: ApplicationStatus | "unchanged";
  needsReason?: boolean;
  /** The flows the action belongs to (every flow when absent). */
  flows?: Flow[];
};

export const workflowRules: Record<WorkflowAction, Rule> = {
  register: { role: "clerk", from: ["submitted"], to: "registered" },
  refuseIntake: { role: "clerk", from: ["submitted"], to: "refused", needsReason: true },
  assign: { role: "head", from: ["registered"], to: "in_review" },
  extend: { role: "executor", from: ["in_review"], to: "extended", needsReason: true },
  prepareResult: { role: "executor", from: ["in_review", "extended"], to: "unchanged", flows: ["standard"] },
  prepareRefusal: { role: "executor", from: ["in_review", "extended"], to: "unchanged", needsReason: true },
  sign: { role: "head", from: ["in_review", "extended"], to: "result_ready" },
  issue: { role: "clerk", from: ["result_ready"], to: "issued" },
  // Restoration, seed 001 §5: step 3 (the conclusion), 4 (the head approves it), 5 (sent), 6 (registered).
  prepareConclusion: {
    role: "executor",
    from: ["in_review", "extended"],
    to: "unchanged",
    flows: ["registeringBody"],
  },
  approveConclusion: {
    role: "head",
    from: ["in_review", "extended"],
    to: "conclusion_approved",
    flows: ["registeringBody"],
  },
  sendToRegisteringBody: {
    role: "executor",
    from: ["conclusion_approved"],
    to: "at_registering_body",
    flows: ["registeringBody"],
  },
  registerRestored: {
    role: "registrar",
    from: ["at_registering_body"],
    to: "result_ready",
    flows: ["registeringBody"],
  },
  refuseRestoration: {
    role: "registrar",
    from: ["at_registering_body"],
    to: "refused",
    needsReason: true,
    flows: ["registeringBody"],
  },
};

export type Decision =
  | { ok: true; status: ApplicationStatus; prepared: Prepared }
  | { ok: false; reason: "forbidden" | "conflict" };

export function decide(
  action: WorkflowAction,
  role: Role,
  current: { status: ApplicationStatus; prepared: Prepared },
  flow: Flow = "standard",
): Decision {
  const rule = workflowRules[action];
  if (rule.role !== role) return { ok: false, reason: "forbidden" };
  if (!rule.from.includes(current.status)) return { ok: false, reason: "conflict" };
  if (rule.flows && !rule.flows.includes(flow)) return { ok: false, reason: "conflict" };
  if (action === "prepareResult" || action === "prepareConclusion")
    return { ok: true, status: current.status, prepared: "result" };
  // The head approves a prepared conclusion; a prepared refusal is signed (seed 001 §5 step 4).
  if (action === "approveConclusion" && current.prepared !== "result")
    return { ok: false, reason: "conflict" };
  if (action === "sign" && flow === "registeringBody" && current.prepared !== "refusal")
    return { ok: false, reason: "conflict" };
  if (action === "prepareRefusal") return { ok: true, status: current.status, prepared: "refusal" };
  if (action === "sign") {
    if (!current.prepared) return { ok: false, reason: "conflict" };
    return {
      ok: true,
      status: current.prepared === "refusal" ? "refused" : "result_ready",
      prepared: current.prepared,
    };
  }
  return { ok: true, status: rule.to as ApplicationStatus, prepared: current.prepared };
}

/** The actions a role can take on a request in its current state (for the office screens). */
export function availableActions(
  role: Role,
  current: { status: ApplicationStatus; prepared: Prepared },
  flow: Flow = "standard",
): WorkflowAction[] {
  return (Object.keys(workflowRules) as WorkflowAction[]).filter(
    (action) => decide(action, role, current, flow).ok,
  );
}

/**
 * The applicant may withdraw a request while the provider is still working on it, until a result or
 * a refusal is prepared (issue 13, "Drafts and withdrawals"; no regulation forbids it). Restoration's
 * conclusion counts as prepared from the moment it is approved.
 */
export const WITHDRAWABLE: readonly ApplicationStatus[] = [
  "submitted",
  "registered",
  "in_review",
  "extended",
];

export function canWithdraw(current: { status: ApplicationStatus; prepared: Prepared }): boolean {
  return WITHDRAWABLE.includes(current.status) && !current.prepared;
}
