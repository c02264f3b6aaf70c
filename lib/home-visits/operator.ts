import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { parseId } from "@/lib/ids";
import { isStorableText, UNSTORABLE_TEXT } from "@/lib/forms/safe-text";
import {
  applicationEvents,
  applications,
  homeVisitEvents,
  homeVisits,
  type HomeVisitStatus,
} from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { routeToProvider } from "@/lib/office/route-to-provider";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { storedService } from "@/lib/services/registry";
import { requestNumber } from "@/lib/services/request-number";
import { toAlmaty } from "@/lib/calendar";
import { isLateRegistration, resultDateFor } from "@/lib/services/result-date";
import { findEmployee } from "./employees";
import { notifyVisit } from "./request-visit";
import { isBookableDay, isWindow, windowInstants } from "./slots";

type Visit = typeof homeVisits.$inferSelect;

async function loadForOperator(
  db: Db,
  staff: StaffUser,
  visitId: string,
  version: number | undefined,
  from: HomeVisitStatus[],
) {
  if (staff.role !== "operator") throw new AppError("forbidden");
  if (!parseId(visitId)) throw new AppError("not_found");
  const [visit] = await db.select().from(homeVisits).where(eq(homeVisits.id, visitId));
  if (!visit) throw new AppError("not_found");
  if (!from.includes(visit.status) || (version !== undefined && version !== visit.version))
    throw new AppError("conflict");
  return visit;
}

/** The guarded write: the visit moves only from the version the operator saw (else 409), with its event. */
async function moveVisit(
  tx: Db,
  visit: Visit,
  changes: Partial<typeof homeVisits.$inferInsert>,
  event: { status: HomeVisitStatus; note: string | null; at: Date },
) {
  const [row] = await tx
    .update(homeVisits)
    .set({ ...changes, status: event.status, version: visit.version + 1, updatedAt: event.at })
    .where(and(eq(homeVisits.id, visit.id), eq(homeVisits.version, visit.version)))
    .returning();
  if (!row) throw new AppError("conflict");
  await tx.insert(homeVisitEvents).values({
    id: crypto.randomUUID(),
    visitId: visit.id,
    at: event.at,
    status: event.status,
    actor: "operator",
    note: event.note,
  });
  return row;
}

/** Schedules (or reschedules) a visit: a working day, a window inside working hours, an employee. */
export async function scheduleVisit(options: {
  db: Db;
  staff: StaffUser;
  visitId: string;
  date: string;
  window: string;
  employeeId: string;
  version?: number;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const errors: Record<string, string> = {};
  const [from, to] = options.window.split("-");
  if (!isBookableDay(options.date, now)) errors.date = "visit.slotDay";
  if (!from || !to || !isWindow(from, to)) errors.window = "visit.slotWindow";
  const employee = findEmployee(options.employeeId);
  if (!employee) errors.employee = "field.choose";
  if (Object.keys(errors).length) throw new AppError("validation", errors);
  const visit = await loadForOperator(options.db, options.staff, options.visitId, options.version, [
    "requested",
    "scheduled",
  ]);
  const slot = windowInstants(options.date, from!, to!);
  return options.db.transaction(async (tx) => {
    const note = visit.status === "scheduled" ? "rescheduled" : null;
    const row = await moveVisit(
      tx as unknown as Db,
      visit,
      { scheduledFrom: slot.from, scheduledTo: slot.to, employee: employee!.name },
      { status: "scheduled", note, at: now },
    );
    await notifyVisit(tx as unknown as Db, row, "visitScheduled", {
      dueAt: slot.from,
      employee: employee!.name,
    });
    return row;
  });
}

export async function cancelVisit(options: {
  db: Db;
  staff: StaffUser;
  visitId: string;
  reason: string;
  version?: number;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const reason = options.reason.trim();
  if (!reason || reason.length > 1000)
    throw new AppError("validation", { reason: reason ? "field.tooLong" : "field.required" });
  if (!isStorableText(reason)) throw new AppError("validation", { reason: UNSTORABLE_TEXT });
  const visit = await loadForOperator(options.db, options.staff, options.visitId, options.version, [
    "requested",
    "scheduled",
  ]);
  return options.db.transaction(async (tx) => {
    const row = await moveVisit(
      tx as unknown as Db,
      visit,
      { cancelReason: reason },
      { status: "cancelled", note: reason, at: now },
    );
    await notifyVisit(tx as unknown as Db, row, "visitCancelled", { reason });
    return row;
  });
}

/**
 * The visit is done: the documents taken are attached (already checked and stored by the caller) and
 * the service request is registered for the applicant, routed to their district's provider, with its
 * registration time and due date; from here it follows the normal flow. One transaction.
 */
export async function completeVisit(options: {
  db: Db;
  staff: StaffUser;
  visitId: string;
  attach: (tx: Db, applicationId: string, userId: string) => Promise<number>;
  version?: number;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const visit = await loadForOperator(options.db, options.staff, options.visitId, options.version, [
    "scheduled",
  ]);
  const service = storedService(visit.serviceId);
  const owner = visit.applicantUserId ?? visit.helperUserId;
  if (!owner) throw new AppError("conflict");
  // The late-registration term applies here too (002 §5.3): the birth date the request stated, as of
  // the day the documents are taken.
  const lateRegistration = isLateRegistration(visit.childBirthDate ?? "", toAlmaty(now).date);
  const { registeredAt, term, dueAt } = resultDateFor(service, now, { lateRegistration });
  const providerId = await routeToProvider(options.db, service.provider, visit.applicantIin);
  const number = requestNumber(service.id, now);
  return options.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const applicationId = crypto.randomUUID();
    await tx.insert(applications).values({
      id: applicationId,
      userId: owner,
      serviceId: service.id,
      status: "registered",
      data: {
        intake: "homeVisit",
        homeVisit: visit.number,
        ...(visit.childBirthDate ? { childBirthDate: visit.childBirthDate } : {}),
      },
      number,
      submittedAt: now,
      registeredAt,
      dueAt,
      term,
      providerId,
      createdAt: now,
      updatedAt: now,
    });
    const files = await options.attach(db, applicationId, owner);
    if (files === 0) throw new AppError("validation", { files: "visit.filesRequired" });
    await tx.insert(applicationEvents).values({
      id: crypto.randomUUID(),
      applicationId,
      at: now,
      status: "registered",
      actor: "operator",
      note: "homeVisit",
    });
    const row = await moveVisit(db, visit, { applicationId }, { status: "completed", note: number, at: now });
    await notifyVisit(db, row, "visitCompleted", { dueAt, request: number });
    return { visit: row, applicationId, number };
  });
}

/** The operator's list: requests waiting to be scheduled first, then the scheduled ones by visit time. */
export async function operatorVisits(db: Db, status: HomeVisitStatus[] = ["requested", "scheduled"]) {
  const rows = await db.select().from(homeVisits).where(inArray(homeVisits.status, status)).limit(200);
  return rows.sort((a, b) =>
    a.status === b.status
      ? (a.scheduledFrom?.getTime() ?? a.createdAt.getTime()) -
        (b.scheduledFrom?.getTime() ?? b.createdAt.getTime())
      : a.status === "requested"
        ? -1
        : 1,
  );
}
