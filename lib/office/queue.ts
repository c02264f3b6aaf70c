import { and, asc, count, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { computeResultDueAt } from "@/lib/calendar";
import { daysLeft } from "@/lib/calendar/days-left";
import type { Db } from "@/lib/db/connect";
import { applications } from "@/lib/db/schema";
import { pageOrFirst } from "@/lib/forms/page-param";
import { findService, storedService } from "@/lib/services/registry";
import type { ProviderStep, RegisteringBodyStep, StepLimit } from "@/lib/services/types";
import { availableActions } from "@/lib/workflow/status-machine";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { flowOf, ownRequests } from "./registering-body";

export const QUEUE_PAGE_SIZE = 50;
const registeringBodySteps: Partial<Record<string, RegisteringBodyStep>> = {
  conclusion_approved: "send",
  at_registering_body: "registerRestored",
};
type Request = typeof applications.$inferSelect;

/** What the role can act on now, as SQL (the status machine double-checks each row). */
function actionable(staff: StaffUser): SQL {
  const own = eq(applications.providerId, staff.providerId);
  // The registering body's queue: conclusions sent to it to register the restored record (seed 001 §5).
  if (staff.role === "registrar")
    return and(ownRequests(staff), eq(applications.status, "at_registering_body"))!;
  const working = inArray(applications.status, ["in_review", "extended"]);
  if (staff.role === "clerk") return and(own, inArray(applications.status, ["submitted", "result_ready"]))!;
  if (staff.role === "head")
    return and(
      own,
      or(eq(applications.status, "registered"), and(working, isNotNull(applications.prepared))),
    )!;
  const sending = eq(applications.status, "conclusion_approved");
  return and(own, or(working, sending), eq(applications.executorId, staff.id))!;
}

/** The provider step a request is at, and when that step's limit runs out (from the last action). */
export function currentStep(
  row: Request,
): { step: ProviderStep | RegisteringBodyStep; limit: StepLimit; dueAt: Date } | null {
  const service = findService(row.serviceId);
  const step: ProviderStep | RegisteringBodyStep | null =
    row.status === "submitted"
      ? "register"
      : row.status === "registered"
        ? "assign"
        : row.status === "result_ready"
          ? "issue"
          : ["in_review", "extended"].includes(row.status)
            ? row.prepared
              ? row.prepared === "result" && service && flowOf(service) === "registeringBody"
                ? "approve"
                : "sign"
              : "review"
            : (registeringBodySteps[row.status] ?? null);
  if (!step || !service) return null;
  const limit = service.steps[step];
  if (!limit) return null;
  const dueAt =
    "minutes" in limit
      ? new Date(row.updatedAt.getTime() + limit.minutes * 60_000)
      : computeResultDueAt(row.updatedAt, { ...limit, countAcceptanceDay: false });
  return { step, limit, dueAt };
}

/**
 * The staff member's work, one page at a time: their provider's requests they can act on now,
 * overdue first, then by due date. Filtered, sorted and paged in SQL (the provider index).
 */
export async function workQueue(db: Db, staff: StaffUser, options: { now?: Date; page?: number } = {}) {
  const now = options.now ?? new Date();
  const page = pageOrFirst(String(options.page ?? 1));
  const due = sql`coalesce(${applications.extendedDueAt}, ${applications.dueAt})`;
  const where = actionable(staff);
  const order = [sql`${due} asc nulls last`, asc(applications.id)];
  // Due order puts the overdue first (their due dates are the earliest). The page's ids come from
  // the queue index alone, with the queue's length (a window count) in the same statement; only those
  // 50 rows are read whole.
  const pageIds = db
    .select({ id: applications.id, total: sql<number>`count(*) over ()`.as("total") })
    .from(applications)
    .where(where)
    .orderBy(...order)
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE)
    .as("page_ids");
  const joined = await db
    .select({ row: applications, total: pageIds.total })
    .from(applications)
    .innerJoin(pageIds, eq(pageIds.id, applications.id))
    .orderBy(...order);
  const rows = joined.map(({ row }) => row);
  // A page past the end has no rows to carry the count.
  const total =
    joined.length > 0
      ? Number(joined[0]!.total)
      : page > 1
        ? Number((await db.select({ value: count() }).from(applications).where(where))[0]?.value ?? 0)
        : 0;
  const items = rows
    .filter(
      (row) =>
        availableActions(
          staff.role,
          { status: row.status, prepared: row.prepared ?? null },
          flowOf(storedService(row.serviceId)),
        ).length > 0,
    )
    .map((row) => {
      const dueAt = row.extendedDueAt ?? row.dueAt;
      const unit = row.extendedDueAt ? "calendar_days" : (row.term?.unit ?? "calendar_days");
      return {
        row,
        due: dueAt,
        unit,
        overdue: Boolean(dueAt && dueAt < now),
        left: dueAt ? daysLeft(dueAt, unit, now) : null,
        step: currentStep(row),
      };
    });
  return {
    items,
    page,
    pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    total,
  };
}
