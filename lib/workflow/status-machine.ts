import type { ApplicationStatus } from "@/lib/db/schema/applications";

/**
 * The provider's steps (clerk, head, executor) as a status machine, in plain TypeScript.
 * An action is allowed for one role, from some statuses; anything else is refused.
 */
export type Role = "clerk" | "head" | "executor" | "operator";
export type Prepared = "result" | "refusal" | null;
export type WorkflowAction =
  "register" | "refuseIntake" | "assign" | "extend" | "prepareResult" | "prepareRefusal" | "sign" | "issue";

type Rule = {
  role: Role;
  from: ApplicationStatus[];
  to: ApplicationStatus | "unchanged";
  needsReason?: boolean;
};

export const workflowRules: Record<WorkflowAction, Rule> = {
  register: { role: "clerk", from: ["submitted"], to: "registered" },
  refuseIntake: { role: "clerk", from: ["submitted"], to: "refused", needsReason: true },
  assign: { role: "head", from: ["registered"], to: "in_review" },
  extend: { role: "executor", from: ["in_review"], to: "extended", needsReason: true },
  prepareResult: { role: "executor", from: ["in_review", "extended"], to: "unchanged" },
  prepareRefusal: { role: "executor", from: ["in_review", "extended"], to: "unchanged", needsReason: true },
  sign: { role: "head", from: ["in_review", "extended"], to: "result_ready" },
  issue: { role: "clerk", from: ["result_ready"], to: "issued" },
};

export type Decision =
  | { ok: true; status: ApplicationStatus; prepared: Prepared }
  | { ok: false; reason: "forbidden" | "conflict" };

export function decide(
  action: WorkflowAction,
  role: Role,
  current: { status: ApplicationStatus; prepared: Prepared },
): Decision {
  const rule = workflowRules[action];
  if (rule.role !== role) return { ok: false, reason: "forbidden" };
  if (!rule.from.includes(current.status)) return { ok: false, reason: "conflict" };
  if (action === "prepareResult") return { ok: true, status: current.status, prepared: "result" };
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
): WorkflowAction[] {
  return (Object.keys(workflowRules) as WorkflowAction[]).filter(
    (action) => decide(action, role, current).ok,
  );
}
