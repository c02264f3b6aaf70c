import { and, eq } from "drizzle-orm";
import { computeRegisteredAt, computeResultDueAt } from "@/lib/calendar";
import type { Db } from "@/lib/db/connect";
import { applicationEvents, applications, type ApplicationStatus } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { isStorableText, UNSTORABLE_TEXT } from "@/lib/forms/safe-text";
import { parseId } from "@/lib/ids";
import { notifyApplicant, type NotificationKind } from "@/lib/notifications/cabinet";
import { prepareResultDocument } from "@/lib/results/result-document";
import { requireInspectionAct } from "./inspections";
import { chooseRegisteringBody, flowOf, ownRequests } from "./registering-body";
import { checkHeadSignature } from "@/lib/results/sign-result";
import { storedService } from "@/lib/services/registry";
import { decide, workflowRules, type WorkflowAction } from "@/lib/workflow/status-machine";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { checkDecision, type DecisionInput } from "./decision-input";

const DAY = 24 * 3600 * 1000;
const noticeFor: Partial<Record<ApplicationStatus, NotificationKind>> = {
  registered: "registered",
  extended: "extended",
  result_ready: "result_ready",
  refused: "refusedByProvider",
  issued: "issued",
  at_registering_body: "atRegisteringBody",
};

export type ActOptions = {
  db: Db;
  staff: StaffUser;
  applicationId: string;
  action: WorkflowAction;
  reason?: string;
  /** Refusal grounds, the issue time, the conclusion: see ./decision-input.ts. */
  decision?: DecisionInput;
  version?: number;
  cms?: unknown;
  /** sendToRegisteringBody: the civil registry office where the lost record was kept (seed 001 §5 step 5). */
  registeringBodyId?: string;
  now?: Date;
};

/**
 * One staff action on one request, in one transaction: the status (guarded by the version the
 * staff member saw, so two people acting at once get one success and one 409), the history event,
 * the applicant's notification and its outbox message. Preparing fixes the result document; signing
 * takes the head's EDS signature over it. Requests of another provider do not exist for this staff member.
 */
export async function actOnRequest(options: ActOptions) {
  const { db, staff } = options;
  const now = options.now ?? new Date();
  if (!Object.hasOwn(workflowRules, options.action)) throw new AppError("bad_request");
  if (!parseId(options.applicationId)) throw new AppError("not_found");
  const [request] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, options.applicationId), ownRequests(staff)));
  if (!request) throw new AppError("not_found");
  const service = storedService(request.serviceId);
  const decision = decide(
    options.action,
    staff.role,
    { status: request.status, prepared: request.prepared ?? null },
    flowOf(service),
  );
  if (!decision.ok) throw new AppError(decision.reason === "forbidden" ? "forbidden" : "conflict");
  if (staff.role === "executor" && request.executorId !== staff.id) throw new AppError("forbidden");
  // No result without the act of inspection of housing (seed 003 §5.3): a state, checked before the form.
  if (options.action === "prepareResult" && service.requiresHousingInspection)
    await requireInspectionAct(db, request.id);
  const decided = checkDecision(service, options.action, options.decision ?? {}, now);
  const reason = (options.reason ?? "").trim();
  // An intake refusal names its grounds; its explanation is optional (seed 001 §5, action 1).
  const needsReason =
    (workflowRules[options.action].needsReason && options.action !== "refuseIntake") ||
    decided.explanationRequired;
  if (reason.length > 2000 || (needsReason && reason.length === 0))
    throw new AppError("validation", { reason: reason ? "field.tooLong" : "field.required" });
  if (!isStorableText(reason)) throw new AppError("validation", { reason: UNSTORABLE_TEXT });
  const expectedVersion = options.version ?? request.version;
  if (expectedVersion !== request.version) throw new AppError("conflict");

  const changes: Partial<typeof applications.$inferInsert> = {
    status: decision.status,
    prepared: decision.prepared,
    version: request.version + 1,
    updatedAt: now,
  };
  // The clerk's intake check never moves the dates the portal promised at submission (seed 004,
  // portal diagram: the acceptance notice within 5 minutes, with the result date; calendar.md). Only a
  // request that came without them (none today) gets them, from its submission time, not the click.
  if (options.action === "register" && (!request.registeredAt || !request.dueAt)) {
    changes.registeredAt = request.registeredAt ?? computeRegisteredAt(request.submittedAt ?? now);
    changes.dueAt = request.dueAt ?? computeResultDueAt(changes.registeredAt, request.term ?? service.term);
  }
  if (options.action === "assign") changes.executorId = `${staff.providerId}-executor`;
  if (options.action === "extend") {
    if (!service.extension || !request.registeredAt) throw new AppError("conflict");
    changes.extendedDueAt = computeResultDueAt(request.registeredAt, service.extension);
    changes.extensionReason = reason;
    changes.extensionNoticeDueAt = new Date(now.getTime() + 3 * DAY);
  }
  if (options.action === "refuseIntake" || options.action === "prepareRefusal" || decided.grounds.length) {
    changes.decisionNote = reason || null;
    changes.refusalGrounds = decided.grounds;
  }
  if (options.action === "prepareResult" && !decided.grounds.length) {
    changes.decisionNote = null;
    changes.refusalGrounds = null;
  }
  if (options.action === "refuseRestoration") changes.decisionNote = reason;
  if (options.action === "sendToRegisteringBody")
    changes.registeringBodyId = await chooseRegisteringBody(db, request, options.registeringBodyId);
  if (decision.status === "result_ready") changes.resultReadyAt = now;
  const writeSignature =
    options.action === "sign"
      ? await checkHeadSignature(db, {
          staff,
          applicationId: request.id,
          providerId: staff.providerId,
          cms: options.cms,
          now,
        })
      : null;

  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(applications)
      .set(changes)
      .where(and(eq(applications.id, request.id), eq(applications.version, expectedVersion)))
      .returning();
    if (!row) throw new AppError("conflict");
    const db = tx as unknown as Db;
    if (options.action === "prepareResult" || options.action === "prepareRefusal") {
      await prepareResultDocument(db, {
        request: row,
        outcome: options.action === "prepareRefusal" ? "refusal" : (decided.conclusion ?? "result"),
        grounds: decided.grounds,
        explanation: reason,
        issueAt: decided.issueAt,
        now,
      });
    }
    if (writeSignature) await writeSignature(db);
    await tx.insert(applicationEvents).values({
      id: crypto.randomUUID(),
      applicationId: row.id,
      at: now,
      status: row.status,
      actor: `staff:${staff.role}`,
      note: reason || null,
    });
    const kind = row.status !== request.status ? noticeFor[row.status] : undefined;
    if (kind) {
      await notifyApplicant(db, {
        userId: row.userId,
        applicationId: row.id,
        kind,
        values: {
          service: service.messageKey,
          number: row.number ?? "",
          dueAt: row.extendedDueAt ?? row.dueAt,
          reason: row.decisionNote ?? row.extensionReason ?? "",
          grounds: row.status === "refused" ? (row.refusalGrounds ?? []) : [],
        },
      });
    }
    return row;
  });
}
