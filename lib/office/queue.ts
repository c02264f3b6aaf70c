import { and, eq, notInArray } from "drizzle-orm";
import { addDays } from "@/lib/calendar/local-date";
import { isWorkingDay, toAlmaty } from "@/lib/calendar";
import type { Db } from "@/lib/db/connect";
import { applications } from "@/lib/db/schema";
import { availableActions } from "@/lib/workflow/status-machine";
import type { StaffUser } from "./staff-auth";

/** Days left to a due date: working days for working-day terms, calendar days otherwise; negative when overdue. */
export function daysLeft(due: Date, unit: "working_days" | "calendar_days", now = new Date()): number {
  const today = toAlmaty(now).date;
  const last = toAlmaty(due).date;
  if (due < now) return -1;
  let count = 0;
  for (let day = today; day < last; day = addDays(day, 1)) if (unit === "calendar_days" || isWorkingDay(addDays(day, 1))) count++;
  return count;
}

/** The staff member's work: their provider's requests they can act on now, overdue first, then by due date. */
export async function workQueue(db: Db, staff: StaffUser, now = new Date()) {
  const rows = await db
    .select()
    .from(applications)
    .where(and(eq(applications.providerId, staff.providerId), notInArray(applications.status, ["draft", "issued", "closed"])));
  return rows
    .filter((row) => availableActions(staff.role, { status: row.status, prepared: row.prepared ?? null }).length > 0)
    .filter((row) => staff.role !== "executor" || row.executorId === staff.id)
    .map((row) => {
      const due = row.extendedDueAt ?? row.dueAt;
      const unit = row.extendedDueAt ? "calendar_days" : (row.term?.unit ?? "calendar_days");
      return { row, due, unit, overdue: Boolean(due && due < now), left: due ? daysLeft(due, unit, now) : null };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity));
}
