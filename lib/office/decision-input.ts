import { z } from "zod";
import { fromAlmaty } from "@/lib/calendar";
import { AppError } from "@/lib/errors";
import { refusalGroundsOf, type RefusalGroundId, type RefusalStage } from "@/lib/services/refusal-grounds";
import type { ServiceDefinition } from "@/lib/services/types";
import type { WorkflowAction } from "@/lib/workflow/status-machine";

/** What a staff member chooses beside the action: refusal grounds, the issue time, the conclusion. */
export type DecisionInput = { grounds?: unknown; issueAt?: unknown; conclusion?: unknown };

export type Decided = {
  grounds: RefusalGroundId[];
  /** When the certificate will be issued (seed 002 §3), for services whose result is that notice. */
  issueAt: Date | null;
  /** A conclusion's outcome (seed 003 §3, second regulation); null for other results. */
  conclusion: "possible" | "impossible" | null;
  /** The free-text explanation is required for a decision refusal and a negative conclusion. */
  explanationRequired: boolean;
};

const groundsSchema = z.array(z.string().max(60)).max(20);
const localDateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

function checkGrounds(service: ServiceDefinition, stage: RefusalStage, raw: unknown): RefusalGroundId[] {
  const parsed = groundsSchema.safeParse(raw ?? []);
  if (!parsed.success) throw new AppError("validation", { grounds: "refusal.unknownGround" });
  const allowed = new Map(refusalGroundsOf(service, stage).map((ground) => [ground.id as string, ground.id]));
  const chosen = [...new Set(parsed.data)];
  if (chosen.length === 0) throw new AppError("validation", { grounds: "refusal.groundsRequired" });
  if (chosen.some((id) => !allowed.has(id)))
    throw new AppError("validation", { grounds: "refusal.unknownGround" });
  return chosen.map((id) => allowed.get(id)!);
}

/** A datetime-local value ("2026-11-30T10:00") read as Almaty time, or an ISO instant with a zone. */
export function parseIssueAt(raw: unknown): Date | null {
  if (typeof raw !== "string" || raw.length > 40) return null;
  const local = localDateTime.exec(raw.trim());
  if (local) {
    const [, date, hours, minutes] = local;
    const at = fromAlmaty(date!, Number(hours) * 60 + Number(minutes));
    return Number(hours) < 24 && Number(minutes) < 60 && !Number.isNaN(at.getTime()) ? at : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(raw.trim())) return null;
  const at = new Date(raw.trim());
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * Checks the choices that go with an action against the service's data (translated field errors):
 * intake refusal — one or more intake grounds (seed 001 §5 action 1), explanation optional; reasoned
 * refusal — decision grounds and an explanation (a "дәлелді жауап", seed 001 §3, 003 §3); the result
 * — the issue time (002 §3) or the conclusion with, when impossible, its grounds and explanation (003 §3).
 */
export function checkDecision(
  service: ServiceDefinition,
  action: WorkflowAction,
  input: DecisionInput,
  now: Date,
): Decided {
  const none: Decided = { grounds: [], issueAt: null, conclusion: null, explanationRequired: false };
  if (action === "refuseIntake") return { ...none, grounds: checkGrounds(service, "intake", input.grounds) };
  if (action === "prepareRefusal") {
    // A negative answer of a conclusion service is the conclusion itself, never a refusal (003 §3).
    if (service.resultForm === "conclusion") throw new AppError("conflict");
    return {
      ...none,
      grounds: checkGrounds(service, "decision", input.grounds),
      explanationRequired: true,
    };
  }
  if (action !== "prepareResult") return none;
  if (service.resultForm === "issueAppointment") {
    if (input.issueAt === undefined || input.issueAt === "")
      throw new AppError("validation", { issueAt: "refusal.issueAtRequired" });
    const issueAt = parseIssueAt(input.issueAt);
    if (!issueAt) throw new AppError("validation", { issueAt: "codes.validation" });
    if (issueAt.getTime() <= now.getTime())
      throw new AppError("validation", { issueAt: "refusal.issueAtPast" });
    return { ...none, issueAt };
  }
  if (service.resultForm === "conclusion") {
    const conclusion = z.enum(["possible", "impossible"]).safeParse(input.conclusion);
    if (!conclusion.success) throw new AppError("validation", { conclusion: "refusal.outcomeRequired" });
    if (conclusion.data === "possible") return { ...none, conclusion: "possible" };
    return {
      ...none,
      conclusion: "impossible",
      grounds: checkGrounds(service, "decision", input.grounds),
      explanationRequired: true,
    };
  }
  return none;
}
